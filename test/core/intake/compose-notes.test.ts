import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/app/create-i18n.js';
import {
  composeAcknowledgement,
  composeAnswerReply,
} from '../../../src/core/intake/compose-acknowledgement.js';
import { composeChangeNote } from '../../../src/core/intake/compose-change-note.js';
import { newTask } from '../tasks/task-fixtures.js';

const translate = createTranslate();
const received = '2025-03-03T10:00:00Z';

describe('composeAcknowledgement', () => {
  it('names each request and its due date in the customer language, and explains identity checks for erasure', () => {
    const body = composeAcknowledgement({ tasks: [newTask('erasure', received)], language: 'sv', translate });
    expect(body).toContain('radering av dina personuppgifter');
    expect(body).toContain('3 april 2025');
    expect(body).toContain('e-postadress som är kopplad till ditt Caliroots-konto');
    expect(body).toContain('två månader');
  });

  it('does not explain identity checks for rectification, nor promise an extension for an objection', () => {
    const rectification = composeAcknowledgement({
      tasks: [newTask('rectification', received)],
      language: 'en',
      translate,
    });
    expect(rectification).not.toContain('comes from you');
    const objection = composeAcknowledgement({
      tasks: [newTask('objection', received)],
      language: 'en',
      translate,
    });
    expect(objection).not.toContain('two more months');
  });

  it('acknowledges neither breach reports nor duplicates', () => {
    expect(
      composeAcknowledgement({ tasks: [newTask('breach', received)], language: 'en', translate }),
    ).toBeNull();
    const duplicate = newTask('access', received, { status: 'duplicate' });
    expect(composeAcknowledgement({ tasks: [duplicate], language: 'en', translate })).toBeNull();
  });
});

describe('composeAnswerReply', () => {
  it('quotes the answer and cites the section', () => {
    const body = composeAnswerReply({
      answer: 'Tot 24 maanden.',
      citation: '§8 Bewaartermijn',
      language: 'nl',
      translate,
    });
    expect(body).toContain('Tot 24 maanden.');
    expect(body).toContain('Bron: §8 Bewaartermijn');
  });
});

describe('composeChangeNote', () => {
  const base = { actor: 'U42', locale: 'en' as const, timeZone: 'Europe/Stockholm', translate };

  it('writes nothing for a checklist tick', () => {
    expect(composeChangeNote({ ...base, task: newTask('access', received), action: 'check' })).toBeNull();
  });

  it('gives the extension reason and the new due date', () => {
    const task = newTask('access', received, {
      extension: { reason: 'Complex request', at: received, by: 'U42', noticeSentAt: null },
      due: '2025-06-03',
    });
    const note = composeChangeNote({ ...base, task, action: 'extend' });
    expect(note).toContain('extended by Slack user U42. Reason: Complex request');
    expect(note).toContain('Due: June 3, 2025');
  });

  it('warns when a refusal did not mention the right to complain', () => {
    const task = newTask('erasure', received, {
      status: 'refused',
      refusal: { reason: 'Bookkeeping law', complaintRightNotified: false },
    });
    const note = composeChangeNote({ ...base, task, action: 'refuse' });
    expect(note).toContain('refused by Slack user U42. Reason: Bookkeeping law');
    expect(note).toContain('right to complain');
    expect(note).not.toContain('Due:');
  });

  it('says the clock stands still while paused, in the staff language', () => {
    const task = newTask('access', received, {
      status: 'awaiting_identity',
      pauses: [{ from: received, to: null, reason: 'identity' }],
    });
    const note = composeChangeNote({ ...base, locale: 'de', task, action: 'pause' });
    expect(note).toContain('pausiert: wartet auf einen Identitätsnachweis');
    expect(note).toContain('Die Frist ruht');
  });

  it('falls back to a generic note for actions it does not know', () => {
    const note = composeChangeNote({ ...base, task: newTask('access', received), action: 'reopen' });
    expect(note).toContain('changed by Slack user U42 (reopen)');
  });

  it('describes the change as it was at its version, not as the task stands when delivered', () => {
    // The task now: reassigned to UBOB, resumed, due later. The note is for the pause by UALICE.
    const task = newTask('access', received, {
      assignee: 'UBOB',
      status: 'in_progress',
      pauses: [{ from: received, to: '2025-03-05T10:00:00Z', reason: 'identity' }],
      due: '2025-04-05',
    });
    const pause = composeChangeNote({
      ...base,
      task,
      actor: 'slack:UALICE',
      action: 'pause',
      facts: {
        version: 3,
        status: 'awaiting_identity',
        assignee: 'UALICE',
        due: '2025-04-03',
        dueAt: task.dueAt,
        pause: { reason: 'identity', open: true },
      },
    });
    expect(pause).toContain('The deadline clock is stopped');
    expect(pause).toContain('April 3, 2025');
    expect(pause).not.toContain('April 5, 2025');
    const assign = composeChangeNote({
      ...base,
      task,
      actor: 'slack:UALICE',
      action: 'assign',
      facts: {
        version: 2,
        status: 'received',
        assignee: 'UALICE',
        due: '2025-04-03',
        dueAt: task.dueAt,
        pause: null,
      },
    });
    expect(assign).toContain('assigned to Slack user UALICE by Slack user UALICE');
    expect(assign).not.toContain('UBOB');
  });

  it('labels Slack and command-line actors so that Zendesk agents can place them', () => {
    const task = newTask('access', received, { assignee: 'USTAFF1' });
    const note = composeChangeNote({ ...base, task, actor: 'slack:USTAFF2', action: 'assign' });
    expect(note).toContain('assigned to Slack user USTAFF1 by Slack user USTAFF2');
    const cli = composeChangeNote({ ...base, locale: 'sv', task, actor: 'cli:eva', action: 'start' });
    expect(cli).toContain('eva (kommandoraden)');
  });
});
