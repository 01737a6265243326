import type { Store } from '../../core/ports/store.js';
import { LATEST_SCHEMA_VERSION } from './schema-migrations.js';

/** The data methods of a Store: everything but its lifecycle. */
export type StoreParts = Omit<Store, 'kind' | 'migrate' | 'isReady' | 'close'>;

/** What a dialect brings: its migration, its data methods, its version query and its close. */
export interface StoreDialect {
  readonly kind: Store['kind'];
  migrate(): Promise<{ from: number; to: number }>;
  /** Called once, after the first successful migrate (statements may be prepared against the schema). */
  makeParts(): StoreParts;
  readSchemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/**
 * One Store over a dialect. Nothing is read or written before `migrate()` has brought the schema
 * to one this build knows: until then every data method rejects with an instruction.
 */
export function assembleStore(dialect: StoreDialect): Store {
  let parts: StoreParts | null = null;
  const ready = (): StoreParts => {
    if (!parts) throw new Error('The store is not migrated yet: call migrate() first.');
    return parts;
  };

  return {
    kind: dialect.kind,
    async migrate() {
      const result = await dialect.migrate();
      parts ??= dialect.makeParts();
      return result;
    },
    async isReady() {
      try {
        return (await dialect.readSchemaVersion()) === LATEST_SCHEMA_VERSION;
      } catch {
        return false;
      }
    },
    close: () => dialect.close(),
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
