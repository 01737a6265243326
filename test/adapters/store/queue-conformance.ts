import { describe, expect, it } from 'vitest';
import type { NewInboxDelivery } from '../../../src/core/ports/inbox.js';
import type { Store } from '../../../src/core/ports/store.js';

const T0 = '2025-03-05T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

const delivery = (n: number, overrides: Partial<NewInboxDelivery> = {}): NewInboxDelivery => ({
  source: 'zendesk',
  deliveryId: `inv-${n}`,
  dedupeKey: `zendesk-ticket:${n}`,
  payload: { ticketId: String(n) },
  receivedAt: T0,
  ...overrides,
});

const message = (n: number, dedupeKey: string | null = `m-${n}`) => ({
  destination: 'slack',
  kind: 'slack.reminder',
  payload: { taskId: `t-${n}` },
  dedupeKey,
});

/** Inbox, outbox, leases, state and pruning: the part of the Store that the workers rely on. */
export function describeQueueConformance(store: () => Store): void {
  describe('inbox', () => {
    it('records a delivery once: a repeated delivery id or dedupe key is a duplicate', async () => {
      expect(await store().acceptDelivery(delivery(1))).toBe('accepted');
      expect(await store().acceptDelivery(delivery(1))).toBe('duplicate');
      expect(await store().acceptDelivery(delivery(2, { deliveryId: 'inv-1' }))).toBe('duplicate');
      expect(await store().acceptDelivery(delivery(3, { dedupeKey: 'zendesk-ticket:1' }))).toBe('duplicate');
      expect(await store().acceptDelivery(delivery(4, { source: 'poller', deliveryId: 'inv-1' }))).toBe(
        'accepted',
      );
      expect(await store().countPendingInbox()).toBe(2);
    });

    it('hides a claimed delivery from other workers until its lease runs out', async () => {
      await store().acceptDelivery(delivery(1));
      const [first] = await store().claimInbox({ now: T0, limit: 5, leaseMs: 60_000, worker: 'a' });
      expect(first).toMatchObject({
        deliveryId: 'inv-1',
        status: 'pending',
        attempts: 0,
        payload: { ticketId: '1' },
      });
      expect(await store().claimInbox({ now: at(30), limit: 5, leaseMs: 60_000, worker: 'b' })).toEqual([]);
      const again = await store().claimInbox({ now: at(61), limit: 5, leaseMs: 60_000, worker: 'b' });
      expect(again.map((d) => d.id)).toEqual([first?.id]);
    });

    it('retries a failed delivery at its retry time, gives up when dead, and stops at done', async () => {
      await store().acceptDelivery(delivery(1));
      await store().acceptDelivery(delivery(2));
      const [one, two] = await store().claimInbox({ now: T0, limit: 5, leaseMs: 60_000, worker: 'a' });
      await store().failDelivery(one!.id, { error: 'HTTP 503', retryAt: at(120), dead: false });
      await store().completeDelivery(two!.id, at(1));
      expect(await store().claimInbox({ now: at(100), limit: 5, leaseMs: 1000, worker: 'a' })).toEqual([]);
      const [retried] = await store().claimInbox({ now: at(120), limit: 5, leaseMs: 1000, worker: 'a' });
      expect(retried).toMatchObject({ id: one!.id, attempts: 1, lastError: 'HTTP 503' });
      await store().failDelivery(one!.id, { error: 'HTTP 404', retryAt: at(200), dead: true });
      expect(await store().claimInbox({ now: at(1000), limit: 5, leaseMs: 1000, worker: 'a' })).toEqual([]);
      expect(await store().countPendingInbox()).toBe(0);
    });
  });

  describe('outbox', () => {
    it('drops a second message with the same dedupe key, keeps messages without one', async () => {
      expect(await store().enqueue([message(1), message(1), message(2, null), message(3, null)], T0)).toBe(3);
      expect(await store().enqueue([message(1)], at(5))).toBe(0);
      expect(await store().countPendingOutbox()).toBe(3);
    });

    it('delivers nothing before notBefore, and claims in order with a lease', async () => {
      await store().enqueue([{ ...message(1), notBefore: at(600) }, message(2), message(3)], T0);
      const hour = 3_600_000;
      const first = await store().claimOutbox({ now: T0, limit: 1, leaseMs: hour, worker: 'a' });
      expect(first.map((m) => m.payload.taskId)).toEqual(['t-2']);
      expect(first[0]).toMatchObject({
        destination: 'slack',
        kind: 'slack.reminder',
        attempts: 0,
        deliveredAt: null,
      });
      const second = await store().claimOutbox({ now: T0, limit: 5, leaseMs: hour, worker: 'b' });
      expect(second.map((m) => m.payload.taskId)).toEqual(['t-3']);
      const later = await store().claimOutbox({ now: at(600), limit: 5, leaseMs: hour, worker: 'b' });
      expect(later.map((m) => m.payload.taskId)).toEqual(['t-1']);
    });

    it('counts failed attempts, retries later, keeps dead messages out of the queue', async () => {
      await store().enqueue([message(1), message(2)], T0);
      const [a, b] = await store().claimOutbox({ now: T0, limit: 5, leaseMs: 60_000, worker: 'w' });
      await store().markDelivered(a!.id, at(1));
      await store().markFailed(b!.id, { error: 'rate limited', retryAt: at(30), dead: false });
      expect(await store().claimOutbox({ now: at(10), limit: 5, leaseMs: 1000, worker: 'w' })).toEqual([]);
      const [retry] = await store().claimOutbox({ now: at(30), limit: 5, leaseMs: 1000, worker: 'w' });
      expect(retry).toMatchObject({ id: b!.id, attempts: 1, lastError: 'rate limited', deadAt: null });
      await store().markFailed(b!.id, { error: 'gone', retryAt: at(60), dead: true });
      expect(await store().claimOutbox({ now: at(999), limit: 5, leaseMs: 1000, worker: 'w' })).toEqual([]);
      expect(await store().countPendingOutbox()).toBe(0);
    });
  });

  describe('coordination', () => {
    it('gives a lease to one holder at a time until it expires or is released', async () => {
      expect(await store().acquireLease('digest', 'a', T0, 60_000)).toBe(true);
      expect(await store().acquireLease('digest', 'b', at(30), 60_000)).toBe(false);
      expect(await store().acquireLease('digest', 'a', at(50), 60_000)).toBe(true); // renewal
      expect(await store().acquireLease('digest', 'b', at(100), 60_000)).toBe(false);
      expect(await store().acquireLease('digest', 'b', at(111), 60_000)).toBe(true); // a died
      await store().releaseLease('digest', 'a'); // not a's any more: no effect
      expect(await store().acquireLease('digest', 'a', at(112), 60_000)).toBe(false);
      await store().releaseLease('digest', 'b');
      expect(await store().acquireLease('digest', 'a', at(113), 60_000)).toBe(true);
      expect(await store().acquireLease('other', 'b', at(113), 60_000)).toBe(true);
    });

    it('keeps small durable values', async () => {
      expect(await store().getState('zendesk.cursor')).toBeNull();
      await store().setState('zendesk.cursor', 'abc');
      await store().setState('zendesk.cursor', 'def');
      expect(await store().getState('zendesk.cursor')).toBe('def');
    });
  });

  describe('retention', () => {
    it('prunes delivered messages and completed deliveries older than the cut-off, nothing else', async () => {
      await store().enqueue([message(1), message(2), message(3)], T0);
      const [m1, m2, m3] = await store().claimOutbox({ now: T0, limit: 5, leaseMs: 1000, worker: 'w' });
      await store().markDelivered(m1!.id, at(10));
      await store().markDelivered(m2!.id, at(1000));
      await store().markFailed(m3!.id, { error: 'x', retryAt: at(20), dead: true });
      await store().acceptDelivery(delivery(1));
      await store().acceptDelivery(delivery(2));
      const [d1] = await store().claimInbox({ now: T0, limit: 1, leaseMs: 1000, worker: 'w' });
      await store().completeDelivery(d1!.id, at(10));
      expect(await store().pruneProcessed({ before: at(500) })).toEqual({ outbox: 1, inbox: 1 });
      expect(await store().pruneProcessed({ before: at(500) })).toEqual({ outbox: 0, inbox: 0 });
      expect(await store().countPendingInbox()).toBe(1);
      // The pruned delivery's dedupe key is free again; the pending one still blocks repeats.
      expect(await store().acceptDelivery(delivery(1, { deliveryId: 'inv-1b' }))).toBe('accepted');
      expect(await store().acceptDelivery(delivery(2, { deliveryId: 'inv-2b' }))).toBe('duplicate');
    });
  });
}
