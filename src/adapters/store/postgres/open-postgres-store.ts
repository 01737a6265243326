import type { Store } from '../../../core/ports/store.js';
import { assembleStore } from '../assemble-store.js';
import { createPostgresPool, explainConnectionError } from './create-postgres-pool.js';
import { migratePostgres, readSchemaVersion } from './migrate-postgres.js';
import { createPostgresCoordinationStore } from './postgres-coordination-store.js';
import { createPostgresFeedbackStore } from './postgres-feedback-store.js';
import { createPostgresInboxStore } from './postgres-inbox-store.js';
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
  let closed = false;

  return assembleStore({
    kind: 'postgres',
    async migrate() {
      try {
        return await migratePostgres(pool);
      } catch (error) {
        throw explainConnectionError(error, url);
      }
    },
    makeParts: () => ({
      ...createPostgresTaskStore(pool),
      ...createPostgresInboxStore(pool),
      ...createPostgresOutboxStore(pool),
      ...createPostgresCoordinationStore(pool),
      ...createPostgresRetentionStore(pool),
      ...createPostgresFeedbackStore(pool),
    }),
    readSchemaVersion: () => readSchemaVersion(pool),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  });
}
