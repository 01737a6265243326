import { resolve } from 'node:path';
import type { App } from '../../app/create-app.js';
import { type CliCommand, CliError, type CliIo } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';

const USAGE = 'privacy-assistant migrate [--copy-from sqlite:<path>] [--json]';

/** What an operator can act on; anything else is unexpected and goes through the generic handler. */
function refusal(error: unknown): { key: string; vars: Record<string, unknown> } | null {
  const e = error as { name?: string; found?: number; message?: string };
  if (e?.name === 'SchemaTooNewError') return { key: 'tooNew', vars: { found: e.found } };
  if (e?.message?.startsWith('DATABASE_URL:')) return { key: 'unreachable', vars: { reason: e.message } };
  if (e?.name === 'CopyRefusedError') return { key: 'copyRefused', vars: { reason: e.message } };
  return null;
}

type Text = (key: string, vars?: Record<string, unknown>) => string;

/** `--copy-from`: moves a SQLite store's whole content into the fresh Postgres named by DATABASE_URL. */
async function copyFrom(source: string, json: boolean, io: CliIo, app: App, t: Text): Promise<number> {
  if (!/^sqlite:.+/.test(source) || source === 'sqlite::memory:')
    throw new CliError(`${t('copyFromSqlite', { value: source })}\nUsage: ${USAGE}`);
  if (!/^postgres(ql)?:\/\//.test(app.config.DATABASE_URL)) throw new CliError(t('copyToPostgres'));
  // A one-off operator step that opens both databases itself; nothing else is wired for it.
  const { copySqliteToPostgres } = await import('../../adapters/store/copy-sqlite-to-postgres.js');
  const sqlitePath = resolve(source.slice('sqlite:'.length));
  const { from, to, copied } = await copySqliteToPostgres({
    sqlitePath,
    postgresUrl: app.config.DATABASE_URL,
  });
  if (json)
    io.stdout.write(`${JSON.stringify({ kind: 'postgres', from, to, copiedFrom: sqlitePath, copied })}\n`);
  else
    io.stdout.write(
      `${t('copied', {
        path: sqlitePath,
        version: to,
        tasks: copied.tasks ?? 0,
        audit: copied.task_audit ?? 0,
        outbox: copied.outbox ?? 0,
        inbox: copied.inbox ?? 0,
        feedback: copied.answer_feedback ?? 0,
      })}\n`,
    );
  return 0;
}

/**
 * `migrate`: brings the database named by DATABASE_URL to this build's schema, explicitly (for a
 * deploy step before replicas start), and says from which version to which. Idempotent; safe while
 * other replicas start, since migrations take turns under a lock. With `--copy-from`, also moves
 * an existing SQLite store into a fresh Postgres database (the move to several replicas).
 */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database (DATABASE_URL, SQLite or Postgres) to this version’s schema',
  usage: USAGE,
  async run(args, io, app) {
    const { values, positionals } = parseFlags(
      args,
      { json: { type: 'boolean' }, 'copy-from': { type: 'string' } },
      USAGE,
    );
    const locale = app.config.STAFF_LOCALE;
    const t = (key: string, vars?: Record<string, unknown>) =>
      app.translate(`store:migrate.${key}`, locale, vars);
    if (positionals.length > 0)
      throw new CliError(`${t('unexpected', { value: positionals[0] })}\nUsage: ${USAGE}`);
    let result: Awaited<ReturnType<typeof app.migrateStore>>;
    try {
      const source = values['copy-from'];
      if (source !== undefined) return await copyFrom(source, values.json === true, io, app, t);
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
