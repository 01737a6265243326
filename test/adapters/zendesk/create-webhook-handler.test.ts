import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { createWebhookHandler } from '../../../src/adapters/zendesk/create-webhook-handler.js';
import { signWebhook } from '../../../src/adapters/zendesk/verify-webhook-signature.js';
import type { Store } from '../../../src/core/ports/store.js';
import { recordingLogger } from '../../support/silent-logger.js';

const secret = 'webhook-secret';
const now = new Date('2025-03-03T09:00:30Z');
let store: Store;

beforeEach(async () => {
  store = await createStore('sqlite::memory:');
  await store.migrate();
});
afterEach(() => store.close());

function signed(body: string, opts: { invocation?: string; timestamp?: string; secret?: string } = {}) {
  const timestamp = opts.timestamp ?? '2025-03-03T09:00:00Z';
  return {
    headers: {
      'x-zendesk-webhook-signature': signWebhook(opts.secret ?? secret, timestamp, body),
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-invocation-id': opts.invocation ?? 'inv-1',
    },
    body: Buffer.from(body),
  };
}

function handler(onAccepted?: () => void) {
  return createWebhookHandler({
    secret,
    inbox: store,
    clock: { now: () => now },
    logger: recordingLogger(),
    onAccepted,
  });
}

describe('createWebhookHandler', () => {
  it('records a signed delivery in the inbox, answers 202 and wakes the worker', async () => {
    let woken = 0;
    const res = await handler(() => (woken += 1))(signed('{"ticket_id":"4711"}'));
    expect(res).toEqual({ status: 202, body: { status: 'accepted', ticketId: '4711' } });
    expect(woken).toBe(1);
    const [claimed] = await store.claimInbox({
      now: now.toISOString(),
      limit: 10,
      leaseMs: 1000,
      worker: 'w',
    });
    expect(claimed?.payload).toEqual({ ticketId: '4711' });
    expect(claimed?.dedupeKey).toBe('zendesk-ticket:4711');
  });

  it('accepts a numeric ticket id too', async () => {
    expect((await handler()(signed('{"ticket_id":4712}'))).status).toBe(202);
  });

  it('answers 200 for the same invocation again and for the same ticket in another invocation', async () => {
    const handle = handler();
    expect((await handle(signed('{"ticket_id":"1"}', { invocation: 'a' }))).status).toBe(202);
    expect(await handle(signed('{"ticket_id":"1"}', { invocation: 'a' }))).toMatchObject({ status: 200 });
    expect(await handle(signed('{"ticket_id":"1"}', { invocation: 'b' }))).toMatchObject({ status: 200 });
    expect(await store.countPendingInbox()).toBe(1);
  });

  it('refuses forged and stale deliveries with 401 and records nothing', async () => {
    const handle = handler();
    const forged = await handle(signed('{"ticket_id":"2"}', { secret: 'guess' }));
    const stale = await handle(signed('{"ticket_id":"3"}', { timestamp: '2025-03-03T08:50:00Z' }));
    const unsigned = await handle({ headers: {}, body: Buffer.from('{"ticket_id":"4"}') });
    for (const res of [forged, stale, unsigned]) expect(res.status).toBe(401);
    expect(String(forged.body.error)).toContain('ZENDESK_WEBHOOK_SECRET');
    expect(await store.countPendingInbox()).toBe(0);
  });

  it('answers 400 with a clear message for malformed or schema-invalid JSON', async () => {
    const handle = handler();
    const broken = await handle(signed('{"ticket_id":'));
    expect(broken.status).toBe(400);
    expect(String(broken.body.error)).toMatch(/not valid JSON.*ticket_id/);
    for (const body of ['{"id":"5"}', '{"ticket_id":"{{ticket.id}}"}', '{"ticket_id":-3}', '[]']) {
      const res = await handle(signed(body));
      expect(res.status, body).toBe(400);
      expect(String(res.body.error)).toContain('ticket_id');
    }
    expect(await store.countPendingInbox()).toBe(0);
  });
});
