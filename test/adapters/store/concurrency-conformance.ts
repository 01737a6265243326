import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports/store.js';
import { batchOf, makeTask } from './store-fixtures.js';

const T0 = '2025-03-05T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
const HOUR = 3_600_000;

/** Claims with `claim` from several workers at once until nothing is left; returns every claimed id. */
async function claimAll(
  workers: Array<{ store: Store; name: string }>,
  claim: (store: Store, worker: string) => Promise<Array<{ id: string }>>,
): Promise<string[]> {
  const ids: string[] = [];
  await Promise.all(
    workers.map(async ({ store, name }) => {
      for (;;) {
        const batch = await claim(store, name);
        if (batch.length === 0) return;
        ids.push(...batch.map((r) => r.id));
      }
    }),
  );
  return ids;
}

/**
 * What replicas rely on when they share one database: two handles on the same data (two
 * connections pools, two SQLite connections) race, and the database alone decides.
 * `openPair` opens two stores on one fresh, migrated database.
 */
export function describeConcurrencyConformance(name: string, openPair: () => Promise<[Store, Store]>): void {
  describe(`${name}: two handles on one database`, () => {
    let a: Store;
    let b: Store;
    beforeEach(async () => {
      [a, b] = await openPair();
    });
    afterEach(async () => {
      await a.close();
      await b.close();
    });
    const workers = () =>
      ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((w) => ({ store: w.startsWith('a') ? a : b, name: w }));

    it('never hands one inbox delivery to two workers', async () => {
      for (let n = 0; n < 60; n += 1)
        await (n % 2 ? a : b).acceptDelivery({
          source: 'zendesk',
          deliveryId: `inv-${n}`,
          dedupeKey: `zendesk-ticket:${n}`,
          payload: { n },
          receivedAt: T0,
        });
      const ids = await claimAll(workers(), (store, worker) =>
        store.claimInbox({ now: at(1), limit: 4, leaseMs: HOUR, worker }),
      );
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
    });

    it('never hands one outbox message to two workers', async () => {
      await a.enqueue(
        Array.from({ length: 60 }, (_, n) => ({
          destination: 'slack',
          kind: 'slack.reminder',
          payload: { n },
          dedupeKey: `m-${n}`,
        })),
        T0,
      );
      const ids = await claimAll(workers(), (store, worker) =>
        store.claimOutbox({ now: at(1), limit: 4, leaseMs: HOUR, worker }),
      );
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
    });

    it('accepts one delivery and one message per dedupe key, however many race for it', async () => {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, n) =>
          (n % 2 ? a : b).acceptDelivery({
            source: 'zendesk',
            deliveryId: `inv-${n}`,
            dedupeKey: 'zendesk-ticket:42',
            payload: { ticketId: '42' },
            receivedAt: T0,
          }),
        ),
      );
      expect(results.filter((r) => r === 'accepted')).toHaveLength(1);
      const enqueued = await Promise.all(
        Array.from({ length: 12 }, (_, n) =>
          (n % 2 ? a : b).enqueue(
            [{ destination: 'slack', kind: 'slack.digest', payload: { n }, dedupeKey: 'digest:2025-03-05' }],
            T0,
          ),
        ),
      );
      expect(enqueued.reduce((sum, n) => sum + n, 0)).toBe(1);
      expect(await a.countPendingOutbox()).toBe(1);
    });

    it('creates one task per (ticket, type) when replicas process the same ticket at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          (n % 2 ? a : b).insertTasks(
            batchOf(
              makeTask({ ticketId: '777', type: 'erasure' }),
              makeTask({ ticketId: '777', type: 'access' }),
            ),
          ),
        ),
      );
      const inserted = results.flatMap((r) => r.inserted);
      expect(inserted.map((t) => t.type).sort()).toEqual(['access', 'erasure']);
      const winners = new Set(inserted.map((t) => t.id));
      for (const r of results) for (const t of r.existing) expect(winners.has(t.id)).toBe(true);
      expect(await b.findTasks({ ticketId: '777' })).toHaveLength(2);
      expect(await a.countPendingOutbox()).toBe(2);
      for (const t of inserted) expect(await b.listAudit(t.id)).toHaveLength(1);
    });

    it('lets exactly one of several racing changes at the same version through', async () => {
      const task = makeTask();
      await a.insertTasks(batchOf(task));
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, n) => {
          const changed = { ...task, assignee: `U${n}`, version: 2 };
          return (n % 2 ? a : b).updateTask({
            task: changed,
            expectedVersion: 1,
            audit: [
              {
                id: `audit-race-${n}`,
                taskId: task.id,
                at: T0,
                actor: 't',
                action: 'assign',
                before: null,
                after: { assignee: `U${n}` },
              },
            ],
            outbox: [{ destination: 'slack', kind: 'task.changed', payload: { taskId: task.id, n } }],
          });
        }),
      );
      expect(results.filter((r) => r === 'ok')).toHaveLength(1);
      expect(results.filter((r) => r === 'conflict')).toHaveLength(9);
      expect(await a.listAudit(task.id)).toHaveLength(2);
      expect(await b.countPendingOutbox()).toBe(2);
      expect((await b.getTask(task.id))?.version).toBe(2);
    });

    it('gives a lease to exactly one of several racing replicas, and to exactly one again after it expires', async () => {
      const race = (now: string, holders: string[]) =>
        Promise.all(holders.map((h, n) => (n % 2 ? a : b).acquireLease('digest', h, now, 60_000)));
      const first = await race(T0, ['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
      expect(first.filter(Boolean)).toHaveLength(1);
      const holder = `r${first.indexOf(true) + 1}`;
      // Renewed by its holder while others keep asking: it stays.
      const renewed = await Promise.all([
        a.acquireLease('digest', holder, at(50), 60_000),
        b.acquireLease('digest', 'r9', at(50), 60_000),
      ]);
      expect(renewed).toEqual([true, false]);
      expect(await b.acquireLease('digest', 'r9', at(109), 60_000)).toBe(false);
      // The holder dies (stops renewing): once the lease runs out one survivor takes it over.
      const takeover = await race(at(111), ['s1', 's2', 's3', 's4', 's5', 's6']);
      expect(takeover.filter(Boolean)).toHaveLength(1);
      expect(await a.acquireLease('digest', holder, at(112), 60_000)).toBe(false);
    });
  });
}
