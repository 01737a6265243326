import Database from 'better-sqlite3';
import { createPostgresPool, explainConnectionError } from './postgres/create-postgres-pool.js';
import { inTransaction } from './postgres/in-transaction.js';
import { migratePostgres } from './postgres/migrate-postgres.js';
import { LATEST_SCHEMA_VERSION } from './schema-migrations.js';
import { sqliteSchemaVersion } from './sqlite/migrate-sqlite.js';

/**
 * Tables copied, in an order that keeps each table's delivery and audit order (`seq` is given anew
 * by Postgres in insert order). Leases are not copied: they belong to processes that are gone.
 */
const TABLES = [
  { name: 'tasks', order: 'rowid' },
  { name: 'task_audit', order: 'seq' },
  { name: 'outbox', order: 'seq' },
  { name: 'inbox', order: 'seq' },
  { name: 'state', order: 'key' },
  { name: 'answer_feedback', order: 'rowid' },
] as const;
const CHUNK = 500;

export class CopyRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyRefusedError';
  }
}

/**
 * Copies everything a SQLite store holds into a fresh Postgres store (migrated first), in one
 * Postgres transaction: all or nothing. Refuses a Postgres database that already holds data, and a
 * SQLite file whose schema is not this build's. Claims of the old process are dropped, so pending
 * deliveries and messages are picked up at once. Returns how many rows each table received.
 */
export async function copySqliteToPostgres(opts: {
  sqlitePath: string;
  postgresUrl: string;
}): Promise<{ from: number; to: number; copied: Record<string, number> }> {
  let source: Database.Database;
  try {
    source = new Database(opts.sqlitePath, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CopyRefusedError(`cannot open ${opts.sqlitePath}: ${(error as Error).message}`);
  }
  const pool = createPostgresPool(opts.postgresUrl, { max: 2 });
  try {
    const version = schemaVersionOf(source);
    if (version !== LATEST_SCHEMA_VERSION)
      throw new CopyRefusedError(
        `${opts.sqlitePath} is at schema version ${version}, this build copies version ${LATEST_SCHEMA_VERSION}: run \`privacy-assistant migrate\` against it first (DATABASE_URL=sqlite:…), with the matching build`,
      );
    const migration = await migratePostgres(pool).catch((error: unknown) => {
      throw explainConnectionError(error, opts.postgresUrl);
    });
    if (migration.to !== LATEST_SCHEMA_VERSION) throw new CopyRefusedError('Postgres schema is not current');
    const copied = await inTransaction(pool, async (db) => {
      for (const { name } of TABLES) {
        const { rows } = await db.query(`SELECT EXISTS (SELECT 1 FROM ${name}) AS taken`);
        if (rows[0]?.taken)
          throw new CopyRefusedError(
            `the Postgres database already holds data (table ${name}); copy only into a fresh database`,
          );
      }
      const counts: Record<string, number> = {};
      for (const table of TABLES) {
        const { rows: columns } = await db.query<{ column_name: string; data_type: string }>(
          `SELECT column_name, data_type FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = $1 AND column_name <> 'seq'
           ORDER BY ordinal_position`,
          [table.name],
        );
        const names = columns.map((c) => c.column_name);
        const booleans = new Set(columns.filter((c) => c.data_type === 'boolean').map((c) => c.column_name));
        const select = source.prepare(
          `SELECT ${names.join(', ')} FROM ${table.name} ORDER BY ${table.order}`,
        );
        let batch: unknown[][] = [];
        counts[table.name] = 0;
        const flush = async () => {
          if (batch.length === 0) return;
          const values = batch.map(
            (_, r) => `(${names.map((__, c) => `$${r * names.length + c + 1}`).join(', ')})`,
          );
          await db.query(
            `INSERT INTO ${table.name} (${names.join(', ')}) VALUES ${values.join(', ')}`,
            batch.flat(),
          );
          counts[table.name] = (counts[table.name] ?? 0) + batch.length;
          batch = [];
        };
        for (const row of select.iterate() as Iterable<Record<string, unknown>>) {
          batch.push(
            names.map((name) => {
              if (name === 'locked_until' || name === 'locked_by') return null;
              const value = row[name];
              return booleans.has(name) && value !== null ? value === 1 : value;
            }),
          );
          if (batch.length === CHUNK) await flush();
        }
        await flush();
      }
      return counts;
    });
    return { ...migration, copied };
  } finally {
    source.close();
    await pool.end();
  }
}

function schemaVersionOf(db: Database.Database): number {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  return table ? sqliteSchemaVersion(db) : 0;
}
