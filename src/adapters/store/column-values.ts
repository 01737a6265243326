/** Instants are validated and normalised on the way in (`toISOString()`), so an invalid one is refused, never stored, and SQLite's text comparison orders them. */
export const iso = (instant: string): string => new Date(instant).toISOString();
export const isoOrNull = (instant: string | null): string | null => (instant === null ? null : iso(instant));
/** JSON goes in as text in both dialects (Postgres casts it to jsonb); absent is NULL. */
export const jsonOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/** The end of a lease of `ms` from `now`. */
export const leaseUntil = (now: string, ms: number): string => new Date(Date.parse(now) + ms).toISOString();

/** How a dialect's driver hands back the columns whose type it has and SQLite lacks. */
export interface ColumnReader {
  json<T>(value: unknown): T | null;
  boolean(value: unknown): boolean;
}

/** better-sqlite3: JSON is text, booleans are 0/1. */
export const SQLITE_COLUMNS: ColumnReader = {
  json: <T>(value: unknown) => (value === null ? null : (JSON.parse(value as string) as T)),
  boolean: (value) => value === 1,
};

/** pg: jsonb arrives parsed, booleans as booleans. */
export const POSTGRES_COLUMNS: ColumnReader = {
  json: <T>(value: unknown) => value as T | null,
  boolean: (value) => value as boolean,
};

/** A delivery error as kept: long enough to diagnose, never a whole response body. */
export const clipError = (error: string): string => error.slice(0, 2000);
