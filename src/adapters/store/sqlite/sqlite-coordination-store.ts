import type Database from 'better-sqlite3';
import type { CoordinationStore } from '../../../core/ports/coordination-store.js';
import { iso, leaseUntil } from '../column-values.js';

export function createSqliteCoordinationStore(db: Database.Database): CoordinationStore {
  const current = db.prepare('SELECT holder, expires_at FROM leases WHERE name = ?');
  const upsert = db.prepare(
    `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
  );
  const release = db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?');
  const readState = db.prepare('SELECT value FROM state WHERE key = ?');
  const writeState = db.prepare(
    'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const acquire = db.transaction((name: string, holder: string, now: string, until: string) => {
    const row = current.get(name) as { holder: string; expires_at: string } | undefined;
    if (row && row.holder !== holder && row.expires_at > now) return false;
    upsert.run(name, holder, until);
    return true;
  });

  return {
    async acquireLease(name, holder, now, ttlMs) {
      return acquire.immediate(name, holder, iso(now), leaseUntil(now, ttlMs));
    },
    async releaseLease(name, holder) {
      release.run(name, holder);
    },
    async getState(key) {
      const row = readState.get(key) as { value: string } | undefined;
      return row?.value ?? null;
    },
    async setState(key, value) {
      writeState.run(key, value);
    },
  };
}
