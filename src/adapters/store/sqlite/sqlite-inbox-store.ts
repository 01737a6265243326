import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { InboxStore } from '../../../core/ports/inbox.js';
import { clipError, iso, SQLITE_COLUMNS } from '../column-values.js';
import { fromInboxRow } from '../read-rows.js';
import { prepareClaim } from './prepare-claim.js';

export function createSqliteInboxStore(db: Database.Database): InboxStore {
  const insert = db.prepare(
    `INSERT INTO inbox (id, source, delivery_id, dedupe_key, payload, received_at, status, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT DO NOTHING`,
  );
  const complete = db.prepare(
    "UPDATE inbox SET status = 'done', processed_at = ?, locked_until = NULL WHERE id = ?",
  );
  const fail = db.prepare(
    `UPDATE inbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, locked_until = NULL,
           status = CASE WHEN ? THEN 'failed' ELSE 'pending' END WHERE id = ?`,
  );
  const pending = db.prepare("SELECT COUNT(*) AS n FROM inbox WHERE status = 'pending'");
  const claim = prepareClaim(db, 'inbox', "status = 'pending'", (row) => fromInboxRow(row, SQLITE_COLUMNS));

  return {
    async acceptDelivery(d) {
      const at = iso(d.receivedAt);
      const { changes } = insert.run(
        randomUUID(),
        d.source,
        d.deliveryId,
        d.dedupeKey,
        JSON.stringify(d.payload),
        at,
        at,
      );
      return changes === 1 ? 'accepted' : 'duplicate';
    },
    async claimInbox(opts) {
      return claim(opts);
    },
    async completeDelivery(id, at) {
      complete.run(iso(at), id);
    },
    async failDelivery(id, { error, retryAt, dead }) {
      fail.run(clipError(error), iso(retryAt), dead ? 1 : 0, id);
    },
    async countPendingInbox() {
      return (pending.get() as { n: number }).n;
    },
  };
}
