/**
 * The claim on a queue table (inbox or outbox) as one statement: up to $2 rows that are `waiting`,
 * due at $1 and not leased, leased until $3 to worker $4, returned in delivery order.
 * SKIP LOCKED: a replica claiming at the same moment passes over rows another is claiming instead
 * of waiting for them; the lease (locked_until) then hides them until it runs out.
 */
export function claimSql(table: 'inbox' | 'outbox', waiting: string): string {
  return `
  WITH picked AS (
    SELECT id FROM ${table}
    WHERE ${waiting} AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
    ORDER BY next_attempt_at, seq LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), claimed AS (
    UPDATE ${table} q SET locked_until = $3, locked_by = $4 FROM picked WHERE q.id = picked.id RETURNING q.*
  )
  SELECT * FROM claimed ORDER BY next_attempt_at, seq`;
}
