import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

const cli = (args: string[], env: Record<string, string> = {}) =>
  runCliCaptured(args, { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', ...env });

const json = async (args: string[], env?: Record<string, string>) => {
  const result = await cli([...args, '--json'], env);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
};

describe('privacy-assistant deadline', () => {
  it('prints the one-month deadline, its end instant and the extended date', async () => {
    expect(await json(['deadline', '--type', 'erasure', '--received', '2025-01-31'])).toMatchObject({
      type: 'erasure',
      received: '2025-01-30T23:00:00.000Z',
      due: '2025-02-28',
      dueAt: '2025-02-28T22:59:59.999Z',
      extendedDue: '2025-04-30',
      extendedDueAt: '2025-04-30T21:59:59.999Z',
      rule: 'art12-one-month',
    });
    expect((await json(['deadline', '--type', 'access', '--received', '2025-11-25'])).due).toBe('2025-12-29');
  });

  it('gives a breach its exact instant across the clock change, with no extension', async () => {
    expect(await json(['deadline', '--type', 'breach', '--received', '2025-10-24T10:00'])).toMatchObject({
      due: '2025-10-27',
      dueAt: '2025-10-27T08:00:00.000Z',
      extendedDue: null,
      extendedDueAt: null,
      rule: 'art33-72-hours',
    });
  });

  it('takes the country and zone from flags or from COUNTRY and TZ', async () => {
    const args = ['deadline', '--type', 'access', '--received', '2026-03-27'];
    expect((await json(args)).due).toBe('2026-04-27');
    expect((await json([...args, '--country', 'NL', '--tz', 'Europe/Amsterdam'])).due).toBe('2026-04-28');
    expect((await json(args, { COUNTRY: 'NL' })).due).toBe('2026-04-28');
    // 23:30 UTC on 31 January is 1 February in Stockholm but still 31 January in London.
    const late = ['deadline', '--type', 'access', '--received', '2025-01-31T23:30:00Z'];
    expect((await json(late)).due).toBe('2025-03-03');
    expect((await json([...late, '--tz', 'Europe/London'])).due).toBe('2025-02-28');
  });

  it('explains itself in the staff language', async () => {
    const { code, out } = await cli(['deadline', '--type', 'objection', '--received', '2025-12-24'], {
      STAFF_LOCALE: 'sv',
    });
    expect(code).toBe(0);
    expect(out).toContain('Senast: 2025-12-29');
    expect(out).toContain('Ingen förlängning möjlig.');
  });

  it('computes what-if deadlines up to the last supported year, and in the future', async () => {
    expect((await json(['deadline', '--type', 'access', '--received', '2999-12-31'])).due).toBe('3000-01-31');
    expect((await json(['deadline', '--type', 'breach', '--received', '2999-12-31T10:00'])).due).toBe(
      '3000-01-03',
    );
    expect((await json(['deadline', '--type', 'access', '--received', '1970-01-01'])).due).toBe('1970-02-02');
  });

  it.each([
    [['--type', 'complaint', '--received', '2025-01-01'], /--type must be one of/],
    [['--type', 'access', '--received', '31-01-2025'], /--received must be a date/],
    [['--type', 'access', '--received', '2025-02-30'], /--received must be a date/],
    [['--type', 'access'], /Missing --received/],
    [['--type', 'access', '--received', '2025-01-01', '--country', 'DE'], /--country must be one of: SE, NL/],
    [
      ['--type', 'access', '--received', '2025-01-01', '--tz', 'Mars/Olympus'],
      /--tz must be an IANA time zone/,
    ],
    [['--type', 'access', '--received', '2025-01-01', '--days', '3'], /Unknown option '--days'/],
    [['--type', 'access', '--received', '0001-01-01'], /--received must lie in the years 1970–2999/],
    [['--type', 'access', '--received', '0099-12-31T10:00'], /--received must lie in the years 1970–2999/],
    [['--type', 'access', '--received', '9999-12-31'], /--received must lie in the years 1970–2999/],
    [['--type', 'breach', '--received', '9999-12-31T10:00'], /--received must lie in the years 1970–2999/],
    [['--type', 'access', '--received', '2025-01-31T10:00+25:00'], /--received must be a date/],
    [['--type', 'access', '--received', '2025-01-31', 'extra'], /Unexpected argument "extra"[\s\S]*Usage:/],
  ])('rejects %j with a clear message and exit code 2', async (args, message) => {
    const { code, out, err } = await cli(['deadline', ...args]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});
