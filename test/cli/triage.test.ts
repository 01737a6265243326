import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  return runCliCaptured(args, { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', ...env }, input);
}

const dir = mkdtempSync(join(tmpdir(), 'triage-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('privacy-assistant triage --jsonl', () => {
  it('writes one verdict per ticket, in order', async () => {
    const input = [
      { id: 'a1', subject: 'Konto löschen', description: 'Bitte löschen Sie mein Konto und meine Daten.' },
      { id: 2, subject: 'Cancel', description: 'Please cancel order 5012388, wrong size.' },
      {
        id: 'a3',
        subject: '',
        description: 'Hoe lang bewaren jullie mijn gegevens?',
        requester: 'x@example.nl',
      },
    ]
      .map((t) => JSON.stringify(t))
      .join('\n');
    const { code, out, err } = await cli(['triage', '--jsonl'], `${input}\n`);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.id, r.language, r.privacy, r.types])).toEqual([
      ['a1', 'de', true, ['erasure']],
      [2, 'en', false, []],
      ['a3', 'nl', false, ['question']],
    ]);
    expect(Object.keys(rows[0])).toEqual(['id', 'language', 'privacy', 'types', 'confidence', 'evidence']);
    expect(rows[0].evidence[0]).toMatchObject({ type: 'erasure' });
  });

  it('answers a bad line with an error row, goes on, and exits non-zero', async () => {
    const input = [
      '{"id":"ok1","description":"Radera mitt konto tack"}',
      '{not json',
      '{"id":"b2","description":7}',
      '',
    ].join('\n');
    const { code, out, err } = await cli(['triage', '--jsonl'], input);
    expect(code).toBe(1);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: 'ok1', privacy: true, types: ['erasure'] });
    expect(rows[1]).toMatchObject({ line: 2, id: null });
    expect(rows[2]).toMatchObject({ line: 3, id: 'b2' });
    expect(rows[2].error).toContain('description');
    expect(err).toContain('2 of 3');
  });

  it('numbers error rows by input line when blank lines come first', async () => {
    const { code, out } = await cli(['triage', '--jsonl'], '\n\n[1]\n\n{"id":"x"}\n');
    expect(code).toBe(1);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
    expect(rows[0].error).toMatch(/^line 3 is not a ticket/);
  });
});

describe('privacy-assistant triage <ticket.json>', () => {
  it('explains the verdict for a person in STAFF_LOCALE', async () => {
    const file = join(dir, 'ticket.json');
    writeFileSync(
      file,
      JSON.stringify({
        subject: 'Re: Order #5012388',
        description:
          'Send me all the data you hold about me, then delete my account. My brother uses tom@example.net.',
        requester: { email: 'me@example.org' },
      }),
    );
    const en = await cli(['triage', file]);
    expect(en.code).toBe(0);
    expect(en.out).toContain('Privacy request: access, erasure');
    expect(en.out).toContain('Order numbers: 5012388');
    expect(en.out).toContain('tom@example.net');
    const sv = await cli(['triage', file], '', { STAFF_LOCALE: 'sv' });
    expect(sv.out).toContain('Integritetsbegäran: tillgång, radering');
    const json = await cli(['triage', file, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ privacy: true, types: ['access', 'erasure'] });
  });

  it('refuses a missing file, bad JSON, a non-ticket and a missing argument with a clear message', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"subject": 1');
    const notTicket = join(dir, 'not-ticket.json');
    writeFileSync(notTicket, '{"subject": "hi"}');
    expect(await cli(['triage', join(dir, 'missing.json')])).toMatchObject({ code: 1, out: '' });
    expect((await cli(['triage', bad])).err).toContain('not valid JSON');
    expect((await cli(['triage', notTicket])).err).toContain('description');
    const none = await cli(['triage']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('--jsonl');
    expect((await cli(['triage', '--frobnicate'])).code).toBe(2);
  });
});
