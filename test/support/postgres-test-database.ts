import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the tests use: this machine's Postgres with trust auth, or TEST_POSTGRES_URL. */
export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** DATABASE_URL of the fresh database. */
  url: string;
  /** DATABASE_URL of a fresh, empty schema in it (search_path), for one test. */
  freshSchema(): Promise<string>;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): URL {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next;
}

/**
 * Creates a uniquely named database (`pa_test_<random>`) and drops it afterwards. When Postgres
 * cannot be reached the caller's test fails with instructions; it is never skipped.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `pa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => {});
    throw new Error(
      `Postgres is needed for this test and is not usable at ${POSTGRES_ADMIN_URL} (${(error as Error).message}). ` +
        'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start ' +
        '(or point TEST_POSTGRES_URL at a server where this user may create databases).',
    );
  }
  await admin.end();
  const url = withDatabase(POSTGRES_ADMIN_URL, name).toString();
  let schemas = 0;
  return {
    url,
    async freshSchema() {
      schemas += 1;
      const schema = `s${schemas}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      return scoped.toString();
    },
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
