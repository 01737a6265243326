import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeZendesk } from '../adapters/zendesk/fake-zendesk-server.js';
import { steppingClock } from '../support/start-test-bot.js';
import { type Replica, startReplica } from './replica-harness.js';
import { deliver, type Harness, seedTickets, startBot, tempDatabase, waitFor } from './zendesk-harness.js';

let fake: FakeZendesk;
let zendeskUrl: string;
let db: ReturnType<typeof tempDatabase>;
let child: Replica | undefined;
let bot: Harness | undefined;

beforeEach(async () => {
  fake = new FakeZendesk();
  zendeskUrl = await fake.start();
  seedTickets(fake);
  db = tempDatabase();
});
afterEach(async () => {
  child?.kill('SIGKILL');
  child = undefined;
  await bot?.stop();
  bot = undefined;
  await fake.stop();
  db.remove();
});

/** `privacy-assistant serve` in its own process, as an operator runs it. */
async function serveInChild(): Promise<Replica> {
  child = await startReplica({ name: 'solo', databaseUrl: db.url, zendeskUrl });
  return child;
}

describe('serve across restarts', () => {
  it('processes on the next start a delivery recorded by an instance that crashed mid-way', async () => {
    // The first instance records the delivery, then hangs fetching the ticket and is killed.
    fake.intercept((call) => (call.method === 'GET' ? { status: 200, hang: true } : undefined));
    const first = await serveInChild();
    expect((await deliver(first.url, '{"ticket_id": "9001"}')).status).toBe(202);
    await waitFor('the first instance to start processing', () => fake.calls.some((c) => c.method === 'GET'));
    child?.kill('SIGKILL');
    await first.exited;
    expect(fake.comments.has(9001)).toBe(false);

    // The next instance on the same database takes the delivery over once its claim has lapsed.
    fake.clearInterceptors();
    const clock = steppingClock(5 * 60_000);
    bot = await startBot({ fake, zendeskUrl, databaseUrl: db.url, clock });
    await waitFor('the note from the second instance', () => fake.comments.get(9001)?.length === 1);
    const store = await bot.app.store();
    expect(await store.findTasks({ ticketId: '9001' })).toHaveLength(1);
    await waitFor('empty queues', async () => (await store.countPendingOutbox()) === 0);
    expect(await store.countPendingInbox()).toBe(0);
    expect(fake.comments.get(9001)).toHaveLength(1);
  });

  it('stops gracefully on SIGTERM after finishing its work', async () => {
    const served = await serveInChild();
    expect((await fetch(`${served.url}/healthz`)).status).toBe(200);
    expect((await deliver(served.url, '{"ticket_id": "9001"}')).status).toBe(202);
    await waitFor('the note', () => fake.comments.get(9001)?.length === 1, 20_000);
    child?.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.output()).toContain('Stopped.');
    expect(served.output()).not.toContain('lotte.de.vries@example.nl');
  });
});
