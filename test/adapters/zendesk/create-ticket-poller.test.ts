import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import {
  createTicketPoller,
  POLL_CURSOR_KEY,
  POLL_SINCE_KEY,
} from '../../../src/adapters/zendesk/create-ticket-poller.js';
import type { Store } from '../../../src/core/ports/store.js';
import { recordingLogger } from '../../support/silent-logger.js';
import { FakeZendesk } from './fake-zendesk-server.js';

let fake: FakeZendesk;
let store: Store;
let baseUrl: string;
let now = new Date('2025-03-03T10:00:00Z');

beforeEach(async () => {
  fake = new FakeZendesk();
  baseUrl = await fake.start();
  store = await createStore('sqlite::memory:');
  await store.migrate();
  now = new Date('2025-03-03T10:00:00Z');
});
afterEach(async () => {
  await fake.stop();
  await store.close();
});

function poller(opts: { maxPages?: number; worker?: string } = {}) {
  return createTicketPoller({
    connection: { baseUrl, email: 'bot@example.com', token: 't' },
    store,
    clock: { now: () => now },
    logger: recordingLogger(),
    worker: opts.worker ?? 'w1',
    intervalMs: 60_000,
    maxPages: opts.maxPages,
  });
}

async function pendingTicketIds(): Promise<string[]> {
  const claimed = await store.claimInbox({ now: now.toISOString(), limit: 100, leaseMs: 1, worker: 'check' });
  return claimed.map((d) => String(d.payload.ticketId)).sort();
}

describe('createTicketPoller', () => {
  it('records tickets created since polling began, page by page, and saves the cursor', async () => {
    fake.exportPageSize = 2;
    fake.addTicket({
      id: 1,
      subject: 'old',
      description: 'x',
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-03-03T09:30:00Z',
    });
    for (const id of [2, 3, 4])
      fake.addTicket({ id, subject: 's', description: 'd', created_at: `2025-03-03T09:1${id}:00Z` });
    const result = await poller()();
    expect(result).toEqual({ accepted: 3, more: false });
    expect(await pendingTicketIds()).toEqual(['2', '3', '4']);
    expect(await store.getState(POLL_SINCE_KEY)).toBe('2025-03-03T09:00:00.000Z');
    expect(await store.getState(POLL_CURSOR_KEY)).not.toBeNull();
    const exports = fake.calls.filter((c) => c.path.endsWith('/cursor.json'));
    expect(exports).toHaveLength(2);
  });

  it('continues from the saved cursor after a restart and never records a ticket twice', async () => {
    fake.addTicket({ id: 5, subject: 's', description: 'd', created_at: '2025-03-03T09:50:00Z' });
    await poller()();
    fake.addTicket({ id: 6, subject: 's', description: 'd', created_at: '2025-03-03T09:55:00Z' });
    const calls = fake.calls.length;
    expect(await poller()()).toEqual({ accepted: 1, more: false });
    expect(fake.calls.length - calls).toBe(1);
    expect(await pendingTicketIds()).toEqual(['5', '6']);
  });

  it('shares dedupe with the webhook: a ticket already delivered by webhook is not recorded again', async () => {
    await store.acceptDelivery({
      source: 'zendesk',
      deliveryId: 'webhook:inv-1',
      dedupeKey: 'zendesk-ticket:7',
      payload: { ticketId: '7' },
      receivedAt: now.toISOString(),
    });
    fake.addTicket({ id: 7, subject: 's', description: 'd', created_at: '2025-03-03T09:58:00Z' });
    expect((await poller()()).accepted).toBe(0);
  });

  it('says when pages remain, so the next run follows at once', async () => {
    fake.exportPageSize = 1;
    for (const id of [8, 9, 10])
      fake.addTicket({ id, subject: 's', description: 'd', created_at: `2025-03-03T09:4${id - 8}:00Z` });
    const poll = poller({ maxPages: 2 });
    expect(await poll()).toEqual({ accepted: 2, more: true });
    expect(await poll()).toEqual({ accepted: 1, more: false });
  });

  it('backs off for Retry-After on a 429 and resumes afterwards', async () => {
    fake.addTicket({ id: 11, subject: 's', description: 'd', created_at: '2025-03-03T09:59:00Z' });
    fake.failNext(1, { status: 429, headers: { 'retry-after': '30' } });
    const poll = poller();
    await expect(poll()).rejects.toMatchObject({ opts: { status: 429, retryAfterMs: 30_000 } });
    now = new Date(now.getTime() + 10_000);
    expect(await poll()).toEqual({ accepted: 0, more: false });
    now = new Date(now.getTime() + 25_000);
    expect((await poll()).accepted).toBe(1);
  });

  it('lets only the lease holder poll', async () => {
    fake.addTicket({ id: 12, subject: 's', description: 'd', created_at: '2025-03-03T09:59:00Z' });
    expect((await poller({ worker: 'a' })()).accepted).toBe(1);
    const calls = fake.calls.length;
    expect(await poller({ worker: 'b' })()).toEqual({ accepted: 0, more: false });
    expect(fake.calls.length).toBe(calls);
  });
});
