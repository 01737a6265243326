import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { NewOutboxMessage, OutboxStore } from '../../../core/ports/outbox.js';
import { clipError, iso, isoOrNull, SQLITE_COLUMNS } from '../column-values.js';
import { fromOutboxRow } from '../read-rows.js';
import { prepareClaim } from './prepare-claim.js';

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
  const delivered = db.prepare('UPDATE outbox SET delivered_at = ?, locked_until = NULL WHERE id = ?');
  const failed = db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, locked_until = NULL,
           dead_at = CASE WHEN ? THEN ? ELSE NULL END WHERE id = ?`,
  );
  const pending = db.prepare(
    'SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL',
  );
  const claim = prepareClaim(db, 'outbox', 'delivered_at IS NULL AND dead_at IS NULL', (row) =>
    fromOutboxRow(row, SQLITE_COLUMNS),
  );

  return {
    async enqueue(messages, now) {
      return db.transaction(() => insertOutbox(db, messages, now)).immediate();
    },
    async claimOutbox(opts) {
      return claim(opts);
    },
    async markDelivered(id, at) {
      delivered.run(iso(at), id);
    },
    async markFailed(id, { error, retryAt, dead }) {
      failed.run(clipError(error), iso(retryAt), dead ? 1 : 0, new Date().toISOString(), id);
    },
    async countPendingOutbox() {
      const row = pending.get();
      return (row as { n: number }).n;
    },
  };
}
