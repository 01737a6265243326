import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store } from '../../core/ports/store.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';

/**
 * Opens the store named by `DATABASE_URL`: `sqlite:<path>` (its folder is created on first use) or
 * `sqlite::memory:` for tests, or `postgres://user:password@host:port/db` to share one database between
 * replicas. The store still needs `migrate()`.
 */
export async function createStore(databaseUrl: string): Promise<Store> {
  if (databaseUrl === 'sqlite::memory:') return openSqliteStore(':memory:');
  if (databaseUrl.startsWith('sqlite:')) {
    const path = resolve(databaseUrl.slice('sqlite:'.length));
    mkdirSync(dirname(path), { recursive: true });
    return openSqliteStore(path);
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // Loaded only when asked for, like the SQLite driver is only opened for sqlite: URLs.
    const { openPostgresStore } = await import('./postgres/open-postgres-store.js');
    return openPostgresStore(databaseUrl);
  }
  throw new Error('DATABASE_URL: must be sqlite:<path>, sqlite::memory: or postgres://user@host:port/db');
}
