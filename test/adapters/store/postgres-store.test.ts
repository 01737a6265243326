import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { POSTGRES_MIGRATIONS } from '../../../src/adapters/store/postgres/migrate-postgres.js';
import { LATEST_SCHEMA_VERSION as LATEST_VERSION } from '../../../src/adapters/store/schema-migrations.js';
import { SQLITE_MIGRATIONS } from '../../../src/adapters/store/sqlite/migrate-sqlite.js';
import type { Store } from '../../../src/core/ports/store.js';
import { createTestDatabase, type TestDatabase } from '../../support/postgres-test-database.js';
import { describeConcurrencyConformance } from './concurrency-conformance.js';
import { describeFeedbackConformance } from './feedback-conformance.js';
import { describeStoreConformance } from './store-conformance.js';

// One database per run (pa_test_<random>, dropped afterwards), one schema per test.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function openFresh(): Promise<Store> {
  const store = await createStore(await database.freshSchema());
  await store.migrate();
  return store;
}

describeStoreConformance('postgres', openFresh);
describeFeedbackConformance('postgres', openFresh);
describeConcurrencyConformance('postgres', async () => {
  const url = await database.freshSchema();
  const a = await createStore(url);
  const b = await createStore(url);
  await Promise.all([a.migrate(), b.migrate()]);
  return [a, b];
});

async function sql(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('postgres store: schema and connections', () => {
  it('has the same schema versions as the SQLite store, and records them', async () => {
    // Same versions, names, tables and indexes in both dialects; only column types differ.
    const outline = (migrations: typeof SQLITE_MIGRATIONS) =>
      migrations.map((m) => [m.version, m.name, m.sql.match(/CREATE (UNIQUE )?(TABLE|INDEX) \w+/g)]);
    expect(outline(POSTGRES_MIGRATIONS)).toEqual(outline(SQLITE_MIGRATIONS));
    expect(POSTGRES_MIGRATIONS.at(-1)?.version).toBe(LATEST_VERSION);
    const url = await database.freshSchema();
    const store = await createStore(url);
    expect(store.kind).toBe('postgres');
    expect(await store.isReady()).toBe(false);
    expect(await store.migrate()).toEqual({ from: 0, to: LATEST_VERSION });
    expect(await store.isReady()).toBe(true);
    await store.close();
    expect(await sql(url, 'SELECT MAX(version) AS v FROM schema_migrations')).toEqual([
      { v: LATEST_VERSION },
    ]);
  });

  it('lets replicas that start together migrate once: the others wait and find the work done', async () => {
    const url = await database.freshSchema();
    const stores = await Promise.all(Array.from({ length: 4 }, () => createStore(url)));
    const results = await Promise.all(stores.map((s) => s.migrate()));
    expect(results.filter((r) => r.from === 0)).toHaveLength(1);
    expect(results.every((r) => r.to === LATEST_VERSION)).toBe(true);
    expect(await sql(url, 'SELECT COUNT(*)::int AS n FROM schema_migrations')).toEqual([
      { n: LATEST_VERSION },
    ]);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('refuses a schema newer than this build knows, with a clear message, and changes nothing', async () => {
    const url = await database.freshSchema();
    const first = await createStore(url);
    await first.migrate();
    await first.close();
    await sql(url, "INSERT INTO schema_migrations (version, name) VALUES ($1, 'future')", [
      LATEST_VERSION + 1,
    ]);
    const store = await createStore(url);
    await expect(store.migrate()).rejects.toThrow(/newer than this build .* knows/);
    expect(await store.isReady()).toBe(false);
    await expect(store.findTasks({})).rejects.toThrow(/migrate/);
    await store.close();
    expect(await sql(url, 'SELECT MAX(version) AS v FROM schema_migrations')).toEqual([
      { v: LATEST_VERSION + 1 },
    ]);
  });

  it('explains a server that is not there or a database that does not exist, naming DATABASE_URL', async () => {
    const nowhere = await createStore('postgres://postgres:secret-pw@127.0.0.1:1/pa');
    const error = await nowhere.migrate().catch((e: Error) => e);
    expect(String(error)).toMatch(/DATABASE_URL: .*nothing listens at 127\.0\.0\.1:1\/pa/);
    expect(String(error)).not.toContain('secret-pw');
    expect(await nowhere.isReady()).toBe(false);
    await nowhere.close();
    const missing = new URL(database.url);
    missing.pathname = '/pa_test_does_not_exist';
    const absent = await createStore(missing.toString());
    await expect(absent.migrate()).rejects.toThrow(/database .* does not exist/);
    await absent.close();
  });

  it('stores instants as timestamptz and JSON as jsonb, readable by operators in SQL', async () => {
    const url = await database.freshSchema();
    const store = await createStore(url);
    await store.migrate();
    await store.acceptDelivery({
      source: 'zendesk',
      deliveryId: 'inv-1',
      dedupeKey: 'zendesk-ticket:1',
      payload: { ticketId: '1' },
      receivedAt: '2025-03-05T11:00:00+01:00',
    });
    await store.close();
    const [row] = await sql(url, "SELECT payload->>'ticketId' AS ticket, received_at FROM inbox");
    expect(row).toEqual({ ticket: '1', received_at: new Date('2025-03-05T10:00:00.000Z') });
  });
});
