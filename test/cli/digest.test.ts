import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-cli-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshEnv = () => {
  n += 1;
  return {
    DATABASE_URL: `sqlite:${join(dir, `d${n}.db`)}`,
    LOG_LEVEL: 'silent',
    STAFF_LOCALE: 'en',
  } as Record<string, string>;
};

async function create(env: Record<string, string>, ...args: string[]) {
  const result = await runCliCaptured(['tasks', 'create', ...args, '--json'], env);
  if (result.code !== 0) throw new Error(result.err);
  return JSON.parse(result.out) as { id: string };
}

describe('privacy-assistant digest', () => {
  it('previews the digest as of --now as JSON with overdue, dueSoon and counts', async () => {
    const env = freshEnv();
    const late = await create(env, '--type', 'access', '--received', '2025-11-10', '--ticket', '100');
    const soon = await create(
      env,
      '--type',
      'erasure',
      '--received',
      '2025-11-25',
      '--ticket',
      '101',
      '--requester',
      'eva@example.com',
    );
    await create(env, '--type', 'portability', '--received', '2025-12-15', '--ticket', '102');
    const { code, out } = await runCliCaptured(['digest', '--now', '2025-12-22T09:00', '--json'], env);
    expect(code).toBe(0);
    const digest = JSON.parse(out);
    expect(digest.date).toBe('2025-12-22');
    expect(digest.overdue).toEqual([
      expect.objectContaining({ id: late.id, type: 'access', due: '2025-12-10' }),
    ]);
    expect(digest.dueSoon).toEqual([
      expect.objectContaining({ id: soon.id, type: 'erasure', due: '2025-12-29' }),
    ]);
    expect(digest.counts).toMatchObject({ open: 3, overdue: 1, dueSoon: 1, unassigned: 3 });
    expect(out).not.toContain('eva@example.com');
  });

  it('renders text in STAFF_LOCALE', async () => {
    const env = { ...freshEnv(), STAFF_LOCALE: 'nl' };
    await create(env, '--type', 'access', '--received', '2025-11-10', '--ticket', '100');
    const { code, out } = await runCliCaptured(['digest', '--now', '2025-12-22T09:00'], env);
    expect(code).toBe(0);
    expect(out).toContain('Privacyoverzicht van 2025-12-22');
    expect(out).toContain('12 dagen te laat (uiterlijk 2025-12-10)');
  });

  it('sends once per day and recipient', async () => {
    const env = {
      ...freshEnv(),
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_DIGEST_CHANNEL: 'C0PRIVACY',
      DIGEST_USERS: 'U1,U2',
    };
    const first = await runCliCaptured(['digest', '--now', '2025-12-22T09:00', '--send', '--json'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out).sent).toMatchObject({ queued: 3 });
    const again = await runCliCaptured(['digest', '--now', '2025-12-22T15:00', '--send'], env);
    expect(again.code).toBe(0);
    expect(again.out).toContain('queued for 3 recipient(s); 0 new');
  });

  it('refuses to send without Slack or recipients, and a bad --now, changing nothing', async () => {
    const env = freshEnv();
    const noSlack = await runCliCaptured(['digest', '--send'], env);
    expect(noSlack.code).toBe(2);
    expect(noSlack.err).toContain('SLACK_BOT_TOKEN');
    const noOne = await runCliCaptured(['digest', '--send'], {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
    });
    expect(noOne.code).toBe(2);
    expect(noOne.err).toContain('DIGEST_USERS');
    const bad = await runCliCaptured(['digest', '--now', 'yesterday'], env);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--now');
    expect((await runCliCaptured(['digest', '--bogus'], env)).code).toBe(2);
  });

  it('refuses a --now outside the years 1970-2999 and an extra argument, with exit 2', async () => {
    const env = freshEnv();
    const early = await runCliCaptured(['digest', '--now', '0099-01-01', '--json'], env);
    expect(early).toMatchObject({ code: 2, out: '' });
    expect(early.err).toMatch(/--now must lie in the years 1970–2999, got "0099-01-01"/);
    const extra = await runCliCaptured(['digest', 'extra'], env);
    expect(extra).toMatchObject({ code: 2, out: '' });
    expect(extra.err).toMatch(/Unexpected argument "extra"[\s\S]*Usage: privacy-assistant digest/);
  });
});
