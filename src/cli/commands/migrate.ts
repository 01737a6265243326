import { type CliCommand, CliError } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';

const USAGE = 'privacy-assistant migrate [--json]';

/** What an operator can act on; anything else is unexpected and goes through the generic handler. */
function refusal(error: unknown): { key: string; vars: Record<string, unknown> } | null {
  const e = error as { name?: string; found?: number; message?: string };
  if (e?.name === 'SchemaTooNewError') return { key: 'tooNew', vars: { found: e.found } };
  if (e?.message?.startsWith('DATABASE_URL:')) return { key: 'unreachable', vars: { reason: e.message } };
  return null;
}

/**
 * `migrate`: brings the database named by DATABASE_URL to this build's schema, explicitly (for a
 * deploy step before replicas start), and says from which version to which. Idempotent; safe while
 * other replicas start, since migrations take turns under a lock.
 */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database (DATABASE_URL, SQLite or Postgres) to this version’s schema',
  usage: USAGE,
  async run(args, io, app) {
    const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } }, USAGE);
    const locale = app.config.STAFF_LOCALE;
    const t = (key: string, vars?: Record<string, unknown>) =>
      app.translate(`store:migrate.${key}`, locale, vars);
    if (positionals.length > 0)
      throw new CliError(`${t('unexpected', { value: positionals[0] })}\nUsage: ${USAGE}`);
    let result: Awaited<ReturnType<typeof app.migrateStore>>;
    try {
      result = await app.migrateStore();
    } catch (error) {
      const known = refusal(error);
      if (!known) throw error;
      throw new CliError(t(known.key, known.vars), 1);
    }
    const { kind, from, to } = result;
    if (values.json) io.stdout.write(`${JSON.stringify({ kind, from, to, applied: to - from })}\n`);
    else
      io.stdout.write(
        `${from === to ? t('upToDate', { kind, version: to }) : t('migrated', { kind, from, to })}\n`,
      );
    return 0;
  },
};
