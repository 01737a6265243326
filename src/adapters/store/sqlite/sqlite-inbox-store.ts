import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { InboxDelivery, InboxStore } from '../../../core/ports/inbox.js';
import { iso } from './task-rows.js';

interface InboxRow {
  id: string;
  source: string;
  delivery_id: string;
  dedupe_key: string;
  payload: string;
  received_at: string;
  status: InboxDelivery['status'];
  attempts: number;
  last_error: string | null;
  processed_at: string | null;
}

const fromRow = (row: InboxRow): InboxDelivery => ({
  id: row.id,
  source: row.source,
  deliveryId: row.delivery_id,
  dedupeKey: row.dedupe_key,
  payload: JSON.parse(row.payload) as Record<string, unknown>,
  receivedAt: row.received_at,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  processedAt: row.processed_at,
});

export function createSqliteInboxStore(db: Database.Database): InboxStore {
  const insert = db.prepare(
    `INSERT INTO inbox (id, source, delivery_id, dedupe_key, payload, received_at, status, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING`,
  );
  const claimable = db.prepare(
    `SELECT id FROM inbox WHERE status = 'pending' AND next_attempt_at <= ?
       AND (locked_until IS NULL OR locked_until <= ?) ORDER BY next_attempt_at, seq LIMIT ?`,
  );
  const lock = db.prepare('UPDATE inbox SET locked_until = ?, locked_by = ? WHERE id = ?');
  const byId = db.prepare('SELECT * FROM inbox WHERE id = ?');
  const complete = db.prepare(
    "UPDATE inbox SET status = 'done', processed_at = ?, locked_until = NULL WHERE id = ?",
  );
  const fail = db.prepare(
    `UPDATE inbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, locked_until = NULL,
           status = CASE WHEN ? THEN 'failed' ELSE 'pending' END WHERE id = ?`,
  );
  const pending = db.prepare("SELECT COUNT(*) AS n FROM inbox WHERE status = 'pending'");
  const claim = db.transaction((now: string, limit: number, until: string, worker: string) => {
    const ids = (claimable.all(now, now, limit) as Array<{ id: string }>).map((r) => r.id);
    for (const id of ids) lock.run(until, worker, id);
    return ids.map((id) => fromRow(byId.get(id) as InboxRow));
  });

  return {
    async acceptDelivery(d) {
      const at = iso(d.receivedAt);
      const { changes } = insert.run(
        randomUUID(),
        d.source,
        d.deliveryId,
        d.dedupeKey,
        JSON.stringify(d.payload),
        at,
        at,
      );
      return changes === 1 ? 'accepted' : 'duplicate';
    },
    async claimInbox({ now, limit, leaseMs, worker }) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      return claim.immediate(iso(now), limit, until, worker);
    },
    async completeDelivery(id, at) {
      complete.run(iso(at), id);
    },
    async failDelivery(id, { error, retryAt, dead }) {
      fail.run(error.slice(0, 2000), iso(retryAt), dead ? 1 : 0, id);
    },
    async countPendingInbox() {
      return (pending.get() as { n: number }).n;
    },
  };
}
