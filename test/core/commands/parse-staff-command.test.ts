import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { createTypeLookup, parseStaffCommand } from '../../../src/core/commands/parse-staff-command.js';
import { LANGUAGES } from '../../../src/core/language/languages.js';

const t = createTranslate();
const typeOf = createTypeLookup((type) => LANGUAGES.map((l) => t(`tasks:type.${type}`, l)));
/** As Slack reads `/privacy …`: help, tasks and new (with a ticket); everything else is a question. */
const parse = (text: string) => parseStaffCommand(text, typeOf);
/** As the console reads a line: also digest, quit, task actions by id, and new without a ticket. */
const consoleParse = (line: string) =>
  parseStaffCommand(line, typeOf, {
    digest: true,
    quit: true,
    actions: true,
    newWithoutTicket: true,
    usageLines: true,
  });

describe('parseStaffCommand as Slack reads it', () => {
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
    expect(parse('new erasure 0')).toEqual({ kind: 'bad-new', problem: 'ticket', value: '0' });
    expect(parse('new erasure 9001 2025-02-30')).toEqual({
      kind: 'bad-new',
      problem: 'date',
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
      'digest',
      'quit',
      'claim 0e0bad5f-8dcc-4710-8eba-d1ccde3d6301',
    ])
      expect(parse(text)).toEqual({ kind: 'question', text });
  });
});

describe('parseStaffCommand as the console reads it', () => {
  it('reads the Slack /privacy commands, in the four staff languages', () => {
    expect(consoleParse('help')).toEqual({ kind: 'help' });
    const id = '0d496172-6aaf-4778-810a-c2e86a0eaad0';
    expect(consoleParse(`check ${id} verify-identity`)).toEqual({
      kind: 'check',
      taskId: id,
      item: 'verify-identity',
      done: true,
    });
    expect(consoleParse(`uncheck ${id} verify-identity`)).toEqual({
      kind: 'check',
      taskId: id,
      item: 'verify-identity',
      done: false,
    });
    expect(consoleParse(`check ${id}`)).toEqual({ kind: 'usage', command: 'check' });
    expect(consoleParse('check my order please')).toMatchObject({ kind: 'question' });
    expect(parse(`check ${id} verify-identity`)).toMatchObject({ kind: 'question' });
    expect(consoleParse('hjälp')).toEqual({ kind: 'help' });
    expect(consoleParse('tasks')).toEqual({ kind: 'tasks', scope: 'mine' });
    expect(consoleParse('tasks all')).toEqual({ kind: 'tasks', scope: 'all' });
    expect(consoleParse('Taken verlopen')).toEqual({ kind: 'tasks', scope: 'overdue' });
    expect(consoleParse('aufgaben überfällig')).toEqual({ kind: 'tasks', scope: 'overdue' });
    expect(consoleParse('digest')).toEqual({ kind: 'digest' });
    expect(consoleParse('översikt')).toEqual({ kind: 'digest' });
    expect(consoleParse('/privacy tasks all')).toEqual({ kind: 'tasks', scope: 'all' });
    expect(consoleParse('quit')).toEqual({ kind: 'quit' });
  });

  it('reads new with a type in any language, an optional ticket, date and language', () => {
    expect(consoleParse('new erasure 9001')).toEqual({
      kind: 'new',
      type: 'erasure',
      ticketId: '9001',
      receivedAt: null,
      language: null,
    });
    expect(consoleParse('new access')).toMatchObject({ kind: 'new', type: 'access', ticketId: null });
    expect(consoleParse('ny radering #42 2025-03-05T10:15 sv')).toEqual({
      kind: 'new',
      type: 'erasure',
      ticketId: '42',
      receivedAt: '2025-03-05T10:15',
      language: 'sv',
    });
    expect(consoleParse('new access https://caliroots.zendesk.com/agent/tickets/77')).toMatchObject({
      ticketId: '77',
    });
    expect(consoleParse('new access 2025-03-05')).toMatchObject({ ticketId: null, receivedAt: '2025-03-05' });
  });

  it('explains a new command it cannot read', () => {
    expect(consoleParse('new bogus 12')).toEqual({ kind: 'bad-new', problem: 'type', value: 'bogus' });
    expect(consoleParse('new access soon')).toEqual({ kind: 'bad-new', problem: 'ticket', value: 'soon' });
    expect(consoleParse('new access 12 tomorrow')).toEqual({
      kind: 'bad-new',
      problem: 'extra',
      value: 'tomorrow',
    });
    expect(consoleParse('new access 2025-02-30')).toEqual({
      kind: 'bad-new',
      problem: 'date',
      value: '2025-02-30',
    });
  });

  it('reads task actions on a task id only', () => {
    const id = '0e0bad5f-8dcc-4710-8eba-d1ccde3d6301';
    expect(consoleParse(`claim ${id}`)).toEqual({ kind: 'action', action: 'claim', taskId: id });
    expect(consoleParse(`complete ${id.toUpperCase()}`)).toEqual({
      kind: 'action',
      action: 'complete',
      taskId: id,
    });
  });

  it('answers a bare keyword, or an action with more than a task id, with its usage line', () => {
    const id = '0e0bad5f-8dcc-4710-8eba-d1ccde3d6301';
    expect(consoleParse('new')).toEqual({ kind: 'usage', command: 'new' });
    expect(consoleParse('Nieuw')).toEqual({ kind: 'usage', command: 'new' });
    for (const action of ['claim', 'verify', 'pause', 'resume', 'complete', 'show'] as const) {
      expect(consoleParse(action)).toEqual({ kind: 'usage', command: action });
      expect(consoleParse(`${action} ${id} extra`)).toEqual({ kind: 'usage', command: action });
    }
    // Slack offers no usage lines: a bare word there stays a question.
    expect(parse('new')).toEqual({ kind: 'question', text: 'new' });
    expect(parse('complete')).toEqual({ kind: 'question', text: 'complete' });
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
      expect(consoleParse(text)).toEqual({ kind: 'question', text });
  });
});
