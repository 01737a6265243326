import type pg from 'pg';
import { LATEST_SCHEMA_VERSION, migrationsFor, SchemaTooNewError } from '../schema-migrations.js';

/** Instants are `timestamptz` (read back as ISO text), calendar dates `date`, JSON is `jsonb`. */
export const POSTGRES_MIGRATIONS = migrationsFor({
  dialect: 'postgres',
  instant: 'TIMESTAMPTZ',
  date: 'DATE',
  json: 'JSONB',
  boolean: 'BOOLEAN',
  sequence: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
});

const CREATE_VERSIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`;

/** The schema version, or 0 when the database was never migrated (the table is not created here). */
export async function readSchemaVersion(db: Pick<pg.Pool | pg.PoolClient, 'query'>): Promise<number> {
  const exists = await db.query<{ t: string | null }>("SELECT to_regclass('schema_migrations') AS t");
  if (!exists.rows[0]?.t) return 0;
  const { rows } = await db.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  return rows[0]?.v ?? 0;
}

/**
 * Applies the migrations this database lacks, each in its own transaction (Postgres DDL is
 * transactional, so a failed one leaves nothing behind). A session advisory lock, keyed by the
 * current schema, makes replicas that start together take turns: the second finds the work done.
 * The lock goes with the connection if the process dies. Refuses a schema newer than the code.
 */
export async function migratePostgres(pool: pg.Pool): Promise<{ from: number; to: number }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('privacy-assistant.migrate:' || current_schema()))");
    try {
      const from = await readSchemaVersion(client);
      if (from > LATEST_SCHEMA_VERSION) throw new SchemaTooNewError(from);
      await client.query(CREATE_VERSIONS);
      for (const migration of POSTGRES_MIGRATIONS.filter((m) => m.version > from)) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
      return { from, to: await readSchemaVersion(client) };
    } finally {
      await client.query(
        "SELECT pg_advisory_unlock(hashtext('privacy-assistant.migrate:' || current_schema()))",
      );
    }
  } catch (error) {
    // A one-off connection: after any failure it is closed rather than trusted back into the pool.
    broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}
