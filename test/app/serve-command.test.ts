import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

function io(env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += String(c);
  });
  stderr.on('data', (c) => {
    err += String(c);
  });
  return { io: { stdin: new PassThrough(), stdout, stderr, env }, out: () => out, err: () => err };
}

describe('serve command', () => {
  it('refuses a bad port with the usage, before opening anything', async () => {
    const run = io({ DATABASE_URL: 'sqlite::memory:', STAFF_LOCALE: 'sv' });
    expect(await runCli(['serve', '--port', '70000'], run.io)).toBe(2);
    expect(run.err()).toContain('--port måste vara ett heltal');
    expect(run.err()).toContain('Usage: privacy-assistant serve');
  });

  it('refuses unknown flags', async () => {
    const run = io({ DATABASE_URL: 'sqlite::memory:' });
    expect(await runCli(['serve', '--prot', '3000'], run.io)).toBe(2);
    expect(run.err()).toContain('--prot');
  });

  it('reports an invalid Zendesk configuration by variable name', async () => {
    const run = io({ DATABASE_URL: 'sqlite::memory:', ZENDESK_API_TOKEN: 'x' });
    expect(await runCli(['serve', '--port', '0'], run.io)).toBe(78);
    expect(run.err()).toContain('ZENDESK_EMAIL');
  });
});
