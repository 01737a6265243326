/** The column types in which the two dialects differ; the rest of the schema is written once. */
export interface ColumnTypes {
  readonly dialect: 'sqlite' | 'postgres';
  /** An instant: `toISOString()` text in SQLite (so that text comparison orders it), timestamptz in Postgres. */
  readonly instant: string;
  /** A calendar date (`YYYY-MM-DD`). */
  readonly date: string;
  readonly json: string;
  readonly boolean: string;
  /** A primary key that grows with every insert, so that it keeps the insert order. */
  readonly sequence: string;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Versioned schema changes, applied in order, the same versions and tables in both dialects.
 * Never edit one that has shipped: add the next. Should a change ever need SQL that differs by
 * more than a column type, branch on `t.dialect` inside it.
 */
const SCHEMA: ReadonlyArray<{ version: number; name: string; sql: (t: ColumnTypes) => string }> = [
  {
    version: 1,
    name: 'tasks, audit, inbox, outbox, leases, state',
    sql: (t) => `
      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        source TEXT NOT NULL,
        ticket_id TEXT,
        requester ${t.json},
        requester_key TEXT,
        language TEXT NOT NULL,
        received_at ${t.instant} NOT NULL,
        due ${t.date} NOT NULL,
        due_at ${t.instant} NOT NULL,
        pauses ${t.json} NOT NULL,
        extension ${t.json},
        assignee TEXT,
        checklist ${t.json} NOT NULL,
        refusal ${t.json},
        duplicate_of TEXT,
        created_at ${t.instant} NOT NULL,
        updated_at ${t.instant} NOT NULL,
        closed_at ${t.instant},
        purged_at ${t.instant},
        version INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX tasks_ticket_type ON tasks (ticket_id, type) WHERE ticket_id IS NOT NULL;
      CREATE INDEX tasks_status_due ON tasks (status, due_at);
      CREATE INDEX tasks_requester ON tasks (requester_key, type, received_at) WHERE requester_key IS NOT NULL;
      CREATE INDEX tasks_closed ON tasks (closed_at) WHERE closed_at IS NOT NULL;

      CREATE TABLE task_audit (
        seq ${t.sequence},
        id TEXT NOT NULL UNIQUE,
        task_id TEXT NOT NULL,
        at ${t.instant} NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        before ${t.json},
        after ${t.json}
      );
      CREATE INDEX task_audit_task ON task_audit (task_id, seq);

      CREATE TABLE outbox (
        seq ${t.sequence},
        id TEXT NOT NULL UNIQUE,
        destination TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload ${t.json} NOT NULL,
        dedupe_key TEXT UNIQUE,
        created_at ${t.instant} NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at ${t.instant} NOT NULL,
        last_error TEXT,
        delivered_at ${t.instant},
        dead_at ${t.instant},
        locked_until ${t.instant},
        locked_by TEXT
      );
      CREATE INDEX outbox_pending ON outbox (next_attempt_at, seq) WHERE delivered_at IS NULL AND dead_at IS NULL;
      CREATE INDEX outbox_delivered ON outbox (delivered_at) WHERE delivered_at IS NOT NULL;

      CREATE TABLE inbox (
        seq ${t.sequence},
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,
        payload ${t.json} NOT NULL,
        received_at ${t.instant} NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        processed_at ${t.instant},
        next_attempt_at ${t.instant} NOT NULL,
        locked_until ${t.instant},
        locked_by TEXT,
        UNIQUE (source, delivery_id)
      );
      CREATE INDEX inbox_pending ON inbox (next_attempt_at, seq) WHERE status = 'pending';
      CREATE INDEX inbox_done ON inbox (processed_at) WHERE status = 'done';

      CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at ${t.instant} NOT NULL);
      CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'answer feedback',
    sql: (t) => `
      CREATE TABLE answer_feedback (
        id TEXT PRIMARY KEY,
        answer_id TEXT NOT NULL,
        at ${t.instant} NOT NULL,
        helpful ${t.boolean} NOT NULL,
        answered ${t.boolean} NOT NULL,
        language TEXT NOT NULL,
        section_id TEXT,
        policy_version TEXT NOT NULL,
        question TEXT,
        expires_at ${t.instant} NOT NULL,
        source TEXT NOT NULL
      );
      CREATE INDEX answer_feedback_at ON answer_feedback (at);
      CREATE INDEX answer_feedback_expiry ON answer_feedback (expires_at) WHERE question IS NOT NULL;
    `,
  },
];

/** The migrations written in one dialect's column types. */
export function migrationsFor(types: ColumnTypes): readonly Migration[] {
  return SCHEMA.map(({ version, name, sql }) => ({ version, name, sql: sql(types) }));
}

/** The schema version this build migrates to, in both dialects. */
export const LATEST_SCHEMA_VERSION = SCHEMA.reduce((max, m) => Math.max(max, m.version), 0);

export class SchemaTooNewError extends Error {
  constructor(readonly found: number) {
    super(
      `The database schema is at version ${found}, newer than this build of privacy-assistant knows (${LATEST_SCHEMA_VERSION}). Upgrade privacy-assistant, or point DATABASE_URL at another database.`,
    );
    this.name = 'SchemaTooNewError';
  }
}
