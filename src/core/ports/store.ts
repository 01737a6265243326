import type { CoordinationStore } from './coordination-store.js';
import type { FeedbackStore } from './feedback-store.js';
import type { InboxStore } from './inbox.js';
import type { OutboxStore } from './outbox.js';
import type { RetentionStore } from './retention-store.js';
import type { TaskStore } from './task-store.js';

/** Everything the bot keeps, behind one port: SQLite by default, Postgres to scale out. */
export interface Store
  extends TaskStore,
    InboxStore,
    OutboxStore,
    CoordinationStore,
    RetentionStore,
    FeedbackStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations; refuses a schema newer than this build knows. */
  migrate(): Promise<{ from: number; to: number }>;
  /** True when the store answers and its schema is current. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}
