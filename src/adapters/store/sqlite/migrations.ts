import type Database from 'better-sqlite3';

/** Versioned schema changes, applied in order; never edit one that has shipped, add the next. */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
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
        requester TEXT,
        requester_key TEXT,
        language TEXT NOT NULL,
        received_at TEXT NOT NULL,
        due TEXT NOT NULL,
        due_at TEXT NOT NULL,
        pauses TEXT NOT NULL,
        extension TEXT,
        assignee TEXT,
        checklist TEXT NOT NULL,
        refusal TEXT,
        duplicate_of TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        purged_at TEXT,
        version INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX tasks_ticket_type ON tasks (ticket_id, type) WHERE ticket_id IS NOT NULL;
      CREATE INDEX tasks_status_due ON tasks (status, due_at);
      CREATE INDEX tasks_requester ON tasks (requester_key, type, received_at) WHERE requester_key IS NOT NULL;
      CREATE INDEX tasks_closed ON tasks (closed_at) WHERE closed_at IS NOT NULL;

      CREATE TABLE task_audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        task_id TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
      );
      CREATE INDEX task_audit_task ON task_audit (task_id, seq);

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        destination TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        dedupe_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        delivered_at TEXT,
        dead_at TEXT,
        locked_until TEXT,
        locked_by TEXT
      );
      CREATE INDEX outbox_pending ON outbox (next_attempt_at, seq) WHERE delivered_at IS NULL AND dead_at IS NULL;
      CREATE INDEX outbox_delivered ON outbox (delivered_at) WHERE delivered_at IS NOT NULL;

      CREATE TABLE inbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,
        payload TEXT NOT NULL,
        received_at TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        processed_at TEXT,
        next_attempt_at TEXT NOT NULL,
        locked_until TEXT,
        locked_by TEXT,
        UNIQUE (source, delivery_id)
      );
      CREATE INDEX inbox_pending ON inbox (next_attempt_at, seq) WHERE status = 'pending';
      CREATE INDEX inbox_done ON inbox (processed_at) WHERE status = 'done';

      CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TEXT NOT NULL);
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
        at TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        answered INTEGER NOT NULL,
        language TEXT NOT NULL,
        section_id TEXT,
        policy_version TEXT NOT NULL,
        question TEXT,
        expires_at TEXT NOT NULL,
        source TEXT NOT NULL
      );
      CREATE INDEX answer_feedback_at ON answer_feedback (at);
      CREATE INDEX answer_feedback_expiry ON answer_feedback (expires_at) WHERE question IS NOT NULL;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(
      `The database schema is at version ${found}, newer than this build of privacy-assistant knows (${LATEST_VERSION}). Upgrade privacy-assistant, or point DATABASE_URL at another database.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

export function schemaVersion(db: Database.Database): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Applies the migrations this database lacks, each in its own immediate transaction (so two
 * processes starting together do not both apply one). Refuses a schema newer than the code.
 */
export function migrate(db: Database.Database): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > LATEST_VERSION) throw new SchemaTooNewError(from);
  for (const migration of MIGRATIONS) {
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}
