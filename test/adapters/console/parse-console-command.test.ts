import { describe, expect, it } from 'vitest';
import {
  createTypeLookup,
  parseConsoleCommand,
} from '../../../src/adapters/console/parse-console-command.js';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { LANGUAGES } from '../../../src/core/language/languages.js';

const translate = createTranslate();
const typeOf = createTypeLookup((type) => LANGUAGES.map((l) => translate(`tasks:type.${type}`, l)));
const parse = (line: string) => parseConsoleCommand(line, typeOf);

describe('parseConsoleCommand', () => {
  it('reads the Slack /privacy commands, in the four staff languages', () => {
    expect(parse('help')).toEqual({ kind: 'help' });
    expect(parse('hjälp')).toEqual({ kind: 'help' });
    expect(parse('tasks')).toEqual({ kind: 'tasks', scope: 'mine' });
    expect(parse('tasks all')).toEqual({ kind: 'tasks', scope: 'all' });
    expect(parse('Taken verlopen')).toEqual({ kind: 'tasks', scope: 'overdue' });
    expect(parse('aufgaben überfällig')).toEqual({ kind: 'tasks', scope: 'overdue' });
    expect(parse('digest')).toEqual({ kind: 'digest' });
    expect(parse('översikt')).toEqual({ kind: 'digest' });
    expect(parse('/privacy tasks all')).toEqual({ kind: 'tasks', scope: 'all' });
    expect(parse('quit')).toEqual({ kind: 'quit' });
  });

  it('reads new with a type in any language, an optional ticket, date and language', () => {
    expect(parse('new erasure 9001')).toEqual({
      kind: 'new',
      type: 'erasure',
      ticketId: '9001',
      receivedAt: null,
      language: null,
    });
    expect(parse('new access')).toMatchObject({ kind: 'new', type: 'access', ticketId: null });
    expect(parse('ny radering #42 2025-03-05T10:15 sv')).toEqual({
      kind: 'new',
      type: 'erasure',
      ticketId: '42',
      receivedAt: '2025-03-05T10:15',
      language: 'sv',
    });
    expect(parse('new access https://caliroots.zendesk.com/agent/tickets/77')).toMatchObject({
      ticketId: '77',
    });
    expect(parse('new access 2025-03-05')).toMatchObject({ ticketId: null, receivedAt: '2025-03-05' });
  });

  it('explains a new command it cannot read', () => {
    expect(parse('new bogus 12')).toEqual({ kind: 'bad-new', problem: 'type', value: 'bogus' });
    expect(parse('new access soon')).toEqual({ kind: 'bad-new', problem: 'ticket', value: 'soon' });
    expect(parse('new access 12 tomorrow')).toEqual({ kind: 'bad-new', problem: 'extra', value: 'tomorrow' });
  });

  it('reads task actions on a task id only', () => {
    const id = '0e0bad5f-8dcc-4710-8eba-d1ccde3d6301';
    expect(parse(`claim ${id}`)).toEqual({ kind: 'action', action: 'claim', taskId: id });
    expect(parse(`complete ${id.toUpperCase()}`)).toEqual({ kind: 'action', action: 'complete', taskId: id });
  });

  it('takes everything else as a question', () => {
    for (const text of [
      'How long do you keep my data?',
      'new rules on cookies?',
      'help me delete my account',
      'tasks of the data protection officer?',
      'complete my order please',
      'digest of the policy please',
    ])
      expect(parse(text)).toEqual({ kind: 'question', text });
  });
});
