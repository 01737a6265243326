import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { NewOutboxMessage, OutboxMessage, OutboxStore } from '../../../core/ports/outbox.js';
import type { Queryable } from './in-transaction.js';
import { iso, isoOrNull } from './postgres-task-rows.js';

const fromRow = (row: Record<string, unknown>): OutboxMessage => ({
  id: row.id as string,
  destination: row.destination as string,
  kind: row.kind as string,
  payload: row.payload as Record<string, unknown>,
  dedupeKey: row.dedupe_key as string | null,
  createdAt: row.created_at as string,
  attempts: row.attempts as number,
  nextAttemptAt: row.next_attempt_at as string,
  lastError: row.last_error as string | null,
  deliveredAt: row.delivered_at as string | null,
  deadAt: row.dead_at as string | null,
});

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

// SKIP LOCKED: a replica claiming at the same moment passes over rows another is claiming instead
// of waiting for them; the lease (locked_until) then hides them until it runs out.
const CLAIM = `
  WITH picked AS (
    SELECT id FROM outbox
    WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= $1
      AND (locked_until IS NULL OR locked_until <= $1)
    ORDER BY next_attempt_at, seq LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), claimed AS (
    UPDATE outbox o SET locked_until = $3, locked_by = $4 FROM picked WHERE o.id = picked.id RETURNING o.*
  )
  SELECT * FROM claimed ORDER BY next_attempt_at, seq`;

export function createPostgresOutboxStore(pool: pg.Pool): OutboxStore {
  return {
    async enqueue(messages, now) {
      return insertOutbox(pool, messages, now);
    },
    async claimOutbox({ now, limit, leaseMs, worker }) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      const { rows } = await pool.query(CLAIM, [iso(now), limit, until, worker]);
      return rows.map(fromRow);
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
        [id, error.slice(0, 2000), iso(retryAt), dead, new Date().toISOString()],
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
