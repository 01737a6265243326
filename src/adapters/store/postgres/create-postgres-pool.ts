import pg from 'pg';

const TIMESTAMPTZ = 1184;
const DATE = 1082;

/**
 * Instants come back as the same `toISOString()` text the SQLite store returns, and calendar dates
 * (`due`) as `YYYY-MM-DD` text: a `Date` at local midnight would shift with the host's time zone.
 */
function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === TIMESTAMPTZ) {
    const parse = pg.types.getTypeParser(TIMESTAMPTZ, 'text');
    return (value) => (parse(value) as Date).toISOString();
  }
  if (oid === DATE) return (value) => value;
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

/** The URL without its password, for error messages. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the DATABASE_URL';
  }
}

/**
 * A connection pool for DATABASE_URL (`postgres://user:password@host:port/db`, libpq query
 * parameters such as `sslmode` or `options=-c search_path=…` included). Nothing connects until the
 * first query.
 */
export function createPostgresPool(url: string, opts: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: 'privacy-assistant',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    types: { getTypeParser: getTypeParser as pg.CustomTypesConfig['getTypeParser'] },
  });
  // A pooled connection that breaks while idle (server restart, failover) is dropped by the pool and
  // the next query opens a fresh one; without a listener the error would end the process.
  pool.on('error', () => {});
  return pool;
}

/** Turns a connection failure into an instruction naming DATABASE_URL; other errors pass unchanged. */
export function explainConnectionError(error: unknown, url: string): unknown {
  const code = (error as { code?: string } | null)?.code;
  const where = describeDatabase(url);
  const hints: Record<string, string> = {
    ECONNREFUSED: `nothing listens at ${where}; is Postgres running?`,
    ENOTFOUND: `the host of ${where} is unknown`,
    ETIMEDOUT: `${where} did not answer in time`,
    '28P01': `Postgres refused the password for ${where}`,
    '28000': `Postgres refused the user for ${where} (pg_hba.conf)`,
    '3D000': `the database of ${where} does not exist; create it first (createdb)`,
  };
  const hint = code ? hints[code] : undefined;
  if (!hint) return error;
  return new Error(`DATABASE_URL: cannot use Postgres: ${hint} (${code}).`, { cause: error });
}
