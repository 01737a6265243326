import { describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/create-app.js';
import { createSchedulerExtension } from '../../src/app/create-scheduler-extension.js';
import { startServer } from '../../src/app/start-server.js';
import type { OutboxMessage } from '../../src/core/ports/outbox.js';
import type { Store } from '../../src/core/ports/store.js';
import { manualClock } from '../core/tasks/task-fixtures.js';

const ENV = {
  DATABASE_URL: 'sqlite::memory:',
  LOG_LEVEL: 'silent',
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'secret',
  SLACK_DIGEST_CHANNEL: 'C0DIGEST',
};

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the scheduler on the server', () => {
  it('queues due reminders and the digest as soon as it starts, and they reach the Slack handler', async () => {
    // Tuesday 16 December 2025, 09:00 Stockholm: the digest time and the due-7 point of a task due 29 December.
    const clock = manualClock('2025-12-16T08:00:00.000Z');
    const app = createApp({ env: ENV, clock });
    await (await app.taskService()).createTasks({
      source: 'zendesk',
      ticketId: '9001',
      types: ['access'],
      receivedAt: '2025-11-25T10:00',
      requester: null,
      language: 'en',
      actor: 'test',
    });
    const delivered: OutboxMessage[] = [];
    const server = await startServer(app, {
      port: 0,
      host: '127.0.0.1',
      outboxIntervalMs: 600_000,
      extensions: [
        async () => ({ name: 'fake-slack', outbox: { slack: async (m) => void delivered.push(m) } }),
        (context) => createSchedulerExtension(app, context),
      ],
    });
    expect(server.extensions).toEqual(['fake-slack', 'scheduler']);
    // The outbox sleeps for ten minutes: only the scheduler's kick can have delivered these.
    await until(
      'a reminder and a digest',
      () => delivered.some((m) => m.kind === 'reminder') && delivered.some((m) => m.kind === 'digest'),
    );
    const reminder = delivered.find((m) => m.kind === 'reminder');
    expect(reminder?.payload).toMatchObject({
      reminder: { point: 'due-7:2025-12-29', recipient: { type: 'channel' } },
    });
    expect(delivered.find((m) => m.kind === 'digest')?.dedupeKey).toBe('digest:2025-12-16:channel:C0DIGEST');

    const store = await app.store();
    await server.stop();
    // A clean stop hands the job leases over at once.
    for (const job of ['job:reminders', 'job:digest', 'job:purge'])
      expect(await store.acquireLease(job, 'next-replica', clock.now().toISOString(), 60_000)).toBe(true);
    await app.close();
  });

  it('without Slack runs only the retention purge', async () => {
    const clock = manualClock('2025-12-16T08:00:00.000Z');
    const app = createApp({ env: { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' }, clock });
    const server = await startServer(app, {
      port: 0,
      host: '127.0.0.1',
      extensions: [(context) => createSchedulerExtension(app, context)],
    });
    const store = await app.store();
    await until(
      'the nightly purge to have run (it is past 03:00)',
      async () => (await store.getState('purge:last-date')) !== null,
    );
    expect(await store.getState('purge:last-date')).toBe('2025-12-16');
    // Nobody ever took the reminder or digest leases.
    expect(await store.acquireLease('job:reminders', 'other', clock.now().toISOString(), 1)).toBe(true);
    expect(await store.acquireLease('job:digest', 'other', clock.now().toISOString(), 1)).toBe(true);
    await server.stop();
    await app.close();
  });
});

describe('/readyz', () => {
  it('answers 503 while the store is unreachable or not migrated, 200 again when it is', async () => {
    const app = createApp({ env: { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' } });
    const real = await app.store();
    let ready = false;
    const store: Store = { ...real, isReady: async () => ready };
    const wrapped: App = Object.assign(Object.create(app) as App, { store: async () => store });
    const server = await startServer(wrapped, { port: 0, host: '127.0.0.1', extensions: [] });
    const readyz = await fetch(`${server.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    ready = true;
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await server.stop();
    await app.close();
  });
});
