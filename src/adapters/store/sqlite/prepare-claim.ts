import type Database from 'better-sqlite3';
import { iso, leaseUntil } from '../column-values.js';

export interface ClaimOptions {
  now: string;
  limit: number;
  leaseMs: number;
  worker: string;
}

/**
 * A claim on a queue table (inbox or outbox): up to `limit` rows that are `waiting`, due and not
 * leased, leased to `worker` in one immediate transaction, so two processes never claim one row.
 */
export function prepareClaim<T>(
  db: Database.Database,
  table: 'inbox' | 'outbox',
  waiting: string,
  fromRow: (row: Record<string, unknown>) => T,
): (opts: ClaimOptions) => T[] {
  const claimable = db.prepare(
    `SELECT id FROM ${table} WHERE ${waiting} AND next_attempt_at <= ?
       AND (locked_until IS NULL OR locked_until <= ?) ORDER BY next_attempt_at, seq LIMIT ?`,
  );
  const lock = db.prepare(`UPDATE ${table} SET locked_until = ?, locked_by = ? WHERE id = ?`);
  const byId = db.prepare(`SELECT * FROM ${table} WHERE id = ?`);
  const claim = db.transaction((now: string, limit: number, until: string, worker: string) => {
    const ids = (claimable.all(now, now, limit) as Array<{ id: string }>).map((r) => r.id);
    for (const id of ids) lock.run(until, worker, id);
    return ids.map((id) => fromRow(byId.get(id) as Record<string, unknown>));
  });
  return ({ now, limit, leaseMs, worker }) =>
    claim.immediate(iso(now), limit, leaseUntil(now, leaseMs), worker);
}
