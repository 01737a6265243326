import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { LATEST_SCHEMA_VERSION as LATEST_VERSION } from '../../../src/adapters/store/schema-migrations.js';
import { describeConcurrencyConformance } from './concurrency-conformance.js';
import { describeStoreConformance } from './store-conformance.js';

describeStoreConformance('sqlite (memory)', async () => {
  const store = await createStore('sqlite::memory:');
  await store.migrate();
  return store;
});

const dir = mkdtempSync(join(tmpdir(), 'pa-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describeStoreConformance('sqlite (file, WAL)', async () => {
  files += 1;
  const store = await createStore(`sqlite:${join(dir, `conformance-${files}.db`)}`);
  await store.migrate();
  return store;
});

describeConcurrencyConformance('sqlite (file, WAL)', async () => {
  files += 1;
  const path = join(dir, `pair-${files}.db`);
  const a = await createStore(`sqlite:${path}`);
  await a.migrate();
  const b = await createStore(`sqlite:${path}`);
  await b.migrate();
  return [a, b];
});

describe('sqlite store: files and schema', () => {
  it('creates the folder on first use, turns on WAL, and records the schema version', async () => {
    const path = join(dir, 'nested', 'deeper', 'pa.db');
    const store = await createStore(`sqlite:${path}`);
    expect(await store.isReady()).toBe(false);
    expect(await store.migrate()).toEqual({ from: 0, to: LATEST_VERSION });
    expect(await store.isReady()).toBe(true);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({
      v: LATEST_VERSION,
    });
    db.close();
  });

  it('refuses a schema newer than this build knows, with a clear message, and changes nothing', async () => {
    const path = join(dir, 'future.db');
    const first = await createStore(`sqlite:${path}`);
    await first.migrate();
    await first.close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')").run(
      LATEST_VERSION + 1,
    );
    db.close();
    const store = await createStore(`sqlite:${path}`);
    await expect(store.migrate()).rejects.toThrow(/newer than this build .* knows/);
    expect(await store.isReady()).toBe(false);
    await expect(store.findTasks({})).rejects.toThrow(/migrate/);
    await store.close();
  });

  it('rejects a DATABASE_URL it does not know, naming the variable', async () => {
    await expect(createStore('mysql://x')).rejects.toThrow(/DATABASE_URL/);
  });
});
