import type { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createStaffDirectory } from '../../../src/adapters/slack/create-staff-directory.js';
import type { SlackSettings } from '../../../src/adapters/slack/slack-settings.js';
import { recordingLogger } from '../../support/silent-logger.js';
import { slackSettings } from './slack-fixtures.js';

const settings = (over: Partial<SlackSettings> = {}) =>
  slackSettings({ staffLocale: 'sv', zendeskSubdomain: null, ...over });

/** A Web API client with only the calls the directory makes, counting them. */
function client(opts: {
  pages?: string[][];
  group?: string[];
  locales?: Record<string, string>;
  fail?: () => boolean;
}) {
  const calls: string[] = [];
  const maybeFail = () => {
    if (opts.fail?.()) throw new Error('slack is down');
  };
  const fake = {
    conversations: {
      members: async ({ cursor }: { cursor?: string }) => {
        calls.push(`members:${cursor ?? ''}`);
        maybeFail();
        const pages = opts.pages ?? [[]];
        const index = cursor ? Number(cursor) : 0;
        return {
          members: pages[index],
          response_metadata: { next_cursor: index + 1 < pages.length ? String(index + 1) : '' },
        };
      },
    },
    usergroups: {
      users: {
        list: async () => {
          calls.push('group');
          maybeFail();
          return { users: opts.group ?? [] };
        },
      },
    },
    users: {
      info: async ({ user }: { user: string }) => {
        calls.push(`info:${user}`);
        maybeFail();
        return { user: { id: user, locale: opts.locales?.[user] } };
      },
    },
  };
  return { calls, client: fake as unknown as webApi.WebClient };
}

describe('createStaffDirectory', () => {
  it('knows the members of every page of the privacy channel, and caches them for the TTL', async () => {
    let now = 0;
    const fake = client({ pages: [['U1', 'U2'], ['U3']] });
    const directory = createStaffDirectory({
      client: fake.client,
      settings: settings(),
      logger: recordingLogger(),
      now: () => now,
      membersTtlMs: 60_000,
    });
    expect(await directory.isStaff('U3')).toBe(true);
    expect(await directory.isStaff('U1')).toBe(true);
    expect(await directory.isStaff('U9')).toBe(false);
    expect(fake.calls).toEqual(['members:', 'members:1']);
    now = 61_000;
    await directory.isStaff('U1');
    expect(fake.calls.filter((c) => c === 'members:')).toHaveLength(2);
  });

  it('also lets members of the privacy user group act', async () => {
    const fake = client({ pages: [['U1']], group: ['U7'] });
    const directory = createStaffDirectory({
      client: fake.client,
      settings: settings({ privacyUsergroup: 'S1' }),
      logger: recordingLogger(),
    });
    expect(await directory.isStaff('U7')).toBe(true);
    expect(await directory.isStaff('U1')).toBe(true);
    expect(await directory.isStaff('U2')).toBe(false);
  });

  it('fails closed when neither is configured or Slack cannot be asked, but keeps a known list through an outage', async () => {
    const unconfigured = createStaffDirectory({
      client: client({}).client,
      settings: settings({ privacyChannel: null }),
      logger: recordingLogger(),
    });
    expect(await unconfigured.isStaff('U1')).toBe(false);

    let down = true;
    let now = 0;
    const fake = client({ pages: [['U1']], fail: () => down });
    const lines: Array<{ level: string; obj: unknown; msg?: string }> = [];
    const directory = createStaffDirectory({
      client: fake.client,
      settings: settings(),
      logger: recordingLogger(lines),
      now: () => now,
      membersTtlMs: 1_000,
    });
    expect(await directory.isStaff('U1')).toBe(false);
    expect(lines.some((l) => l.level === 'warn')).toBe(true);
    down = false;
    expect(await directory.isStaff('U1')).toBe(true);
    down = true;
    now = 5_000;
    expect(await directory.isStaff('U1')).toBe(true);
  });

  it('talks to people in their Slack locale when it is one of the four languages, else in the staff locale', async () => {
    const fake = client({ locales: { U1: 'nl-NL', U2: 'de-AT', U3: 'fr-FR' } });
    const directory = createStaffDirectory({
      client: fake.client,
      settings: settings(),
      logger: recordingLogger(),
    });
    expect(await directory.localeOf('U1')).toBe('nl');
    expect(await directory.localeOf('U2')).toBe('de');
    expect(await directory.localeOf('U3')).toBe('sv');
    expect(await directory.localeOf('U4')).toBe('sv');
    await directory.localeOf('U1');
    expect(fake.calls.filter((c) => c === 'info:U1')).toHaveLength(1);
    const broken = createStaffDirectory({
      client: client({ fail: () => true }).client,
      settings: settings(),
      logger: recordingLogger(),
    });
    expect(await broken.localeOf('U1')).toBe('sv');
  });
});
