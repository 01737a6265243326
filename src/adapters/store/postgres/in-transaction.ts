import type pg from 'pg';

/** Something that runs SQL: the pool (autocommit) or a client inside a transaction. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Deadlock and serialization failures: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

/**
 * Runs `work` in one READ COMMITTED transaction on one pooled connection: committed when it
 * returns, rolled back when it throws. A deadlock between two replicas (e.g. tickets inserted in
 * opposite orders) is retried; a broken connection is discarded rather than returned to the pool.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError as Error;
      }
      const code = (error as { code?: string }).code;
      if (!broken && code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
