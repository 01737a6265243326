import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { InboxStore } from '../../../core/ports/inbox.js';
import { clipError, iso, leaseUntil, POSTGRES_COLUMNS } from '../column-values.js';
import { fromInboxRow } from '../read-rows.js';
import { claimSql } from './claim-sql.js';

// No conflict target: a repeated (source, delivery id) and a repeated dedupe key are both duplicates.
// Two replicas receiving the same ticket at once: the second insert waits for the first to commit,
// then finds the conflict and does nothing.
const INSERT = `
  INSERT INTO inbox (id, source, delivery_id, dedupe_key, payload, received_at, status, next_attempt_at)
  VALUES ($1, $2, $3, $4, $5, $6, 'pending', $6) ON CONFLICT DO NOTHING`;

const CLAIM = claimSql('inbox', "status = 'pending'");

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
      const { rows } = await pool.query(CLAIM, [iso(now), limit, leaseUntil(now, leaseMs), worker]);
      return rows.map((row) => fromInboxRow(row, POSTGRES_COLUMNS));
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
        [id, clipError(error), iso(retryAt), dead],
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
