import type Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrationsFor, SchemaTooNewError } from '../schema-migrations.js';

/** SQLite has no date, JSON or boolean type: instants and dates are text, JSON is text, booleans 0/1. */
export const SQLITE_MIGRATIONS = migrationsFor({
  dialect: 'sqlite',
  instant: 'TEXT',
  date: 'TEXT',
  json: 'TEXT',
  boolean: 'INTEGER',
  sequence: 'INTEGER PRIMARY KEY AUTOINCREMENT',
});

/** The schema version (0 when never migrated); creates the version table if it is missing. */
export function sqliteSchemaVersion(db: Database.Database): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Applies the migrations this database lacks, each in its own immediate transaction (so two
 * processes starting together do not both apply one). Refuses a schema newer than the code.
 */
export function migrateSqlite(db: Database.Database): { from: number; to: number } {
  const from = sqliteSchemaVersion(db);
  if (from > LATEST_SCHEMA_VERSION) throw new SchemaTooNewError(from);
  for (const migration of SQLITE_MIGRATIONS) {
    db.transaction(() => {
      if (sqliteSchemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
  return { from, to: sqliteSchemaVersion(db) };
}
