import { userInfo } from 'node:os';
import type { App } from '../../../app/create-app.js';
import type { Language } from '../../../core/language/languages.js';
import { failureVars } from '../../../core/tasks/failure-vars.js';
import type { TaskFailure, TaskInputError } from '../../../core/tasks/task-errors.js';
import { CliError, type CliIo } from '../../cli-command.js';

export type StaffText = (key: string, vars?: Record<string, unknown>) => string;

/** `tasks:` messages in the staff language (STAFF_LOCALE). */
export function staffText(app: App): StaffText {
  const language = app.config.STAFF_LOCALE;
  return (key, vars) => app.translate(`tasks:${key}`, language, vars);
}

/** A usage problem: the message in the staff language, exit code 2, nothing changed. */
export function usageError(t: StaffText, key: string, vars?: Record<string, unknown>): CliError {
  return new CliError(t(`cli.invalid.${key}`, vars), 2);
}

/** A refused action (illegal transition, unknown task): the localised reason, exit code 1. */
export function refusalError(t: StaffText, failure: TaskFailure, language: Language): CliError {
  const vars = failureVars(failure, language, (key) => t(key.replace(/^tasks:/, '')));
  return new CliError(t(failure.messageKey.replace(/^tasks:/, ''), vars), 1);
}

/** Input the task service refused (a receipt in the future, a date out of range): exit code 2. */
export function inputError(t: StaffText, error: TaskInputError): CliError {
  return new CliError(t(error.messageKey.replace(/^tasks:/, ''), error.vars), 2);
}

/** More positional arguments than the command takes is a usage error, never silently ignored. */
export function rejectExtra(t: StaffText, positionals: string[], allowed: number, usage: string): void {
  const extra = positionals[allowed];
  if (extra !== undefined) throw usageError(t, 'extra', { value: extra, usage });
}

/** Who did it, for the audit trail: `--as <id>` or `cli:<os user>`. */
export function cliActor(as: string | undefined): string {
  if (as?.trim()) return as.trim();
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli:unknown';
  }
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function writeLines(io: CliIo, lines: string[]): void {
  io.stdout.write(`${lines.join('\n')}\n`);
}
