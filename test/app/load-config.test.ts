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
