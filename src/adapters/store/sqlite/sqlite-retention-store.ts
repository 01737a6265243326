import type Database from 'better-sqlite3';
import type { RetentionStore } from '../../../core/ports/retention-store.js';
import { iso } from '../column-values.js';

export function createSqliteRetentionStore(db: Database.Database): RetentionStore {
  return {
    async pruneProcessed({ before }) {
      return db
        .transaction(() => ({
          outbox: db
            .prepare('DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?')
            .run(iso(before)).changes,
          inbox: db.prepare("DELETE FROM inbox WHERE status = 'done' AND processed_at < ?").run(iso(before))
            .changes,
        }))
        .immediate();
    },
  };
}
