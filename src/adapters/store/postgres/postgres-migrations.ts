import type pg from 'pg';

/**
 * The Postgres schema, versioned like the SQLite one (same version numbers, same tables and
 * behaviour; SQL per dialect). Instants are `timestamptz`, JSON is `jsonb`. Never edit a migration
 * that has shipped: add the next one here and in the SQLite list.
 */
export const POSTGRES_MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'tasks, audit, inbox, outbox, leases, state',
    sql: `
      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        source TEXT NOT NULL,
        ticket_id TEXT,
        requester JSONB,
        requester_key TEXT,
        language TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        due DATE NOT NULL,
        due_at TIMESTAMPTZ NOT NULL,
        pauses JSONB NOT NULL,
        extension JSONB,
        assignee TEXT,
        checklist JSONB NOT NULL,
        refusal JSONB,
        duplicate_of TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        closed_at TIMESTAMPTZ,
        purged_at TIMESTAMPTZ,
        version INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX tasks_ticket_type ON tasks (ticket_id, type) WHERE ticket_id IS NOT NULL;
      CREATE INDEX tasks_status_due ON tasks (status, due_at);
      CREATE INDEX tasks_requester ON tasks (requester_key, type, received_at) WHERE requester_key IS NOT NULL;
      CREATE INDEX tasks_closed ON tasks (closed_at) WHERE closed_at IS NOT NULL;

      CREATE TABLE task_audit (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        task_id TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        before JSONB,
        after JSONB
      );
      CREATE INDEX task_audit_task ON task_audit (task_id, seq);

      CREATE TABLE outbox (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        destination TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload JSONB NOT NULL,
        dedupe_key TEXT UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        last_error TEXT,
        delivered_at TIMESTAMPTZ,
        dead_at TIMESTAMPTZ,
        locked_until TIMESTAMPTZ,
        locked_by TEXT
      );
      CREATE INDEX outbox_pending ON outbox (next_attempt_at, seq) WHERE delivered_at IS NULL AND dead_at IS NULL;
      CREATE INDEX outbox_delivered ON outbox (delivered_at) WHERE delivered_at IS NOT NULL;

      CREATE TABLE inbox (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,
        payload JSONB NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        processed_at TIMESTAMPTZ,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        locked_until TIMESTAMPTZ,
        locked_by TEXT,
        UNIQUE (source, delivery_id)
      );
      CREATE INDEX inbox_pending ON inbox (next_attempt_at, seq) WHERE status = 'pending';
      CREATE INDEX inbox_done ON inbox (processed_at) WHERE status = 'done';

      CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'answer feedback',
    sql: `
      CREATE TABLE answer_feedback (
        id TEXT PRIMARY KEY,
        answer_id TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        helpful BOOLEAN NOT NULL,
        answered BOOLEAN NOT NULL,
        language TEXT NOT NULL,
        section_id TEXT,
        policy_version TEXT NOT NULL,
        question TEXT,
        expires_at TIMESTAMPTZ NOT NULL,
        source TEXT NOT NULL
      );
      CREATE INDEX answer_feedback_at ON answer_feedback (at);
      CREATE INDEX answer_feedback_expiry ON answer_feedback (expires_at) WHERE question IS NOT NULL;
    `,
  },
];

export const POSTGRES_LATEST_VERSION = POSTGRES_MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(
      `The database schema is at version ${found}, newer than this build of privacy-assistant knows (${POSTGRES_LATEST_VERSION}). Upgrade privacy-assistant, or point DATABASE_URL at another database.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

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
      if (from > POSTGRES_LATEST_VERSION) throw new SchemaTooNewError(from);
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
