import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnTsx } from '../support/spawn-tsx.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pa-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `printf '…' | privacy-assistant serve` in its own process, from an empty folder (no .env) with
 * nothing configured but a temporary database: the fresh-clone experience.
 */
async function serve(input: string, env: Record<string, string> = {}) {
  const child = spawnTsx([MAIN, 'serve'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      DATABASE_URL: `sqlite:${join(dir, 'data', 'bot.db')}`,
      ...env,
    },
    input,
  });
  const code = await child.exited;
  return { code, out: child.out(), err: child.err() };
}

describe('serve on the console (no Slack, no Zendesk)', () => {
  it('answers a piped question on standard output and exits at end of input', async () => {
    const { code, out, err } = await serve('How long do you keep my data?\n', { LOG_LEVEL: 'debug' });
    expect(code).toBe(0);
    expect(out).toMatch(/24 months/);
    expect(out).toContain('Source: §8');
    // Quiet when piped: no banner, no prompt, no log line on standard output.
    expect(out).not.toContain('privacy>');
    expect(out).not.toContain('"level"');
    expect(err).toContain('"msg":"console started"');
  }, 60_000);

  it('runs commands against the embedded store, which survives to the next run', async () => {
    const first = await serve('new erasure 9001 2025-11-25\ntasks all\n', {
      STAFF_LOCALE: 'sv',
      LOG_LEVEL: 'warn',
    });
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Uppgift \S+ skapad: Radering, ärende 9001, senast 2025-12-29\./);
    expect(first.err).toBe('');
    const second = await serve('tasks all\nWhat time does the shop open?\n', { LOG_LEVEL: 'warn' });
    expect(second.out).toContain('| Erasure | received | 2025-12-29 | unassigned | #9001');
    expect(second.out).toContain('Sorry, that does not seem to be a question about our privacy policy');
  }, 60_000);

  it('refuses a bad configuration with the listing and exit code 78', async () => {
    const { code, out, err } = await serve('How long?\n', { REMINDER_DAYS: 'soon', TZ: 'Nowhere/Special' });
    expect(code).toBe(78);
    expect(err).toContain('REMINDER_DAYS');
    expect(err).toContain('TZ');
    expect(out).toBe('');
  }, 60_000);
});
