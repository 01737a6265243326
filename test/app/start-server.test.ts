import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import type { ServerExtension } from '../../src/app/server-extension.js';
import { type RunningServer, startServer } from '../../src/app/start-server.js';
import type { OutboxMessage } from '../../src/core/ports/outbox.js';
import { logCapture } from '../support/start-test-bot.js';

let server: RunningServer | undefined;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await server?.stop();
  await close?.();
  server = undefined;
});

async function start(
  extension: ServerExtension,
  outboxIntervalMs = 10,
  priority?: { windowMs: number; burstSize: number; maxWaitMs: number },
) {
  const logs = logCapture();
  const app = createApp({
    env: { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'debug' },
    stderr: logs.stream,
  });
  close = () => app.close();
  server = await startServer(app, {
    port: 0,
    host: '127.0.0.1',
    extensions: [async () => extension, async () => null],
    inboxIntervalMs: 10,
    outboxIntervalMs,
    priority,
  });
  return { app, server, store: await app.store() };
}

describe('startServer', () => {
  it('serves health, readiness and the routes of each configured extension', async () => {
    const { server: s } = await start({
      name: 'echo',
      routes: [
        { method: 'POST', path: '/echo', handle: async (r) => ({ status: 200, body: r.body.toString() }) },
      ],
    });
    expect(s.extensions).toEqual(['echo']);
    expect(await (await fetch(`${s.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${s.url}/readyz`)).json()).toEqual({
      status: 'ready',
      pending: { inbox: 0, outbox: 0 },
    });
    expect(await (await fetch(`${s.url}/echo`, { method: 'POST', body: 'hi' })).text()).toBe('hi');
    expect((await fetch(`${s.url}/zendesk/webhook`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('hands recorded deliveries to the processor of their source and wakes the outbox after them', async () => {
    const processed: string[] = [];
    const delivered: string[] = [];
    const { store, server: s } = await start({
      name: 'test',
      inbox: {
        test: async (delivery) => {
          processed.push(String(delivery.payload.n));
          await store.enqueue(
            [{ destination: 'test', kind: 'note', payload: { n: delivery.payload.n } }],
            new Date().toISOString(),
          );
        },
      },
      outbox: {
        test: async (message: OutboxMessage) => {
          delivered.push(String(message.payload.n));
        },
      },
    });
    const at = new Date().toISOString();
    await store.acceptDelivery({
      source: 'test',
      deliveryId: 'a',
      dedupeKey: 'a',
      payload: { n: 1 },
      receivedAt: at,
    });
    await store.acceptDelivery({
      source: 'other',
      deliveryId: 'b',
      dedupeKey: 'b',
      payload: { n: 2 },
      receivedAt: at,
    });
    s.context.kickInbox();
    const until = Date.now() + 5000;
    while (delivered.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(processed).toEqual(['1']);
    expect(delivered).toEqual(['1']);
    // A delivery from a source nobody processes is given up, not retried forever.
    expect(await store.countPendingInbox()).toBe(0);
  });

  it('flushes the outbox when it stops', async () => {
    const delivered: string[] = [];
    const { store, server: s } = await start(
      {
        name: 'slow',
        outbox: {
          slow: async (message) => {
            delivered.push(String(message.payload.n));
          },
        },
      },
      600_000,
    );
    // The outbox worker ran once at start and now sleeps for ten minutes: only the stop delivers.
    await new Promise((r) => setTimeout(r, 50));
    const at = new Date().toISOString();
    await store.enqueue(
      Array.from({ length: 30 }, (_, n) => ({ destination: 'slow', kind: 'x', payload: { n } })),
      at,
    );
    await s.stop();
    server = undefined;
    expect(delivered).toHaveLength(30);
    expect(await store.countPendingOutbox()).toBe(0);
  });

  it('lets a burst of requests go before processing, for a bounded time', async () => {
    let processedAt = 0;
    const { store, server: s } = await start(
      {
        name: 'burst',
        routes: [{ method: 'GET', path: '/ping', handle: async () => ({ status: 200, body: 'pong' }) }],
        inbox: {
          burst: async () => {
            processedAt = Date.now();
          },
        },
      },
      10,
      { windowMs: 60_000, burstSize: 3, maxWaitMs: 400 },
    );
    for (let i = 0; i < 3; i += 1) await (await fetch(`${s.url}/ping`)).text();
    const at = Date.now();
    await store.acceptDelivery({
      source: 'burst',
      deliveryId: 'a',
      dedupeKey: 'a',
      payload: {},
      receivedAt: new Date().toISOString(),
    });
    s.context.kickInbox();
    await new Promise((r) => setTimeout(r, 150));
    expect(processedAt).toBe(0);
    const until = Date.now() + 5000;
    while (processedAt === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(processedAt).toBeGreaterThanOrEqual(at + 300);
  });
});
