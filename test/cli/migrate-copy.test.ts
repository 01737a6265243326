import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/create-store.js';
import { LATEST_SCHEMA_VERSION as LATEST_VERSION } from '../../src/adapters/store/schema-migrations.js';
import type { Store } from '../../src/core/ports/store.js';
import { auditFor, batchOf, makeTask, makeVote } from '../adapters/store/store-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-test-database.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

const cli = (args: string[], env: Record<string, string>) =>
  runCliCaptured(['migrate', ...args], { LOG_LEVEL: 'silent', STAFF_LOCALE: 'en', ...env });

const T0 = '2025-03-05T10:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'pa-copy-'));
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.drop();
});

/** A SQLite store with a bit of everything: tasks, a change, audit, queued and delivered messages, deliveries, state, votes. */
async function populatedSqlite(path: string) {
  const store = await createStore(`sqlite:${path}`);
  await store.migrate();
  const a = makeTask({
    ticketId: '9001',
    type: 'erasure',
    extension: { reason: 'complex', at: T0, by: 'U1', noticeSentAt: null },
  });
  const b = makeTask({ ticketId: '9001', type: 'access' });
  const c = makeTask({ source: 'manual', status: 'completed', closedAt: T0, requester: null });
  await store.insertTasks(batchOf(a, b, c));
  const changed = { ...a, assignee: 'U1', version: 2, updatedAt: T0 };
  await store.updateTask({
    task: changed,
    expectedVersion: 1,
    audit: [auditFor(changed, 'assign', T0)],
    outbox: [],
  });
  const [first] = await store.claimOutbox({ now: T0, limit: 1, leaseMs: 60_000, worker: 'old' });
  await store.markDelivered(first?.id as string, T0);
  await store.claimOutbox({ now: T0, limit: 1, leaseMs: 3_600_000, worker: 'old' }); // held by a process that is gone
  await store.enqueue(
    [{ destination: 'slack', kind: 'digest', payload: { n: 1 }, dedupeKey: 'digest:2025-03-05:channel:C1' }],
    T0,
  );
  await store.acceptDelivery({
    source: 'zendesk',
    deliveryId: 'inv-1',
    dedupeKey: 'zendesk-ticket:9002',
    payload: { ticketId: '9002' },
    receivedAt: T0,
  });
  await store.setState('zendesk.cursor', 'abc');
  await store.recordFeedback(makeVote({ at: T0, helpful: false }));
  return { store, tasks: [changed, b, c] };
}

/** Everything a store shows through its port, in a comparable form. */
async function contents(store: Store) {
  const tasks = await store.findTasks({});
  return {
    tasks,
    audit: await Promise.all(tasks.map((t) => store.listAudit(t.id))),
    pending: { inbox: await store.countPendingInbox(), outbox: await store.countPendingOutbox() },
    cursor: await store.getState('zendesk.cursor'),
    feedback: await store.listFeedback({ limit: 10 }),
    outbox: (await store.claimOutbox({ now: T0, limit: 10, leaseMs: 1000, worker: 'new' })).map((m) => ({
      ...m,
      id: '',
    })),
    inbox: (await store.claimInbox({ now: T0, limit: 10, leaseMs: 1000, worker: 'new' })).map((d) => ({
      ...d,
      id: '',
    })),
  };
}

describe('privacy-assistant migrate --copy-from', () => {
  it('moves a SQLite store into a fresh Postgres, all of it, with claims of the old process dropped', async () => {
    const path = join(dir, 'old.db');
    const { store: sqlite, tasks } = await populatedSqlite(path);
    const url = await database.freshSchema();
    const result = await cli(['--copy-from', `sqlite:${path}`, '--json'], { DATABASE_URL: url });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      kind: 'postgres',
      from: 0,
      to: LATEST_VERSION,
      copiedFrom: path,
      copied: { tasks: 3, task_audit: 4, outbox: 4, inbox: 1, state: 1, answer_feedback: 1 },
    });
    const postgres = await createStore(url);
    await postgres.migrate();
    const copied = await contents(postgres);
    expect(copied.tasks.map((t) => t.id).sort()).toEqual(tasks.map((t) => t.id).sort());
    expect(copied.outbox.map((m) => m.kind)).toEqual(['task.created', 'task.created', 'digest']);
    const original = await contents(sqlite);
    // The message claimed by the old process is due at once in the copy; in SQLite it waits for its lease.
    expect(original.outbox.map((m) => m.kind)).toEqual(['task.created', 'digest']);
    expect({ ...copied, outbox: [] }).toEqual({ ...original, outbox: [] });
    await sqlite.close();
    await postgres.close();
  });

  it('refuses to copy into a database that already holds data, and changes nothing', async () => {
    const path = join(dir, 'again.db');
    const { store } = await populatedSqlite(path);
    await store.close();
    const url = await database.freshSchema();
    expect((await cli(['--copy-from', `sqlite:${path}`], { DATABASE_URL: url })).code).toBe(0);
    const again = await cli(['--copy-from', `sqlite:${path}`], { DATABASE_URL: url });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/Nothing was copied: the Postgres database already holds data \(table tasks\)/);
    const postgres = await createStore(url);
    await postgres.migrate();
    expect(await postgres.findTasks({})).toHaveLength(3);
    await postgres.close();
  });

  it('says what is wrong with the source or the target', async () => {
    const url = await database.freshSchema();
    const missing = await cli(['--copy-from', `sqlite:${join(dir, 'none.db')}`], { DATABASE_URL: url });
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Nothing was copied: cannot open .*none\.db/);
    const notSqlite = await cli(['--copy-from', 'postgres://x@y/z'], { DATABASE_URL: url });
    expect(notSqlite.code).toBe(2);
    expect(notSqlite.err).toContain('--copy-from must name a SQLite file');
    const toSqlite = await cli(['--copy-from', `sqlite:${join(dir, 'old.db')}`], {
      DATABASE_URL: `sqlite:${join(dir, 'target.db')}`,
    });
    expect(toSqlite.code).toBe(2);
    expect(toSqlite.err).toContain('set DATABASE_URL to the new postgres://');
  });
});
