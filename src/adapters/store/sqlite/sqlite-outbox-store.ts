import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { NewOutboxMessage, OutboxMessage, OutboxStore } from '../../../core/ports/outbox.js';
import { iso, isoOrNull } from './task-rows.js';

interface OutboxRow {
  id: string;
  destination: string;
  kind: string;
  payload: string;
  dedupe_key: string | null;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  delivered_at: string | null;
  dead_at: string | null;
}

const fromRow = (row: OutboxRow): OutboxMessage => ({
  id: row.id,
  destination: row.destination,
  kind: row.kind,
  payload: JSON.parse(row.payload) as Record<string, unknown>,
  dedupeKey: row.dedupe_key,
  createdAt: row.created_at,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  lastError: row.last_error,
  deliveredAt: row.delivered_at,
  deadAt: row.dead_at,
});

/** Inserts messages inside the caller's transaction; a repeated dedupe key is silently dropped. */
export function insertOutbox(
  db: Database.Database,
  messages: readonly NewOutboxMessage[],
  now: string,
): number {
  const insert = db.prepare(
    `INSERT INTO outbox (id, destination, kind, payload, dedupe_key, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  let inserted = 0;
  for (const m of messages) {
    const next = isoOrNull(m.notBefore ?? null) ?? iso(now);
    inserted += insert.run(
      randomUUID(),
      m.destination,
      m.kind,
      JSON.stringify(m.payload),
      m.dedupeKey ?? null,
      iso(now),
      next,
    ).changes;
  }
  return inserted;
}

export function createSqliteOutboxStore(db: Database.Database): OutboxStore {
  const claimable = db.prepare(
    `SELECT id FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?
       AND (locked_until IS NULL OR locked_until <= ?) ORDER BY next_attempt_at, seq LIMIT ?`,
  );
  const lock = db.prepare('UPDATE outbox SET locked_until = ?, locked_by = ? WHERE id = ?');
  const byId = db.prepare('SELECT * FROM outbox WHERE id = ?');
  const delivered = db.prepare('UPDATE outbox SET delivered_at = ?, locked_until = NULL WHERE id = ?');
  const failed = db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, locked_until = NULL,
           dead_at = CASE WHEN ? THEN ? ELSE NULL END WHERE id = ?`,
  );
  const pending = db.prepare(
    'SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL',
  );
  const claim = db.transaction((now: string, limit: number, until: string, worker: string) => {
    const ids = (claimable.all(now, now, limit) as Array<{ id: string }>).map((r) => r.id);
    for (const id of ids) lock.run(until, worker, id);
    return ids.map((id) => fromRow(byId.get(id) as OutboxRow));
  });

  return {
    async enqueue(messages, now) {
      return db.transaction(() => insertOutbox(db, messages, now)).immediate();
    },
    async claimOutbox({ now, limit, leaseMs, worker }) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      return claim.immediate(iso(now), limit, until, worker);
    },
    async markDelivered(id, at) {
      delivered.run(iso(at), id);
    },
    async markFailed(id, { error, retryAt, dead }) {
      failed.run(error.slice(0, 2000), iso(retryAt), dead ? 1 : 0, new Date().toISOString(), id);
    },
    async countPendingOutbox() {
      const row = pending.get();
      return (row as { n: number }).n;
    },
  };
}
