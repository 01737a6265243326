import type pg from 'pg';
import type { RetentionStore } from '../../../core/ports/retention-store.js';
import { iso } from '../column-values.js';
import { inTransaction } from './in-transaction.js';

export function createPostgresRetentionStore(pool: pg.Pool): RetentionStore {
  return {
    async pruneProcessed({ before }) {
      const cutOff = iso(before);
      return inTransaction(pool, async (db) => ({
        outbox:
          (
            await db.query('DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < $1', [
              cutOff,
            ])
          ).rowCount ?? 0,
        inbox:
          (await db.query("DELETE FROM inbox WHERE status = 'done' AND processed_at < $1", [cutOff]))
            .rowCount ?? 0,
      }));
    },
  };
}
