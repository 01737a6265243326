import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/create-progress.js';
import { runCli } from '../../src/cli/run-cli.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

function stream(tty: boolean) {
  const s = new PassThrough();
  Object.assign(s, { isTTY: tty });
  let text = '';
  s.on('data', (d) => {
    text += d;
  });
  return { s, text: () => text };
}

describe('createProgress', () => {
  it('draws one line in place on a terminal and clears it when done', () => {
    const { s, text } = stream(true);
    const progress = createProgress(s, 0);
    progress.update('1 done');
    progress.update('2 done');
    progress.done();
    expect(text()).toBe('\r\x1b[K1 done\r\x1b[K2 done\r\x1b[K');
  });

  it('draws at most once per interval', () => {
    const { s, text } = stream(true);
    const progress = createProgress(s, 60_000);
    for (let i = 1; i <= 500; i += 1) progress.update(`${i} done`);
    expect(text()).toBe('\r\x1b[K1 done');
  });

  it('writes nothing when standard error is not a terminal', () => {
    const { s, text } = stream(false);
    const progress = createProgress(s, 0);
    progress.update('1 done');
    progress.done();
    expect(text()).toBe('');
  });
});

describe('tasks purge progress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pa-progress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'p.db')}`, LOG_LEVEL: 'silent', STAFF_LOCALE: 'en' };

  it('shows the running count on a terminal, and keeps standard output clean', async () => {
    const created = await runCliCaptured(
      ['tasks', 'create', '--type', 'access', '--received', '2020-01-06', '--json'],
      env,
    );
    const { id } = JSON.parse(created.out) as { id: string };
    expect((await runCliCaptured(['tasks', 'withdraw', id], env)).code).toBe(0);
    // Closed years ago: a purge may not run as of a later "now", so the record is aged instead.
    const db = new Database(join(dir, 'p.db'));
    db.prepare('UPDATE tasks SET closed_at = ? WHERE id = ?').run('2020-01-07T00:00:00.000Z', id);
    db.close();
    const err = stream(true);
    const out = stream(false);
    const code = await runCli(['tasks', 'purge'], {
      stdin: new PassThrough(),
      stdout: out.s,
      stderr: err.s,
      env,
    });
    expect(code).toBe(0);
    expect(err.text()).toContain('Purging closed tasks: 1 done');
    expect(err.text().endsWith('\r\x1b[K')).toBe(true);
    expect(out.text()).not.toContain('\r');
  });
});
