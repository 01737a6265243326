import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Reads an optional `.env` file (Node's own parser, as `process.loadEnvFile` uses) into `env`.
 * Variables already set in the real environment win, so an operator can override a file value
 * for one run. Returns the file's path, or null when there is none.
 */
export function loadDotEnv(
  env: Record<string, string | undefined> = process.env,
  path: string = resolve('.env'),
): string | null {
  if (!existsSync(path)) return null;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8'))))
    if (env[name] === undefined) env[name] = value;
  return path;
}
