import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src/core/reminders/reminder.js';
import { reminderDedupeKey } from '../../../src/core/reminders/reminder.js';
import { selectReminders } from '../../../src/core/reminders/select-reminders.js';
import type { Task } from '../../../src/core/tasks/task.js';
import { newTask, SE } from '../tasks/task-fixtures.js';

const settings = { calendar: SE, reminderDays: [7, 3, 1], breachEveryHours: 6, dayTime: '09:00' };
const at = (now: string, tasks: Task[]) => selectReminders(tasks, { ...settings, now });

/**
 * Runs the selection every `stepMinutes` from `from` to `to`, like the scheduler, with an outbox
 * that drops repeated dedupe keys. Returns each sent point with the instant it first went out.
 */
function simulate(tasks: Task[], from: string, to: string, stepMinutes = 15, down?: [string, string]) {
  const sent = new Map<string, { at: string; reminder: Reminder }>();
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * 60_000) {
    const now = new Date(t).toISOString();
    if (down && t >= Date.parse(down[0]) && t < Date.parse(down[1])) continue;
    for (const reminder of at(now, tasks)) {
      const key = reminderDedupeKey(reminder);
      if (!sent.has(key)) sent.set(key, { at: now, reminder });
    }
  }
  return [...sent.values()].map((s) => [s.reminder.point, s.at]);
}

describe('selectReminders: working days, holidays and daylight saving', () => {
  it('reminds 7, 3 and 1 working days before a due date behind Christmas, then each working day overdue', () => {
    // Received 25 November 2025: due Monday 29 December (25 and 26 December are public holidays in Sweden;
    // julafton and nyårsafton are not). Every point at 09:00 Stockholm (08:00Z in winter).
    const task = newTask('access', '2025-11-25T09:00:00.000Z');
    expect(task.due).toBe('2025-12-29');
    expect(simulate([task], '2025-11-25T09:00:00Z', '2026-01-09T12:00:00Z')).toEqual([
      ['due-7:2025-12-29', '2025-12-16T08:00:00.000Z'],
      ['due-3:2025-12-29', '2025-12-22T08:00:00.000Z'],
      ['due-1:2025-12-29', '2025-12-24T08:00:00.000Z'],
      ['overdue-2025-12-30', '2025-12-30T08:00:00.000Z'],
      ['overdue-2025-12-31', '2025-12-31T08:00:00.000Z'],
      // 1 January and 6 January (Epiphany) are public holidays, 3–4 January a weekend.
      ['overdue-2026-01-02', '2026-01-02T08:00:00.000Z'],
      ['overdue-2026-01-05', '2026-01-05T08:00:00.000Z'],
      ['overdue-2026-01-07', '2026-01-07T08:00:00.000Z'],
      ['overdue-2026-01-08', '2026-01-08T08:00:00.000Z'],
      ['overdue-2026-01-09', '2026-01-09T08:00:00.000Z'],
    ]);
  });

  it('counts working days over Easter and keeps 09:00 local when the clocks go forward', () => {
    // Received 5 March 2026: 5 April is Easter Sunday, 6 April Easter Monday, so due Tuesday 7 April.
    // Good Friday (3 April) is skipped; summer time starts on 29 March.
    const task = newTask('erasure', '2026-03-05T14:30:00.000Z');
    expect(task.due).toBe('2026-04-07');
    expect(simulate([task], '2026-03-05T15:00:00Z', '2026-04-07T21:00:00Z')).toEqual([
      ['due-7:2026-04-07', '2026-03-25T08:00:00.000Z'],
      ['due-3:2026-04-07', '2026-03-31T07:00:00.000Z'],
      ['due-1:2026-04-07', '2026-04-02T07:00:00.000Z'],
    ]);
  });

  it('treats midsommarafton as a working day (not a public holiday)', () => {
    const task = newTask('access', '2025-05-23T10:00:00.000Z');
    expect(task.due).toBe('2025-06-23');
    const sent = simulate([task], '2025-06-10T00:00:00Z', '2025-06-23T20:00:00Z');
    expect(sent).toContainEqual(['due-1:2025-06-23', '2025-06-20T07:00:00.000Z']);
    expect(sent).toContainEqual(['due-3:2025-06-23', '2025-06-18T07:00:00.000Z']);
  });

  it('reminds of a breach every 6 hours of the 72 on the time line, across the end of summer time', () => {
    // Aware Friday 24 October 2025 10:00 Stockholm (08:00Z); the clocks go back on the 26th, so the
    // deadline is Monday 27 October 09:00 local (08:00Z), 72 real hours later.
    const task = newTask('breach', '2025-10-24T08:00:00.000Z');
    expect(task.dueAt).toBe('2025-10-27T08:00:00.000Z');
    const sent = simulate([task], '2025-10-24T08:00:00Z', '2025-10-28T12:00:00Z', 5);
    const hours = [6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66].map((h) => [
      `breach-${h}h`,
      new Date(Date.parse('2025-10-24T08:00:00Z') + h * 3_600_000).toISOString(),
    ]);
    expect(sent).toEqual([
      ...hours,
      // Late from the first run after the deadline instant.
      ['breach-72h', '2025-10-27T08:05:00.000Z'],
      ['overdue-2025-10-28', '2025-10-28T08:00:00.000Z'],
    ]);
    const [first] = at('2025-10-24T14:00:00Z', [task]);
    expect(first).toMatchObject({ kind: 'breach', hoursLeft: 66, workingDaysLeft: null });
  });
});

describe('selectReminders: who, what and when not', () => {
  const task = newTask('access', '2025-11-25T09:00:00.000Z');

  it('goes to the assignee by DM, or to the privacy channel when unassigned', () => {
    const [channel] = at('2025-12-16T08:00:00Z', [task]);
    expect(channel).toMatchObject({
      taskId: task.id,
      kind: 'due-soon',
      recipient: { type: 'channel' },
      due: '2025-12-29',
      dueAt: task.dueAt,
      workingDaysLeft: 7,
      hoursLeft: null,
    });
    const [user] = at('2025-12-16T08:00:00Z', [{ ...task, assignee: 'U123' }]);
    expect(user?.recipient).toEqual({ type: 'user', id: 'U123' });
  });

  it('says how many working days a task is overdue', () => {
    const [late] = at('2026-01-02T09:00:00Z', [task]);
    expect(late).toMatchObject({ kind: 'overdue', point: 'overdue-2026-01-02', workingDaysLeft: -3 });
  });

  it('sends nothing for paused or closed tasks', () => {
    const paused: Task = {
      ...task,
      status: 'awaiting_identity',
      pauses: [{ from: '2025-12-01T10:00:00Z', to: null, reason: 'identity' }],
    };
    const closed: Task = { ...task, status: 'completed', closedAt: '2025-12-10T10:00:00Z' };
    for (const now of ['2025-12-16T08:00:00Z', '2026-01-05T10:00:00Z']) {
      expect(at(now, [paused, closed, { ...task, status: 'duplicate' }])).toEqual([]);
    }
  });

  it('after downtime sends the latest missed point once, not the older ones', () => {
    const sent = simulate([task], '2025-11-25T09:00:00Z', '2025-12-24T12:00:00Z', 15, [
      '2025-12-15T00:00:00Z',
      '2025-12-23T10:00:00Z',
    ]);
    // due-7 (16 Dec) fell while down and is superseded by due-3 (22 Dec), which goes out late, on restart.
    expect(sent).toEqual([
      ['due-3:2025-12-29', '2025-12-23T10:00:00.000Z'],
      ['due-1:2025-12-29', '2025-12-24T08:00:00.000Z'],
    ]);
  });

  it('does not send a due-soon reminder once the deadline has passed, nor one older than two weeks', () => {
    // 30 December 07:00 local: past the due date, before the first overdue point at 09:00.
    expect(at('2025-12-30T06:00:00Z', [task])).toEqual([]);
    const longAgo = newTask('access', '2024-01-10T09:00:00.000Z', { createdAt: '2024-01-10T09:00:00.000Z' });
    const [late] = at('2025-12-30T08:30:00Z', [longAgo]);
    expect(late?.point).toBe('overdue-2025-12-30');
  });

  it('leaves points that fell before the task was created to the task card', () => {
    // Entered on 23 December for a request received on 25 November: due-7 and due-3 are history.
    const entered: Task = { ...task, createdAt: '2025-12-23T12:00:00.000Z' };
    const sent = simulate([entered], '2025-12-23T12:00:00Z', '2025-12-29T12:00:00Z');
    expect(sent).toEqual([['due-1:2025-12-29', '2025-12-24T08:00:00.000Z']]);
    const breach = newTask('breach', '2025-10-24T08:00:00.000Z', { createdAt: '2025-10-25T04:00:00.000Z' });
    expect(simulate([breach], '2025-10-25T04:00:00Z', '2025-10-25T09:00:00Z', 5)).toEqual([
      ['breach-24h', '2025-10-25T08:00:00.000Z'],
    ]);
  });

  it('starts a new series when the due date moves (pause resumed, extension)', () => {
    const extended: Task = {
      ...task,
      due: '2026-02-25',
      dueAt: '2026-02-25T22:59:59.999Z',
      extension: {
        reason: 'complex',
        at: '2025-12-01T10:00:00.000Z',
        by: 'U1',
        noticeSentAt: '2025-12-01T10:00:00.000Z',
      },
    };
    const sent = simulate([extended], '2025-12-01T10:00:00Z', '2026-02-25T12:00:00Z', 30);
    expect(sent.map(([point]) => point)).toEqual([
      'due-7:2026-02-25',
      'due-3:2026-02-25',
      'due-1:2026-02-25',
    ]);
  });
});

describe('selectReminders: the extension notice', () => {
  const extension = { reason: 'many requests', at: '2025-12-10T13:00:00.000Z', by: 'U1', noticeSentAt: null };
  const extended = {
    ...newTask('access', '2025-11-25T09:00:00.000Z'),
    extension,
    due: '2026-02-25',
    dueAt: '2026-02-25T22:59:59.999Z',
  };

  it('reminds at once and on the last working day before the first month ends, then stops', () => {
    const sent = simulate([extended], '2025-12-10T13:00:00Z', '2026-01-05T12:00:00Z', 30).filter(([p]) =>
      p?.startsWith('extension'),
    );
    // The first month ends with 29 December; the working day before it is 24 December.
    expect(sent).toEqual([
      ['extension-notice', '2025-12-10T13:00:00.000Z'],
      ['extension-notice-last', '2025-12-24T08:00:00.000Z'],
    ]);
    const [notice] = at('2025-12-24T08:00:00Z', [extended]).filter((r) => r.kind === 'extension-notice');
    expect(notice?.hoursLeft).toBe(134);
  });

  it('sends nothing once the notice is recorded', () => {
    const told = { ...extended, extension: { ...extension, noticeSentAt: '2025-12-11T09:00:00.000Z' } };
    expect(at('2025-12-10T13:30:00Z', [told]).filter((r) => r.kind === 'extension-notice')).toEqual([]);
  });
});
