import type { Store } from '../../../core/ports/store.js';
import { createPostgresPool, explainConnectionError } from './create-postgres-pool.js';
import { createPostgresCoordinationStore } from './postgres-coordination-store.js';
import { createPostgresFeedbackStore } from './postgres-feedback-store.js';
import { createPostgresInboxStore } from './postgres-inbox-store.js';
import { migratePostgres, POSTGRES_LATEST_VERSION, readSchemaVersion } from './postgres-migrations.js';
import { createPostgresOutboxStore } from './postgres-outbox-store.js';
import { createPostgresRetentionStore } from './postgres-retention-store.js';
import { createPostgresTaskStore } from './postgres-task-store.js';

export interface PostgresStoreOptions {
  /** Connections this process may open (default 10); replicas × max must stay under max_connections. */
  maxConnections?: number;
}

/**
 * Opens a Postgres database as the whole Store, shared by any number of replicas: unique
 * constraints make inserts idempotent, `FOR UPDATE SKIP LOCKED` hands each inbox or outbox row to
 * one worker, every task change is one transaction with its audit and messages, and leases are
 * rows with an expiry. Nothing connects until `migrate()`, which must come first.
 */
export function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): Store {
  const pool = createPostgresPool(url, { max: opts.maxConnections });
  const parts = {
    ...createPostgresTaskStore(pool),
    ...createPostgresInboxStore(pool),
    ...createPostgresOutboxStore(pool),
    ...createPostgresCoordinationStore(pool),
    ...createPostgresRetentionStore(pool),
    ...createPostgresFeedbackStore(pool),
  };
  let migrated = false;
  let closed = false;
  // As with SQLite: nothing is read or written before the schema is known to be one this build knows.
  const ready = () => {
    if (!migrated) throw new Error('The store is not migrated yet: call migrate() first.');
    return parts;
  };

  return {
    kind: 'postgres',
    async migrate() {
      try {
        const result = await migratePostgres(pool);
        migrated = true;
        return result;
      } catch (error) {
        throw explainConnectionError(error, url);
      }
    },
    async isReady() {
      try {
        return (await readSchemaVersion(pool)) === POSTGRES_LATEST_VERSION;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
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
