import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION as LATEST_VERSION } from '../../src/adapters/store/schema-migrations.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-test-database.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

const cli = (args: string[], env: Record<string, string>) =>
  runCliCaptured(['migrate', ...args], { LOG_LEVEL: 'silent', STAFF_LOCALE: 'en', ...env });

const dir = mkdtempSync(join(tmpdir(), 'pa-migrate-'));
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.drop();
});

describe('privacy-assistant migrate', () => {
  it('migrates a new SQLite file, then finds nothing to do', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'a', 'pa.db')}` };
    const first = await cli([], env);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toBe(`Database (sqlite) migrated from schema version 0 to ${LATEST_VERSION}.\n`);
    const again = await cli(['--json'], env);
    expect(JSON.parse(again.out)).toEqual({
      kind: 'sqlite',
      from: LATEST_VERSION,
      to: LATEST_VERSION,
      applied: 0,
    });
  });

  it('migrates Postgres and reports it as JSON, in the staff language for people', async () => {
    const env = { DATABASE_URL: await database.freshSchema() };
    const first = await cli(['--json'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({
      kind: 'postgres',
      from: 0,
      to: LATEST_VERSION,
      applied: LATEST_VERSION,
    });
    const again = await cli([], { ...env, STAFF_LOCALE: 'sv' });
    expect(again.out).toBe(
      `Databasen (postgres) är aktuell på schemaversion ${LATEST_VERSION}; inget att göra.\n`,
    );
  });

  it('refuses a schema newer than it knows: exit 1, a clear message, nothing changed', async () => {
    const url = await database.freshSchema();
    expect((await cli([], { DATABASE_URL: url })).code).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'future')", [
      LATEST_VERSION + 5,
    ]);
    const result = await cli([], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(`schema is at version ${LATEST_VERSION + 5}, newer than this version`);
    const { rows } = await client.query('SELECT COUNT(*)::int AS n FROM schema_migrations');
    expect(rows).toEqual([{ n: LATEST_VERSION + 1 }]);
    await client.end();
  });

  it('makes a replica refuse to start (serve exits 1) against a schema newer than it knows', async () => {
    const url = await database.freshSchema();
    expect((await cli([], { DATABASE_URL: url })).code).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'future')", [
      LATEST_VERSION + 1,
    ]);
    await client.end();
    const { code, err } = await runCliCaptured(['serve', '--port', '0', '--host', '127.0.0.1'], {
      DATABASE_URL: url,
      LOG_LEVEL: 'silent',
    });
    expect(code).toBe(1);
    expect(err).toContain(`schema is at version ${LATEST_VERSION + 1}, newer than this build`);
    expect(err).toContain('Upgrade privacy-assistant');
  });

  it('says which database it could not reach, without its password', async () => {
    const result = await cli([], { DATABASE_URL: 'postgres://pa:hunter2@127.0.0.1:1/pa' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Could not migrate the database: DATABASE_URL: .*127\.0\.0\.1:1\/pa/);
    expect(result.err).not.toContain('hunter2');
  });

  it('rejects unknown flags and arguments with its usage', async () => {
    const env = { DATABASE_URL: 'sqlite::memory:' };
    const flag = await cli(['--force'], env);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('Usage: privacy-assistant migrate [--copy-from sqlite:<path>] [--json]');
    const positional = await cli(['now'], env);
    expect(positional.code).toBe(2);
    expect(positional.err).toContain('Unexpected argument "now"');
  });
});
