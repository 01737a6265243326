import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeZendesk } from '../adapters/zendesk/fake-zendesk-server.js';
import { deliver, type Harness, seedTickets, startBot, tempDatabase, waitFor } from './zendesk-harness.js';

let fake: FakeZendesk;
let bot: Harness;
let db: ReturnType<typeof tempDatabase>;

beforeEach(async () => {
  fake = new FakeZendesk();
  const zendeskUrl = await fake.start();
  seedTickets(fake);
  db = tempDatabase();
  bot = await startBot({ fake, zendeskUrl, databaseUrl: db.url });
});
afterEach(async () => {
  await bot.stop();
  await fake.stop();
  db.remove();
});

const pending = async () => {
  const store = await bot.app.store();
  return { inbox: await store.countPendingInbox(), outbox: await store.countPendingOutbox() };
};

describe('Zendesk webhook, end to end', () => {
  it('turns a signed delivery into tasks and one internal note with tags', async () => {
    const res = await deliver(bot.server.url, '{"ticket_id": "9001"}');
    expect(res.status).toBe(202);
    await waitFor(
      'the note on ticket 9001',
      () => fake.updates(9001).length === 1 && fake.comments.has(9001),
    );
    const store = await bot.app.store();
    const tasks = await store.findTasks({ ticketId: '9001' });
    expect(tasks.map((t) => t.type)).toEqual(['erasure']);
    expect(tasks[0]).toMatchObject({
      receivedAt: '2025-03-03T23:30:00.000Z',
      requester: { email: 'lotte.de.vries@example.nl', zendeskUserId: '7001' },
      language: 'nl',
      due: '2025-04-04',
    });
    const tags = fake.tickets.get(9001)?.tags ?? [];
    expect(tags).toEqual(
      expect.arrayContaining(['privacy_request', 'privacy_erasure', `privacy_task_${tasks[0]?.id}`]),
    );
    const [note] = fake.comments.get(9001) ?? [];
    expect(note?.public).toBe(false);
    expect(note?.body).toMatch(/Privacy request recognised: Erasure/);
    expect(note?.body).toContain('Due: April 4, 2025');
    expect(note?.body).toContain('§11 Your rights — 3. Erasure of your personal data');
    await waitFor('an empty outbox', async () => (await pending()).outbox === 0);
  });

  it('refuses forged, stale and unsigned deliveries with 401 and records nothing', async () => {
    const body = '{"ticket_id": "9001"}';
    const forged = await deliver(bot.server.url, body, { secret: 'not-the-secret' });
    const stale = await deliver(bot.server.url, body, {
      timestamp: new Date(Date.now() - 6 * 60_000).toISOString(),
    });
    const garbage = await deliver(bot.server.url, body, { signature: 'AAAA' });
    for (const res of [forged, stale, garbage]) expect(res.status).toBe(401);
    expect(await pending()).toEqual({ inbox: 0, outbox: 0 });
    expect(fake.calls).toEqual([]);
  });

  it('answers 400 with a clear message for malformed and schema-invalid bodies', async () => {
    const malformed = await deliver(bot.server.url, '{"ticket_id": 90');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toContain('not valid JSON');
    const invalid = await deliver(bot.server.url, '{"ticket": {"id": 9001}}');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: string }).error).toContain('ticket_id');
    expect(await pending()).toEqual({ inbox: 0, outbox: 0 });
  });

  it('refuses an oversized body with 413', async () => {
    const huge = JSON.stringify({ ticket_id: '9001', padding: 'x'.repeat(64 * 1024) });
    const res = await deliver(bot.server.url, huge);
    expect(res.status).toBe(413);
    expect(await pending()).toEqual({ inbox: 0, outbox: 0 });
  });

  it('treats a repeated invocation and a second delivery of the same ticket as duplicates', async () => {
    const body = '{"ticket_id": "9001"}';
    expect((await deliver(bot.server.url, body, { invocation: 'inv-a' })).status).toBe(202);
    expect((await deliver(bot.server.url, body, { invocation: 'inv-a' })).status).toBe(200);
    const other = await deliver(bot.server.url, body, { invocation: 'inv-b' });
    expect(other.status).toBe(200);
    expect(await other.json()).toMatchObject({ status: 'duplicate' });
    await waitFor('the note', () => fake.comments.has(9001));
    await waitFor('an empty outbox', async () => (await pending()).outbox === 0);
    const store = await bot.app.store();
    expect(await store.findTasks({ ticketId: '9001' })).toHaveLength(1);
    expect(fake.comments.get(9001)).toHaveLength(1);
  });

  it('leaves a ticket that is not about privacy untouched', async () => {
    expect((await deliver(bot.server.url, '{"ticket_id": "9002"}')).status).toBe(202);
    await waitFor('the ticket to be processed', async () => (await pending()).inbox === 0);
    expect(fake.calls.map((c) => c.method)).not.toContain('PUT');
    expect(await (await bot.app.store()).findTasks({ ticketId: '9002' })).toEqual([]);
  });

  it('logs ticket and task ids, never e-mail addresses, names or ticket text', async () => {
    await deliver(bot.server.url, '{"ticket_id": "9001"}');
    await deliver(bot.server.url, '{"ticket_id": "9002"}');
    await waitFor(
      'both tickets processed',
      async () => (await pending()).inbox === 0 && fake.comments.has(9001),
    );
    await waitFor('an empty outbox', async () => (await pending()).outbox === 0);
    const logs = bot.logs();
    const [task] = await (await bot.app.store()).findTasks({ ticketId: '9001' });
    expect(logs).toContain('"ticketId":"9001"');
    expect(logs).toContain('"ticketId":"9002"');
    expect(logs).toContain(task?.id);
    for (const secret of [
      'lotte.de.vries@example.nl',
      'sam.jones@example.com',
      'Lotte',
      'Sam Jones',
      'persoonsgegevens',
      'parcel',
      'Account verwijderen',
      '5523190',
    ])
      expect(logs, secret).not.toContain(secret);
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${bot.server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${bot.server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', pending: { inbox: 0, outbox: 0 } });
  });
});
