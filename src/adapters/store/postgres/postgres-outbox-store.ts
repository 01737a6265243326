import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { NewOutboxMessage, OutboxStore } from '../../../core/ports/outbox.js';
import { clipError, iso, isoOrNull, leaseUntil, POSTGRES_COLUMNS } from '../column-values.js';
import { fromOutboxRow } from '../read-rows.js';
import { claimSql } from './claim-sql.js';
import type { Queryable } from './in-transaction.js';

// One statement for the whole batch, rows in the order given (their `seq` orders delivery); a
// repeated dedupe key, within the batch or against a stored message, is dropped by the constraint.
const INSERT = `
  INSERT INTO outbox (id, destination, kind, payload, dedupe_key, created_at, next_attempt_at)
  SELECT m.id, m.destination, m.kind, m.payload::jsonb, m.dedupe_key, $6::timestamptz, m.next_attempt_at
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $7::timestamptz[])
    WITH ORDINALITY AS m (id, destination, kind, payload, dedupe_key, next_attempt_at, n)
  ORDER BY m.n
  ON CONFLICT (dedupe_key) DO NOTHING`;

/** Inserts messages inside the caller's transaction (or alone); returns how many were new. */
export async function insertOutbox(
  db: Queryable,
  messages: readonly NewOutboxMessage[],
  now: string,
): Promise<number> {
  if (messages.length === 0) return 0;
  const at = iso(now);
  const result = await db.query(INSERT, [
    messages.map(() => randomUUID()),
    messages.map((m) => m.destination),
    messages.map((m) => m.kind),
    messages.map((m) => JSON.stringify(m.payload)),
    messages.map((m) => m.dedupeKey ?? null),
    at,
    messages.map((m) => isoOrNull(m.notBefore ?? null) ?? at),
  ]);
  return result.rowCount ?? 0;
}

const CLAIM = claimSql('outbox', 'delivered_at IS NULL AND dead_at IS NULL');

export function createPostgresOutboxStore(pool: pg.Pool): OutboxStore {
  return {
    async enqueue(messages, now) {
      return insertOutbox(pool, messages, now);
    },
    async claimOutbox({ now, limit, leaseMs, worker }) {
      const { rows } = await pool.query(CLAIM, [iso(now), limit, leaseUntil(now, leaseMs), worker]);
      return rows.map((row) => fromOutboxRow(row, POSTGRES_COLUMNS));
    },
    async markDelivered(id, at) {
      await pool.query('UPDATE outbox SET delivered_at = $2, locked_until = NULL WHERE id = $1', [
        id,
        iso(at),
      ]);
    },
    async markFailed(id, { error, retryAt, dead }) {
      await pool.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, locked_until = NULL,
           dead_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE NULL END WHERE id = $1`,
        [id, clipError(error), iso(retryAt), dead, new Date().toISOString()],
      );
    },
    async countPendingOutbox() {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT COUNT(*)::int AS n FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL',
      );
      return rows[0]?.n ?? 0;
    },
  };
}
