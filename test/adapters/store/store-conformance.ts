import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports/store.js';
import { describeQueueConformance } from './queue-conformance.js';
import { auditFor, batchOf, makeTask, messageFor } from './store-fixtures.js';

const NOW = '2025-03-05T10:00:00.000Z';

/**
 * The behaviour every Store adapter must show (SQLite now, Postgres later): call it from the
 * adapter's test file with a function that opens a fresh, migrated store.
 */
export function describeStoreConformance(name: string, open: () => Promise<Store>): void {
  describe(`${name}: Store conformance`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('migrations', () => {
      it('is ready and migrating again changes nothing', async () => {
        expect(await store.isReady()).toBe(true);
        const again = await store.migrate();
        expect(again.from).toBe(again.to);
      });
    });

    describe('tasks', () => {
      it('stores a task, its audit entry and its outbox message together, and reads them back', async () => {
        const task = makeTask({ ticketId: '100', pauses: [{ from: NOW, to: null, reason: 'identity' }] });
        const result = await store.insertTasks(batchOf(task));
        expect(result).toEqual({ inserted: [task], existing: [] });
        expect(await store.getTask(task.id)).toEqual(task);
        const trail = await store.listAudit(task.id);
        expect(trail.map((e) => [e.taskId, e.action, e.actor])).toEqual([[task.id, 'created', 'test']]);
        const claimed = await store.claimOutbox({ now: NOW, limit: 10, leaseMs: 1000, worker: 'w' });
        expect(claimed.map((m) => m.payload.taskId)).toEqual([task.id]);
        expect(await store.getTask('no-such-task')).toBeNull();
      });

      it('keeps one task per (ticket, type): a repeat returns the stored one and writes nothing else', async () => {
        const first = makeTask({ ticketId: '200', type: 'erasure' });
        await store.insertTasks(batchOf(first));
        const repeat = makeTask({ ticketId: '200', type: 'erasure' });
        const other = makeTask({ ticketId: '200', type: 'access' });
        const result = await store.insertTasks(batchOf(repeat, other));
        expect(result.existing).toEqual([first]);
        expect(result.inserted).toEqual([other]);
        expect(await store.getTask(repeat.id)).toBeNull();
        expect(await store.listAudit(repeat.id)).toEqual([]);
        expect(await store.countPendingOutbox()).toBe(2);
      });

      it('allows any number of manual tasks without a ticket', async () => {
        const a = makeTask({ source: 'manual', type: 'erasure' });
        const b = makeTask({ source: 'manual', type: 'erasure' });
        expect((await store.insertTasks(batchOf(a, b))).inserted).toHaveLength(2);
      });

      it('applies a change only at the expected version, atomically with its audit and messages', async () => {
        const task = makeTask();
        await store.insertTasks(batchOf(task));
        const changed = { ...task, assignee: 'U1', version: 2, updatedAt: NOW };
        const change = {
          task: changed,
          expectedVersion: 1,
          audit: [auditFor(changed, 'assign', NOW)],
          outbox: [messageFor(changed, 'slack', 'task.changed')],
        };
        expect(await store.updateTask(change)).toBe('ok');
        expect(await store.getTask(task.id)).toEqual(changed);

        const stale = { ...task, assignee: 'U2', version: 2 };
        const staleChange = {
          task: stale,
          expectedVersion: 1,
          audit: [auditFor(stale, 'assign', NOW)],
          outbox: [messageFor({ ...stale, version: 99 })],
        };
        expect(await store.updateTask(staleChange)).toBe('conflict');
        expect((await store.getTask(task.id))?.assignee).toBe('U1');
        expect((await store.listAudit(task.id)).map((e) => e.action)).toEqual(['created', 'assign']);
        expect(await store.countPendingOutbox()).toBe(2);

        const ghost = makeTask();
        expect(await store.updateTask({ task: ghost, expectedVersion: 1, audit: [], outbox: [] })).toBe(
          'not_found',
        );
      });

      it('finds tasks by status, type, due instant, assignee, ticket and closing time, soonest first', async () => {
        const late = makeTask({ dueAt: '2025-04-20T21:59:59.999Z', due: '2025-04-20', assignee: 'U1' });
        const soon = makeTask({
          dueAt: '2025-03-10T22:59:59.999Z',
          due: '2025-03-10',
          type: 'erasure',
          ticketId: '7',
        });
        const done = makeTask({
          status: 'completed',
          closedAt: '2025-03-08T10:00:00.000Z',
          dueAt: '2025-03-09T22:59:59.999Z',
        });
        await store.insertTasks(batchOf(late, soon, done));
        const ids = async (q: Parameters<Store['findTasks']>[0]) =>
          (await store.findTasks(q)).map((t) => t.id);
        expect(await ids({})).toEqual([done.id, soon.id, late.id]);
        expect(await ids({ status: ['received'] })).toEqual([soon.id, late.id]);
        expect(await ids({ type: ['erasure'] })).toEqual([soon.id]);
        expect(await ids({ dueAtOrBefore: '2025-03-10T22:59:59.999Z' })).toEqual([done.id, soon.id]);
        expect(await ids({ dueAtOrBefore: '2025-03-10T23:59:59.999+01:00', status: ['received'] })).toEqual([
          soon.id,
        ]);
        expect(await ids({ assignee: 'U1' })).toEqual([late.id]);
        expect(await ids({ assignee: null })).toEqual([done.id, soon.id]);
        expect(await ids({ ticketId: '7' })).toEqual([soon.id]);
        expect(await ids({ closedSince: '2025-03-08T00:00:00.000Z' })).toEqual([done.id]);
        expect(await ids({ closedSince: '2025-03-09T00:00:00.000Z' })).toEqual([]);
        expect(await ids({ limit: 2 })).toEqual([done.id, soon.id]);
      });

      it('finds the open task of a requester and type received since a given instant', async () => {
        const open = makeTask({
          requesterKey: 'k1',
          type: 'erasure',
          receivedAt: '2025-03-01T10:00:00.000Z',
        });
        const closed = makeTask({ requesterKey: 'k1', type: 'access', status: 'completed', closedAt: NOW });
        await store.insertTasks(batchOf(open, closed));
        expect((await store.findOpenTaskForRequester('k1', 'erasure', '2025-02-01T00:00:00.000Z'))?.id).toBe(
          open.id,
        );
        expect(await store.findOpenTaskForRequester('k1', 'erasure', '2025-03-02T00:00:00.000Z')).toBeNull();
        expect(await store.findOpenTaskForRequester('k1', 'access', '2025-02-01T00:00:00.000Z')).toBeNull();
        expect(await store.findOpenTaskForRequester('k2', 'erasure', '2025-02-01T00:00:00.000Z')).toBeNull();
      });

      it('purges personal fields and free-text reasons of tasks closed before a date, keeping a pseudonymous trail', async () => {
        const old = makeTask({
          status: 'refused',
          closedAt: '2023-01-10T10:00:00.000Z',
          refusal: { reason: 'Anna Svensson could not prove identity', complaintRightNotified: true },
          pauses: [{ from: '2023-01-02T10:00:00.000Z', to: '2023-01-05T10:00:00.000Z', reason: 'identity' }],
        });
        const recent = makeTask({ status: 'completed', closedAt: '2025-02-01T10:00:00.000Z' });
        const open = makeTask();
        await store.insertTasks(batchOf(old, recent, open));
        await store.updateTask({
          task: { ...old, version: 2 },
          expectedVersion: 1,
          audit: [{ ...auditFor(old, 'refuse'), after: { refusal: old.refusal, status: 'refused' } }],
          outbox: [],
        });
        expect(
          await store.purgeClosedTasks({ closedBefore: '2023-03-05T00:00:00.000Z', now: NOW, limit: 10 }),
        ).toBe(1);
        const purged = await store.getTask(old.id);
        expect(purged).toMatchObject({
          requester: null,
          requesterKey: null,
          purgedAt: NOW,
          status: 'refused',
          type: old.type,
        });
        expect(purged?.refusal).toEqual({ reason: '[purged]', complaintRightNotified: true });
        expect(purged?.pauses[0]?.reason).toBe('identity');
        const trail = await store.listAudit(old.id);
        expect(trail.map((e) => e.action)).toEqual(['created', 'refuse', 'purged']);
        expect(JSON.stringify(trail)).not.toContain('Anna');
        expect(JSON.stringify(trail)).not.toContain('anna@example.com');
        expect((await store.getTask(recent.id))?.requester).not.toBeNull();
        expect((await store.getTask(open.id))?.requester).not.toBeNull();
        expect(
          await store.purgeClosedTasks({ closedBefore: '2023-03-05T00:00:00.000Z', now: NOW, limit: 10 }),
        ).toBe(0);
      });

      it('purges in batches of at most `limit`', async () => {
        const closed = Array.from({ length: 5 }, () =>
          makeTask({ status: 'withdrawn', closedAt: '2022-01-01T00:00:00.000Z' }),
        );
        await store.insertTasks(batchOf(...closed));
        const args = { closedBefore: '2023-01-01T00:00:00.000Z', now: NOW, limit: 3 };
        expect(await store.purgeClosedTasks(args)).toBe(3);
        expect(await store.purgeClosedTasks(args)).toBe(2);
        expect(await store.purgeClosedTasks(args)).toBe(0);
      });

      it('rejects an invalid instant instead of storing it', async () => {
        await expect(store.insertTasks(batchOf(makeTask({ receivedAt: 'yesterday' })))).rejects.toThrow();
        expect(await store.findTasks({})).toEqual([]);
      });
    });

    describeQueueConformance(() => store);
  });
}
