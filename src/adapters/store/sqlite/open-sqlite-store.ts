import Database from 'better-sqlite3';
import type { Store } from '../../../core/ports/store.js';
import { assembleStore } from '../assemble-store.js';
import { migrateSqlite, sqliteSchemaVersion } from './migrate-sqlite.js';
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

  return assembleStore({
    kind: 'sqlite',
    migrate: async () => migrateSqlite(db),
    // Statements are prepared against the migrated schema, so the parts are made only then.
    makeParts: () => ({
      ...createSqliteTaskStore(db),
      ...createSqliteInboxStore(db),
      ...createSqliteOutboxStore(db),
      ...createSqliteCoordinationStore(db),
      ...createSqliteRetentionStore(db),
      ...createSqliteFeedbackStore(db),
    }),
    readSchemaVersion: async () => sqliteSchemaVersion(db),
    async close() {
      if (db.open) db.close();
    },
  });
}
