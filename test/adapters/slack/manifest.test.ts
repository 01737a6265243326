import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/app/project-paths.js';

const manifest = readFileSync(join(PROJECT_ROOT, 'manifest.yml'), 'utf8');
const source = (file: string) => readFileSync(join(PROJECT_ROOT, 'src/adapters/slack', file), 'utf8');
/** The list items under `key:` (one level of YAML, enough for this file). */
function listUnder(key: string): string[] {
  const start = manifest.indexOf(`${key}:`);
  const lines = manifest.slice(start).split('\n').slice(1);
  const items: string[] = [];
  for (const line of lines) {
    if (/^\s*#/.test(line)) continue;
    const item = /^\s+- ([\w.:/]+)\s*$/.exec(line);
    if (!item) break;
    items.push(item[1] as string);
  }
  return items;
}

describe('manifest.yml', () => {
  it('subscribes to exactly the events the listeners handle', () => {
    const handled = [...source('listeners/register-questions.ts').matchAll(/app\.event\('([\w.]+)'/g)]
      .concat([...source('listeners/register-home.ts').matchAll(/app\.event\('([\w.]+)'/g)])
      .map((m) => m[1]);
    // app.message listens to the direct messages (message.im) only: it returns on anything else.
    if (/app\.message\(/.test(source('listeners/register-questions.ts'))) handled.push('message.im');
    expect(listUnder('bot_events').sort()).toEqual(handled.sort());
  });

  it('declares the /privacy command, interactivity and the Home and Messages tabs, all on /slack/events', () => {
    expect(manifest).toMatch(/- command: \/privacy\n\s+url: https:\/\/[^\s]+\/slack\/events/);
    expect(manifest).toMatch(
      /interactivity:\n\s+is_enabled: true\n\s+request_url: https:\/\/[^\s]+\/slack\/events/,
    );
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
  });

  it('asks for the scope of every Web API method the bot calls', () => {
    const scopes = listUnder('bot');
    const needs: Record<string, string[]> = {
      'chat.postMessage': ['chat:write'],
      'conversations.members': ['channels:read', 'groups:read'],
      'usergroups.users.list': ['usergroups:read'],
      'users.info': ['users:read'],
    };
    for (const [method, required] of Object.entries(needs)) {
      const called = new RegExp(`\\.${method.replaceAll('.', '\\.')}\\(`).test(
        ['create-slack-outbox-handler.ts', 'create-staff-directory.ts'].map(source).join('\n'),
      );
      expect(called, method).toBe(true);
      for (const scope of required) expect(scopes, `${method} needs ${scope}`).toContain(scope);
    }
    for (const scope of ['app_mentions:read', 'commands', 'im:history']) expect(scopes).toContain(scope);
  });
});
