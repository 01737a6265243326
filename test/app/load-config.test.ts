import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/load-config.js';

describe('loadConfig', () => {
  it('runs with nothing set: console, SQLite, Stockholm', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('sqlite:./data/privacy-assistant.db');
    expect(config.TZ).toBe('Europe/Stockholm');
    expect(config.COUNTRY).toBe('SE');
    expect(config.PORT).toBe(3000);
    expect(config.REMINDER_DAYS).toEqual([7, 3, 1]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every problem at once, by variable name, without printing secrets', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        TZ: 'Mars/Olympus',
        DIGEST_TIME: '9am',
        COUNTRY: 'FR',
        SLACK_APP_TOKEN: 'xoxb-super-secret',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'TZ', 'DIGEST_TIME', 'COUNTRY']) expect(message).toContain(name);
    expect(message).not.toContain('super-secret');
  });

  it('refuses half a Zendesk or Slack setup with a fix', () => {
    expect(() => loadConfig({ ZENDESK_SUBDOMAIN: 'caliroots' })).toThrow(/ZENDESK_EMAIL/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'nope' })).toThrow(/xapp-/);
  });

  it('lists the cross-field problems together with the single-field ones', () => {
    const env = {
      ZENDESK_SUBDOMAIN: 'cali',
      ZENDESK_API_TOKEN: 't',
      SLACK_BOT_TOKEN: 'xoxb-1',
      PORT: '99999',
    };
    let problems: string[] = [];
    try {
      loadConfig(env);
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^PORT: /);
    expect(problems.join('\n')).toMatch(/ZENDESK_EMAIL/);
    expect(problems.join('\n')).toMatch(/^SLACK_SIGNING_SECRET: required/m);
  });

  it('counts a variable that is set but invalid as set in the cross-field rules', () => {
    let problems: string[] = [];
    try {
      loadConfig({ ZENDESK_API_URL: 'not a url', ZENDESK_EMAIL: 'a@b.c', ZENDESK_API_TOKEN: 't' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([expect.stringMatching(/^ZENDESK_API_URL: must be a URL/)]);
  });

  it('parses flags and lists', () => {
    const config = loadConfig({
      ZENDESK_PUBLIC_REPLY: 'on',
      REMINDER_DAYS: '1, 5,3',
      DIGEST_USERS: 'U1, U2',
    });
    expect(config.ZENDESK_PUBLIC_REPLY).toBe(true);
    expect(config.REMINDER_DAYS).toEqual([5, 3, 1]);
    expect(config.DIGEST_USERS).toEqual(['U1', 'U2']);
  });
});
