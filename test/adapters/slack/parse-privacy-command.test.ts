import { describe, expect, it } from 'vitest';
import { createTypeLookup, parsePrivacyCommand } from '../../../src/adapters/slack/parse-privacy-command.js';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { LANGUAGES } from '../../../src/core/language/languages.js';

const t = createTranslate();
const typeOf = createTypeLookup((type) => LANGUAGES.map((l) => t(`tasks:type.${type}`, l)));
const parse = (text: string) => parsePrivacyCommand(text, typeOf);

describe('parsePrivacyCommand', () => {
  it('reads help, empty input and help words in the four languages', () => {
    for (const text of ['', '   ', 'help', 'HELP', 'hulp', 'hjälp', 'Hilfe', '?'])
      expect(parse(text)).toEqual({ kind: 'help' });
  });

  it('reads task listings with their scope, in the staff languages', () => {
    expect(parse('tasks')).toEqual({ kind: 'tasks', scope: 'mine' });
    expect(parse('tasks all')).toEqual({ kind: 'tasks', scope: 'all' });
    expect(parse('Tasks OVERDUE')).toEqual({ kind: 'tasks', scope: 'overdue' });
    expect(parse('taken alle')).toEqual({ kind: 'tasks', scope: 'all' });
    expect(parse('uppgifter försenade')).toEqual({ kind: 'tasks', scope: 'overdue' });
    expect(parse('aufgaben meine')).toEqual({ kind: 'tasks', scope: 'mine' });
  });

  it('reads manual intake: type by id or by name in any language, ticket as number, #number or URL', () => {
    expect(parse('new erasure 9001')).toEqual({
      kind: 'new',
      type: 'erasure',
      ticketId: '9001',
      receivedAt: null,
      language: null,
    });
    expect(parse('new Verwijdering #9001 2025-03-03 nl')).toMatchObject({
      type: 'erasure',
      ticketId: '9001',
      receivedAt: '2025-03-03',
      language: 'nl',
    });
    expect(parse('nieuw inzage 12')).toMatchObject({ kind: 'new', type: 'access' });
    expect(parse('ny radering 12 sv 2025-03-03T14:30')).toMatchObject({
      type: 'erasure',
      receivedAt: '2025-03-03T14:30',
      language: 'sv',
    });
    expect(parse('neu Datenübertragbarkeit https://caliroots.zendesk.com/agent/tickets/77')).toMatchObject({
      type: 'portability',
      ticketId: '77',
    });
    expect(parse('new objection 5')).toMatchObject({ type: 'objection' });
    expect(parse('new breach 5')).toMatchObject({ type: 'breach' });
  });

  it('explains a malformed intake instead of treating it as a question', () => {
    expect(parse('new teleport 9001')).toEqual({ kind: 'bad-new', problem: 'type', value: 'teleport' });
    expect(parse('new erasure soon')).toEqual({ kind: 'bad-new', problem: 'ticket', value: 'soon' });
    expect(parse('new erasure')).toEqual({ kind: 'bad-new', problem: 'ticket', value: '' });
    expect(parse('new erasure 9001 2025-02-30')).toEqual({
      kind: 'bad-new',
      problem: 'extra',
      value: '2025-02-30',
    });
    expect(parse('new erasure 9001 nl en')).toEqual({ kind: 'bad-new', problem: 'extra', value: 'en' });
  });

  it('keeps everything else as a question, including questions that start with a keyword', () => {
    for (const text of [
      'Hoe lang bewaren jullie mijn gegevens?',
      'new rules on cookies?',
      'tasks you do with my data',
      'help me understand profiling',
      'What is a breach?',
    ])
      expect(parse(text)).toEqual({ kind: 'question', text });
  });
});
