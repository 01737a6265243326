import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDotEnv } from '../../src/cli/load-dot-env.js';
import { knowledgeCopies } from '../support/knowledge-copies.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-cli-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('privacy-assistant config check', () => {
  it('accepts an empty environment (console mode) and shows the defaults', async () => {
    const { code, out } = await runCliCaptured(['config', 'check'], {});
    expect(code).toBe(0);
    expect(out).toContain('Configuration is valid.');
    expect(out).toMatch(/DATABASE_URL\s+sqlite:\.\/data\/privacy-assistant\.db/);
    expect(out).toMatch(/REMINDER_DAYS\s+7,3,1/);
  });

  it('lists every problem with exit code 78 and never prints a secret', async () => {
    const env = {
      PORT: 'eighty',
      DIGEST_TIME: '9am',
      TZ: 'Mars/Olympus',
      SLACK_BOT_TOKEN: 'xoxb-very-secret-token',
      ZENDESK_API_TOKEN: 'zendesk-secret-token',
    };
    const { code, out, err } = await runCliCaptured(['config', 'check'], env);
    expect(code).toBe(78);
    for (const name of ['PORT', 'DIGEST_TIME', 'TZ']) expect(err).toContain(`${name}:`);
    expect(`${out}${err}`).not.toContain('very-secret');
    expect(`${out}${err}`).not.toContain('zendesk-secret');
    const json = await runCliCaptured(['config', 'check', '--json'], env);
    expect(json.code).toBe(78);
    const report = JSON.parse(json.out);
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThanOrEqual(3);
    expect(report.settings.SLACK_BOT_TOKEN).toBe('[hidden]');
  });

  it('warns about probable mistakes: a misspelt variable, Slack without a privacy channel', async () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'shh', SLACK_DIGEST_CHANEL: 'C1' };
    const { code, out } = await runCliCaptured(['config', 'check', '--json'], env);
    expect(code).toBe(0);
    const keys = JSON.parse(out).warnings.map(
      (w: { key: string; suggestion?: string }) => w.suggestion ?? w.key,
    );
    expect(keys).toEqual(
      expect.arrayContaining(['SLACK_DIGEST_CHANNEL', 'noPrivacyChannel', 'noDigestRecipients']),
    );
  });

  it('hides the password of a Postgres URL', async () => {
    const { out } = await runCliCaptured(['config', 'check', '--json'], {
      DATABASE_URL: 'postgres://bot:hunter2@db.internal:5432/privacy',
    });
    expect(out).not.toContain('hunter2');
    expect(JSON.parse(out).settings.DATABASE_URL).toBe('postgres://bot:[hidden]@db.internal:5432/privacy');
  });

  it('hides every password, userinfo and password-like query parameter in URLs, valid or not', async () => {
    const cases: Array<[string, string, string]> = [
      ['DATABASE_URL', 'postgres://db:5432/x?password=QSECRET1', 'postgres://db:5432/x?password=[hidden]'],
      ['ZENDESK_API_URL', 'http://bot:ZSECRET2@127.0.0.1:9/api/v2', 'http://bot:[hidden]@127.0.0.1:9/api/v2'],
      ['SLACK_API_URL', 'http://TSECRET3@127.0.0.1:9/api/', 'http://[hidden]@127.0.0.1:9/api/'],
      [
        'DATABASE_URL',
        'postgres://pa@db/x?sslmode=require&pwd=WSECRET4',
        'postgres://[hidden]@db/x?sslmode=require&pwd=[hidden]',
      ],
      ['DATABASE_URL', 'mysql://pa:PSECRET5@db/x', 'mysql://pa:[hidden]@db/x'],
      ['DATABASE_URL', 'postgres://pa:PS@CRET6@db/x', 'postgres://pa:[hidden]@db/x'],
      [
        'ZENDESK_API_URL',
        'not a url?token=KSECRET7&api_key=KSECRET8',
        'not a url?token=[hidden]&api_key=[hidden]',
      ],
      ['DATABASE_URL', 'postgres://db/x#password=DSECRET9', 'postgres://db/x#password=[hidden]'],
    ];
    for (const [name, value, shown] of cases) {
      const text = await runCliCaptured(['config', 'check'], { [name]: value });
      expect(`${text.out}${text.err}`).not.toMatch(/SECRET\d|CRET6/);
      expect(`${text.out}${text.err}`).toContain(shown);
      const json = await runCliCaptured(['config', 'check', '--json'], { [name]: value });
      expect(json.out).not.toMatch(/SECRET\d|CRET6/);
      expect(JSON.parse(json.out).settings[name]).toBe(shown);
      const serve = await runCliCaptured(['serve'], { [name]: value, PORT: 'x', LOG_LEVEL: 'silent' });
      expect(serve.code).toBe(78);
      expect(`${serve.out}${serve.err}`).not.toMatch(/SECRET\d|CRET6/);
    }
  });

  it('lists single-field and cross-field problems together', async () => {
    const { code, err } = await runCliCaptured(['config', 'check'], {
      ZENDESK_SUBDOMAIN: 'cali',
      ZENDESK_API_TOKEN: 't',
      SLACK_BOT_TOKEN: 'xoxb-1',
      PORT: '99999',
    });
    expect(code).toBe(78);
    expect(err).toContain('Configuration has 3 problems');
    expect(err).toMatch(/- PORT: /);
    expect(err).toMatch(/- ZENDESK_SUBDOMAIN \(or ZENDESK_API_URL\), ZENDESK_EMAIL and ZENDESK_API_TOKEN/);
    expect(err).toMatch(/- SLACK_SIGNING_SECRET: required/);
  });

  it('needs the word check', async () => {
    expect((await runCliCaptured(['config'], {})).code).toBe(2);
  });

  it('makes serve exit with 78 and the listing on a bad configuration, before opening anything', async () => {
    const { code, err, out } = await runCliCaptured(['serve'], {
      PORT: 'x',
      COUNTRY: 'FR',
      LOG_LEVEL: 'silent',
    });
    expect(code).toBe(78);
    expect(err).toContain('PORT');
    expect(err).toContain('COUNTRY');
    expect(out).toBe('');
  });
});

describe('a broken knowledge directory (KNOWLEDGE_DIR)', () => {
  const copyOfKnowledge = knowledgeCopies('config-kb-');

  it('makes any command exit with 78 and the listing of a broken playbook, with its full path', async () => {
    const knowledge = copyOfKnowledge();
    const path = join(knowledge, 'playbooks', 'erasure.json');
    writeFileSync(path, '{bad');
    for (const args of [['tasks', 'list'], ['serve']]) {
      const { code, err } = await runCliCaptured(args, {
        KNOWLEDGE_DIR: knowledge,
        DATABASE_URL: 'sqlite::memory:',
        LOG_LEVEL: 'silent',
      });
      expect(code).toBe(78);
      expect(err).toContain(`${path}: not valid JSON`);
      expect(err).not.toContain('Unexpected error');
      expect(err).not.toContain('no playbook for');
    }
  });

  it('checks the knowledge folder as serve would: a broken playbook or policy file is a problem (exit 78)', async () => {
    const knowledge = copyOfKnowledge();
    const playbook = join(knowledge, 'playbooks', 'access.json');
    const parsed = JSON.parse(readFileSync(playbook, 'utf8'));
    parsed.policySections.push('99');
    writeFileSync(playbook, JSON.stringify(parsed));
    const broken = await runCliCaptured(['config', 'check', '--json'], { KNOWLEDGE_DIR: knowledge });
    expect(broken.code).toBe(78);
    expect(JSON.parse(broken.out).problems).toEqual([expect.stringContaining(`${playbook}: policySections`)]);
    const bundled = await runCliCaptured(['config', 'check'], {});
    expect(bundled.code).toBe(0);
  });

  it('makes any command exit with 78 and the listing of a broken policy file', async () => {
    const knowledge = copyOfKnowledge();
    const path = join(knowledge, 'policy', 'sections', '08.json');
    const section = JSON.parse(readFileSync(path, 'utf8'));
    delete section.en.title;
    writeFileSync(path, JSON.stringify(section));
    const { code, err } = await runCliCaptured(['serve'], {
      KNOWLEDGE_DIR: knowledge,
      DATABASE_URL: 'sqlite::memory:',
      LOG_LEVEL: 'silent',
    });
    expect(code).toBe(78);
    expect(err).toContain(`${path}: en.title:`);
    expect(err).not.toContain('Unexpected error');
    expect(err).not.toContain('answer-model.json');
  });
});

describe('.env', () => {
  it('fills in variables from the file; the real environment wins', () => {
    const path = join(dir, '.env');
    writeFileSync(path, '# comment\nSTAFF_LOCALE=sv\nTZ="Europe/Amsterdam"\nCOUNTRY=NL\n');
    const env: Record<string, string | undefined> = { COUNTRY: 'SE' };
    expect(loadDotEnv(env, path)).toBe(path);
    expect(env).toEqual({ COUNTRY: 'SE', STAFF_LOCALE: 'sv', TZ: 'Europe/Amsterdam' });
  });

  it('is optional', () => {
    const env = {};
    expect(loadDotEnv(env, join(dir, 'missing.env'))).toBeNull();
    expect(env).toEqual({});
  });
});
