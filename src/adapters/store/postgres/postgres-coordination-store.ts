import type pg from 'pg';
import type { CoordinationStore } from '../../../core/ports/coordination-store.js';
import { iso, leaseUntil } from '../column-values.js';

// One statement, so two replicas asking at once cannot both win: the row lock serialises them and
// the second sees the first's holder. The update happens only for the holder itself (renewal) or
// once the lease has run out (takeover after the holder died or stopped renewing).
const ACQUIRE = `
  INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $4)
  ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
  WHERE leases.holder = EXCLUDED.holder OR leases.expires_at <= $3
  RETURNING holder`;

/**
 * Leases are rows with an expiry rather than advisory locks: a session lock belongs to one pooled
 * connection (not to the process), vanishes silently when that connection drops, and never expires
 * while a hung process keeps its connection open. A row lease expires by itself, works through
 * transaction-pooling proxies, and is visible to operators (`SELECT * FROM leases`).
 */
export function createPostgresCoordinationStore(pool: pg.Pool): CoordinationStore {
  return {
    async acquireLease(name, holder, now, ttlMs) {
      const result = await pool.query(ACQUIRE, [name, holder, iso(now), leaseUntil(now, ttlMs)]);
      return result.rowCount === 1;
    },
    async releaseLease(name, holder) {
      await pool.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
    },
    async getState(key) {
      const { rows } = await pool.query<{ value: string }>('SELECT value FROM state WHERE key = $1', [key]);
      return rows[0]?.value ?? null;
    },
    async setState(key, value) {
      await pool.query(
        'INSERT INTO state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
        [key, value],
      );
    },
  };
}
