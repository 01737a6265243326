import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeZendesk } from '../adapters/zendesk/fake-zendesk-server.js';
import { deliver, type Harness, seedTickets, startBot, tempDatabase, waitFor } from './zendesk-harness.js';

let fake: FakeZendesk;
let zendeskUrl: string;
let bot: Harness | undefined;
let db: ReturnType<typeof tempDatabase>;

beforeEach(async () => {
  fake = new FakeZendesk();
  zendeskUrl = await fake.start();
  seedTickets(fake);
  db = tempDatabase();
});
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await fake.stop();
  db.remove();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function pending(h: Harness) {
  const store = await h.app.store();
  return { inbox: await store.countPendingInbox(), outbox: await store.countPendingOutbox() };
}

describe('Zendesk resilience, end to end', () => {
  it('waits out a 429 with Retry-After, then writes the note once', async () => {
    bot = await startBot({ fake, zendeskUrl, databaseUrl: db.url });
    fake.failNext(1, { status: 429, headers: { 'retry-after': '30' } }, (c) => c.method === 'PUT');
    expect((await deliver(bot.server.url, '{"ticket_id": "9001"}')).status).toBe(202);
    await waitFor('the rate-limited update', () => fake.updates(9001).length === 1);
    // The workers keep running every 20 ms; nothing is tried again before Retry-After has passed.
    await sleep(300);
    expect(fake.updates(9001)).toHaveLength(1);
    expect(fake.comments.has(9001)).toBe(false);
    bot.clock.advance(31_000);
    await waitFor('the note after Retry-After', () => fake.comments.get(9001)?.length === 1);
    await waitFor('an empty outbox', async () => (await pending(bot as Harness)).outbox === 0);
    expect(fake.updates(9001)).toHaveLength(2);
    expect(fake.comments.get(9001)).toHaveLength(1);
  });

  it('keeps the delivery while Zendesk is down and processes it once Zendesk is back', async () => {
    bot = await startBot({ fake, zendeskUrl, databaseUrl: db.url });
    let down = true;
    fake.intercept(() => (down ? { status: 503, body: { error: 'maintenance' } } : undefined));
    expect((await deliver(bot.server.url, '{"ticket_id": "9001"}')).status).toBe(202);
    // Several failed attempts with backoff while the clock moves on.
    for (let i = 0; i < 4; i += 1) {
      const before = fake.calls.length;
      bot.clock.advance(20_000);
      await waitFor('another attempt', () => fake.calls.length > before);
    }
    expect(await pending(bot)).toEqual({ inbox: 1, outbox: 0 });
    expect(await (await bot.app.store()).findTasks({ ticketId: '9001' })).toEqual([]);
    down = false;
    bot.clock.advance(20 * 60_000);
    await waitFor('the note once Zendesk is back', () => fake.comments.get(9001)?.length === 1);
    await waitFor('empty queues', async () => {
      const p = await pending(bot as Harness);
      return p.inbox === 0 && p.outbox === 0;
    });
    expect(await (await bot.app.store()).findTasks({ ticketId: '9001' })).toHaveLength(1);
    expect(fake.comments.get(9001)).toHaveLength(1);
  });

  it('polls the incremental export when there is no webhook, and records new tickets', async () => {
    const now = new Date();
    fake.addUser(7003, 'jonas@example.se');
    fake.addTicket({
      id: 9003,
      subject: 'Radera mina uppgifter',
      description: 'Hej! Jag vill att ni raderar mitt konto och alla personuppgifter ni har om mig.',
      created_at: new Date(now.getTime() - 60_000).toISOString(),
      requester_id: 7003,
    });
    bot = await startBot({
      fake,
      zendeskUrl,
      databaseUrl: db.url,
      env: { ZENDESK_WEBHOOK_SECRET: '', ZENDESK_POLL_INTERVAL: '60' },
    });
    expect((await deliver(bot.server.url, '{"ticket_id": "9001"}')).status).toBe(404);
    await waitFor('the polled ticket to get its note', () => fake.comments.get(9003)?.length === 1);
    const exports = fake.calls.filter((c) => c.path.endsWith('/incremental/tickets/cursor.json'));
    expect(exports.length).toBeGreaterThanOrEqual(1);
    // The seeded tickets were created before polling began: not intake.
    expect(fake.comments.has(9001)).toBe(false);
    const [task] = await (await bot.app.store()).findTasks({ ticketId: '9003' });
    expect(task).toMatchObject({ type: 'erasure', language: 'sv' });
  });
});
