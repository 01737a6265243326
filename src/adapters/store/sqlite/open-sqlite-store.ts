import Database from 'better-sqlite3';
import type { Store } from '../../../core/ports/store.js';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations.js';
import { createSqliteCoordinationStore } from './sqlite-coordination-store.js';
import { createSqliteFeedbackStore } from './sqlite-feedback-store.js';
import { createSqliteInboxStore } from './sqlite-inbox-store.js';
import { createSqliteOutboxStore } from './sqlite-outbox-store.js';
import { createSqliteRetentionStore } from './sqlite-retention-store.js';
import { createSqliteTaskStore } from './sqlite-task-store.js';

/** How long a writer waits for another process's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens a SQLite database file (or `:memory:`) as the whole Store. WAL lets readers work beside one
 * writer; every write runs in an immediate transaction so that concurrent processes queue on the
 * lock (up to the busy timeout) instead of failing on an upgrade. Call `migrate()` before use.
 */
export function openSqliteStore(path: string): Store {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Listings read rows scattered over the file: keep up to 64 MB of pages in memory and read the
  // rest through a memory map rather than one system call per page.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  let parts: Omit<Store, 'kind' | 'migrate' | 'isReady' | 'close'> | null = null;
  const ready = () => {
    if (!parts) throw new Error('The store is not migrated yet: call migrate() first.');
    return parts;
  };

  return {
    kind: 'sqlite',
    async migrate() {
      const result = migrate(db);
      // Statements are prepared against the migrated schema, so the parts are made only now.
      parts ??= {
        ...createSqliteTaskStore(db),
        ...createSqliteInboxStore(db),
        ...createSqliteOutboxStore(db),
        ...createSqliteCoordinationStore(db),
        ...createSqliteRetentionStore(db),
        ...createSqliteFeedbackStore(db),
      };
      return result;
    },
    async isReady() {
      try {
        return schemaVersion(db) === LATEST_VERSION;
      } catch {
        return false;
      }
    },
    async close() {
      if (db.open) db.close();
    },
    insertTasks: async (batch) => ready().insertTasks(batch),
    updateTask: async (change) => ready().updateTask(change),
    getTask: async (id) => ready().getTask(id),
    findTasks: async (query) => ready().findTasks(query),
    findOpenTaskForRequester: async (key, type, since) => ready().findOpenTaskForRequester(key, type, since),
    listAudit: async (id) => ready().listAudit(id),
    purgeClosedTasks: async (opts) => ready().purgeClosedTasks(opts),
    acceptDelivery: async (d) => ready().acceptDelivery(d),
    claimInbox: async (opts) => ready().claimInbox(opts),
    completeDelivery: async (id, at) => ready().completeDelivery(id, at),
    failDelivery: async (id, opts) => ready().failDelivery(id, opts),
    countPendingInbox: async () => ready().countPendingInbox(),
    enqueue: async (messages, now) => ready().enqueue(messages, now),
    claimOutbox: async (opts) => ready().claimOutbox(opts),
    markDelivered: async (id, at) => ready().markDelivered(id, at),
    markFailed: async (id, opts) => ready().markFailed(id, opts),
    countPendingOutbox: async () => ready().countPendingOutbox(),
    acquireLease: async (name, holder, now, ttl) => ready().acquireLease(name, holder, now, ttl),
    releaseLease: async (name, holder) => ready().releaseLease(name, holder),
    getState: async (key) => ready().getState(key),
    setState: async (key, value) => ready().setState(key, value),
    pruneProcessed: async (opts) => ready().pruneProcessed(opts),
    recordFeedback: async (feedback) => ready().recordFeedback(feedback),
    listFeedback: async (opts) => ready().listFeedback(opts),
    eraseExpiredFeedback: async (now) => ready().eraseExpiredFeedback(now),
  };
}
