import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { type ActionResult, applyTaskAction } from '../../../src/core/tasks/apply-task-action.js';
import { diffTask } from '../../../src/core/tasks/diff-task.js';
import { failureVars } from '../../../src/core/tasks/failure-vars.js';
import type { Task } from '../../../src/core/tasks/task.js';
import type { TaskAction } from '../../../src/core/tasks/task-action.js';
import { newTask, playbooks, SE } from './task-fixtures.js';

const act = (task: Task, action: TaskAction, now: string, actor = 'U1') =>
  applyTaskAction(task, action, { actor, now, calendar: SE });

function ok(result: ActionResult): Task {
  if (!result.ok) throw new Error(`expected success, got ${result.code}`);
  return result.task;
}

const code = (result: ActionResult) => (result.ok ? 'ok' : result.code);

/** Applies actions in order, each at its own instant, failing on the first refusal. */
function run(task: Task, steps: Array<[TaskAction, string]>): Task {
  return steps.reduce((t, [action, now]) => ok(act(t, action, now)), task);
}

describe('task lifecycle', () => {
  const received = '2025-03-05T09:00:00.000Z'; // due 2025-04-07

  it('moves received → in_progress → completed once the checklist is done', () => {
    let task = newTask('objection', received);
    expect(task.status).toBe('received');
    task = run(task, [
      [{ type: 'assign', assignee: 'U2' }, '2025-03-05T10:00:00.000Z'],
      [{ type: 'start' }, '2025-03-05T10:01:00.000Z'],
    ]);
    expect(code(act(task, { type: 'complete' }, '2025-03-05T11:00:00.000Z'))).toBe(
      'TASK.CHECKLIST_INCOMPLETE',
    );
    for (const item of task.checklist)
      task = ok(act(task, { type: 'check', item: item.id, done: true }, '2025-03-05T11:00:00.000Z'));
    const done = ok(act(task, { type: 'complete' }, '2025-03-05T12:00:00.000Z'));
    expect(done).toMatchObject({
      status: 'completed',
      closedAt: '2025-03-05T12:00:00.000Z',
      assignee: 'U2',
      version: 1 + 2 + task.checklist.length + 1,
    });
  });

  it('pauses while waiting for identity proof and moves the due date by the paused days', () => {
    const task = newTask('access', received);
    const paused = ok(act(task, { type: 'pause', reason: 'identity' }, '2025-03-10T08:00:00.000Z'));
    expect(paused.status).toBe('awaiting_identity');
    expect(paused.due).toBe('2025-04-07');
    expect(code(act(paused, { type: 'pause', reason: 'clarification' }, '2025-03-11T08:00:00.000Z'))).toBe(
      'TASK.ALREADY_PAUSED',
    );
    expect(code(act(paused, { type: 'start' }, '2025-03-11T08:00:00.000Z'))).toBe('TASK.ILLEGAL_TRANSITION');
    const verified = ok(act(paused, { type: 'verify' }, '2025-03-14T15:00:00.000Z'));
    expect(verified.status).toBe('in_progress');
    expect(verified.pauses).toEqual([
      { from: '2025-03-10T08:00:00.000Z', to: '2025-03-14T15:00:00.000Z', reason: 'identity' },
    ]);
    // The unrolled end (Saturday 5 April) moves 4 days to Wednesday 9 April; no roll needed.
    expect(verified.due).toBe('2025-04-09');
    expect(verified.checklist.find((i) => i.id === 'verify-identity')).toMatchObject({
      done: true,
      doneBy: 'U1',
    });
    expect(code(act(verified, { type: 'resume' }, '2025-03-15T08:00:00.000Z'))).toBe('TASK.NOT_PAUSED');
  });

  it('does not pause a breach: 72 hours run regardless', () => {
    expect(code(act(newTask('breach', received), { type: 'pause', reason: 'clarification' }, received))).toBe(
      'TASK.PAUSE_NOT_ALLOWED',
    );
  });

  it('extends once, with a reason, only while the first month runs', () => {
    const task = newTask('erasure', '2025-01-31T10:00:00.000Z');
    expect(code(act(task, { type: 'extend', reason: '  ' }, '2025-02-10T10:00:00.000Z'))).toBe(
      'TASK.REASON_REQUIRED',
    );
    const extended = ok(
      act(task, { type: 'extend', reason: 'Many systems to search' }, '2025-02-10T10:00:00.000Z'),
    );
    expect(extended.due).toBe('2025-04-30');
    expect(extended.dueAt).toBe('2025-04-30T21:59:59.999Z');
    expect(extended.extension).toEqual({
      reason: 'Many systems to search',
      at: '2025-02-10T10:00:00.000Z',
      by: 'U1',
      noticeSentAt: null,
    });
    expect(code(act(extended, { type: 'extend', reason: 'again' }, '2025-02-11T10:00:00.000Z'))).toBe(
      'TASK.EXTENSION_ALREADY_USED',
    );
    // The first month ends at the end of 28 February in Stockholm.
    expect(code(act(task, { type: 'extend', reason: 'late' }, '2025-02-28T22:59:59.999Z'))).toBe('ok');
    expect(code(act(task, { type: 'extend', reason: 'late' }, '2025-02-28T23:00:00.000Z'))).toBe(
      'TASK.EXTENSION_TOO_LATE',
    );
  });

  it('records the extension notice, which must also fall within the first month', () => {
    const task = newTask('access', '2025-01-31T10:00:00.000Z');
    expect(code(act(task, { type: 'extension-notice' }, '2025-02-02T10:00:00.000Z'))).toBe(
      'TASK.NO_EXTENSION',
    );
    const extended = ok(act(task, { type: 'extend', reason: 'Complex' }, '2025-02-01T10:00:00.000Z'));
    expect(code(act(extended, { type: 'extension-notice' }, '2025-03-01T10:00:00.000Z'))).toBe(
      'TASK.NOTICE_TOO_LATE',
    );
    const told = ok(act(extended, { type: 'extension-notice' }, '2025-02-20T10:00:00.000Z'));
    expect(told.extension?.noticeSentAt).toBe('2025-02-20T10:00:00.000Z');
    expect(code(act(told, { type: 'extension-notice' }, '2025-02-21T10:00:00.000Z'))).toBe(
      'TASK.NOTICE_ALREADY_SENT',
    );
    const atOnce = ok(
      act(task, { type: 'extend', reason: 'Complex', noticeSent: true }, '2025-02-01T10:00:00.000Z'),
    );
    expect(atOnce.extension?.noticeSentAt).toBe('2025-02-01T10:00:00.000Z');
  });

  it('counts an open pause when judging whether the first month still runs', () => {
    const task = newTask('access', '2025-01-31T10:00:00.000Z');
    const paused = ok(act(task, { type: 'pause', reason: 'identity' }, '2025-02-20T10:00:00.000Z'));
    // 5 March is past 28 February, but the clock has stood since 20 February.
    expect(code(act(paused, { type: 'extend', reason: 'Complex' }, '2025-03-05T10:00:00.000Z'))).toBe('ok');
  });

  it('does not extend a breach or an objection', () => {
    for (const type of ['breach', 'objection'] as const)
      expect(code(act(newTask(type, received), { type: 'extend', reason: 'x' }, received))).toBe(
        'TASK.EXTENSION_NOT_ALLOWED',
      );
  });

  it('refuses with a reason, records the complaint-right notice, and stops an open pause', () => {
    const paused = ok(
      act(newTask('erasure', received), { type: 'pause', reason: 'identity' }, '2025-03-06T10:00:00.000Z'),
    );
    for (const reason of ['', 'x', ' ok '])
      expect(
        code(act(paused, { type: 'refuse', reason, complaintNotified: true }, '2025-04-01T10:00:00.000Z')),
      ).toBe('TASK.REASON_REQUIRED');
    const refused = ok(
      act(
        paused,
        { type: 'refuse', reason: 'Identity not proven', complaintNotified: true },
        '2025-04-01T10:00:00.000Z',
      ),
    );
    expect(refused).toMatchObject({
      status: 'refused',
      refusal: { reason: 'Identity not proven', complaintRightNotified: true },
      closedAt: '2025-04-01T10:00:00.000Z',
    });
    expect(refused.pauses[0]?.to).toBe('2025-04-01T10:00:00.000Z');
  });

  it('never refuses an objection to direct marketing (Art. 21(3)); it can be completed or withdrawn', () => {
    const objection = newTask('objection', received);
    const refusal = act(
      objection,
      { type: 'refuse', reason: 'Legitimate interest', complaintNotified: true },
      received,
    );
    expect(refusal).toMatchObject({
      ok: false,
      code: 'TASK.REFUSAL_NOT_ALLOWED',
      messageKey: 'tasks:errors.REFUSAL_NOT_ALLOWED',
    });
    expect(ok(act(objection, { type: 'withdraw' }, received)).status).toBe('withdrawn');
  });

  it('words refusals for staff: checklist titles, action names and the next step, in their language', () => {
    const translate = createTranslate();
    const say = (r: ActionResult, lng: 'sv' | 'de' | 'nl' | 'en') => {
      if (r.ok) throw new Error('expected a refusal');
      return translate(
        r.messageKey,
        lng,
        failureVars(r, lng, (key) => translate(key, lng)),
      );
    };
    const erasure = ok(act(newTask('erasure', received), { type: 'start' }, received));
    const ctx = { actor: 'U1', now: received, calendar: SE, playbooks };
    const unchecked = applyTaskAction(erasure, { type: 'complete' }, ctx);
    const sv = say(unchecked, 'sv');
    const title = playbooks.byType.erasure.items[0]?.title.sv ?? '';
    expect(sv).toContain(title);
    expect(sv).not.toMatch(/verify-identity|erase-data/);
    const received2 = applyTaskAction(newTask('access', received), { type: 'complete' }, ctx);
    const de = say(received2, 'de');
    expect(de).toContain('"Abschließen"');
    expect(de).not.toContain('"complete"');
    expect(de).toContain('Übernehmen (oder beginnen) Sie die Aufgabe zuerst');
    const closed = ok(act(newTask('access', received), { type: 'withdraw' }, received));
    expect(say(act(closed, { type: 'start' }, received), 'nl')).toContain('"Starten"');
    expect(say(act(closed, { type: 'start' }, received), 'nl')).toContain('De taak is afgesloten.');
  });

  it('accepts nothing on a closed or duplicate task (e.g. completing a withdrawn one)', () => {
    const withdrawn = ok(act(newTask('access', received), { type: 'withdraw' }, '2025-03-06T10:00:00.000Z'));
    const refusal = act(withdrawn, { type: 'complete' }, '2025-03-07T10:00:00.000Z');
    expect(refusal).toEqual({
      ok: false,
      code: 'TASK.ILLEGAL_TRANSITION',
      messageKey: 'tasks:errors.ILLEGAL_TRANSITION',
      vars: { status: 'withdrawn', action: 'complete', next: 'closed' },
    });
    const duplicate = newTask('access', received, { status: 'duplicate', duplicateOf: 'x' });
    expect(code(act(duplicate, { type: 'assign', assignee: 'U1' }, received))).toBe(
      'TASK.ILLEGAL_TRANSITION',
    );
    expect(code(act(newTask('access', received), { type: 'complete' }, received))).toBe(
      'TASK.ILLEGAL_TRANSITION',
    );
  });

  it('reports a repeated action as unchanged, without a new version', () => {
    const assigned = ok(act(newTask('access', received), { type: 'assign', assignee: 'U2' }, received));
    const again = act(assigned, { type: 'assign', assignee: 'U2' }, '2025-03-06T10:00:00.000Z');
    expect(again).toEqual({ ok: true, task: assigned, changed: false });
  });

  it('rejects an unknown checklist item and a malformed action', () => {
    const task = newTask('access', received);
    expect(code(act(task, { type: 'check', item: 'fly-to-the-moon', done: true }, received))).toBe(
      'TASK.UNKNOWN_CHECKLIST_ITEM',
    );
    expect(code(act(task, { type: 'teleport' } as unknown as TaskAction, received))).toBe(
      'TASK.INVALID_ACTION',
    );
    expect(code(act(task, { type: 'pause', reason: 'holiday' } as unknown as TaskAction, received))).toBe(
      'TASK.INVALID_ACTION',
    );
  });

  it('keeps contact details out of the audit diff', () => {
    const task = newTask('access', received);
    const changed = { ...task, requester: { email: 'new@example.com', zendeskUserId: null }, assignee: 'U9' };
    expect(diffTask(task, changed)).toEqual({ before: { assignee: null }, after: { assignee: 'U9' } });
  });
});
