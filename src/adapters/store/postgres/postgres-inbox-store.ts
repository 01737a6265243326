import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { InboxDelivery, InboxStore } from '../../../core/ports/inbox.js';
import { iso } from './postgres-task-rows.js';

const fromRow = (row: Record<string, unknown>): InboxDelivery => ({
  id: row.id as string,
  source: row.source as string,
  deliveryId: row.delivery_id as string,
  dedupeKey: row.dedupe_key as string,
  payload: row.payload as Record<string, unknown>,
  receivedAt: row.received_at as string,
  status: row.status as InboxDelivery['status'],
  attempts: row.attempts as number,
  lastError: row.last_error as string | null,
  processedAt: row.processed_at as string | null,
});

// No conflict target: a repeated (source, delivery id) and a repeated dedupe key are both duplicates.
// Two replicas receiving the same ticket at once: the second insert waits for the first to commit,
// then finds the conflict and does nothing.
const INSERT = `
  INSERT INTO inbox (id, source, delivery_id, dedupe_key, payload, received_at, status, next_attempt_at)
  VALUES ($1, $2, $3, $4, $5, $6, 'pending', $6) ON CONFLICT DO NOTHING`;

const CLAIM = `
  WITH picked AS (
    SELECT id FROM inbox
    WHERE status = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
    ORDER BY next_attempt_at, seq LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), claimed AS (
    UPDATE inbox i SET locked_until = $3, locked_by = $4 FROM picked WHERE i.id = picked.id RETURNING i.*
  )
  SELECT * FROM claimed ORDER BY next_attempt_at, seq`;

export function createPostgresInboxStore(pool: pg.Pool): InboxStore {
  return {
    async acceptDelivery(d) {
      const at = iso(d.receivedAt);
      const result = await pool.query(INSERT, [
        randomUUID(),
        d.source,
        d.deliveryId,
        d.dedupeKey,
        JSON.stringify(d.payload),
        at,
      ]);
      return result.rowCount === 1 ? 'accepted' : 'duplicate';
    },
    async claimInbox({ now, limit, leaseMs, worker }) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      const { rows } = await pool.query(CLAIM, [iso(now), limit, until, worker]);
      return rows.map(fromRow);
    },
    async completeDelivery(id, at) {
      await pool.query(
        "UPDATE inbox SET status = 'done', processed_at = $2, locked_until = NULL WHERE id = $1",
        [id, iso(at)],
      );
    },
    async failDelivery(id, { error, retryAt, dead }) {
      await pool.query(
        `UPDATE inbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, locked_until = NULL,
           status = CASE WHEN $4::boolean THEN 'failed' ELSE 'pending' END WHERE id = $1`,
        [id, error.slice(0, 2000), iso(retryAt), dead],
      );
    },
    async countPendingInbox() {
      const { rows } = await pool.query<{ n: number }>(
        "SELECT COUNT(*)::int AS n FROM inbox WHERE status = 'pending'",
      );
      return rows[0]?.n ?? 0;
    },
  };
}
