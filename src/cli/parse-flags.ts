import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './cli-command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict flag parsing: an unknown flag or a missing value is a `CliError` that names the flag and
 * points at the command's usage, never a stack trace.
 */
export function parseFlags<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    throw new CliError(`${message}\nUsage: ${usage}`);
  }
}
