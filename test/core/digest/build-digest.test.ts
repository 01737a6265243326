import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { renderDigestText } from '../../../src/core/digest/render-digest-text.js';
import type { Task } from '../../../src/core/tasks/task.js';
import { newTask, SE } from '../tasks/task-fixtures.js';

// Monday 22 December 2025, 09:00 Stockholm.
const now = '2025-12-22T08:00:00.000Z';
const since = '2025-12-19T08:00:00.000Z';
const endOf = (date: string) => `${date}T22:59:59.999Z`;
const task = (id: string, over: Partial<Task>, type: Task['type'] = 'access'): Task => ({
  ...newTask(type, '2025-11-20T09:00:00.000Z'),
  id,
  ...over,
});

const open = [
  task('late', { due: '2025-12-19', dueAt: endOf('2025-12-19'), assignee: 'U1' }),
  task('week', { due: '2025-12-29', dueAt: endOf('2025-12-29'), ticketId: '9001' }),
  task('eight', { due: '2025-12-30', dueAt: endOf('2025-12-30'), assignee: 'U2' }),
  task('later', { due: '2026-01-15', dueAt: endOf('2026-01-15'), assignee: 'U2' }),
  task(
    'breach',
    { receivedAt: '2025-12-21T12:00:00.000Z', due: '2025-12-24', dueAt: '2025-12-24T12:00:00.000Z' },
    'breach',
  ),
  task(
    'breach-late',
    {
      receivedAt: '2025-12-18T07:00:00.000Z',
      due: '2025-12-21',
      dueAt: '2025-12-21T07:00:00.000Z',
      assignee: 'U1',
    },
    'breach',
  ),
  task('identity', {
    status: 'awaiting_identity',
    due: '2025-12-19',
    dueAt: endOf('2025-12-19'),
    pauses: [{ from: '2025-12-01T10:00:00.000Z', to: null, reason: 'identity' }],
  }),
  task('clarify', {
    status: 'awaiting_identity',
    due: '2025-12-23',
    dueAt: endOf('2025-12-23'),
    assignee: 'U3',
    pauses: [{ from: '2025-12-02T10:00:00.000Z', to: null, reason: 'clarification' }],
  }),
];
const closed = [
  task('done-on-time', {
    status: 'completed',
    closedAt: '2025-12-19T15:00:00.000Z',
    dueAt: endOf('2025-12-22'),
  }),
  task('done-late', {
    status: 'completed',
    closedAt: '2025-12-20T10:00:00.000Z',
    dueAt: endOf('2025-12-19'),
  }),
  task('refused', { status: 'refused', closedAt: '2025-12-21T10:00:00.000Z', dueAt: endOf('2026-01-02') }),
  task('withdrawn', { status: 'withdrawn', closedAt: '2025-12-20T10:00:00.000Z' }),
  task('before', { status: 'completed', closedAt: '2025-12-18T10:00:00.000Z', dueAt: endOf('2025-12-19') }),
];

describe('buildDigest', () => {
  const digest = buildDigest(open, closed, { now, calendar: SE, since });
  const ids = (list: { id: string }[]) => list.map((t) => t.id);

  it('sorts open tasks into overdue, due within 7 days, breaches, paused and unassigned', () => {
    expect(digest.date).toBe('2025-12-22');
    expect(ids(digest.overdue)).toEqual(['late', 'breach-late']);
    // Soonest first. 29 December is 7 days away, 30 December 8; a running breach is always due soon.
    expect(ids(digest.dueSoon)).toEqual(['breach', 'week']);
    expect(ids(digest.breaches)).toEqual(['breach-late', 'breach']);
    expect(ids(digest.awaitingIdentity)).toEqual(['identity']);
    expect(ids(digest.paused)).toEqual(['clarify']);
    expect(ids(digest.unassigned)).toEqual(['identity', 'breach', 'week']);
  });

  it('gives days left in calendar days and hours for breaches', () => {
    expect(digest.dueSoon[1]).toMatchObject({
      id: 'week',
      type: 'access',
      due: '2025-12-29',
      ticketId: '9001',
      daysLeft: 7,
    });
    expect(digest.dueSoon[0]).toMatchObject({ id: 'breach', hoursLeft: 52 });
    expect(digest.overdue[0]).toMatchObject({ id: 'late', daysLeft: -3 });
    expect(digest.overdue[0]?.hoursLeft).toBeUndefined();
  });

  it('counts per assignee and the on-time rate of what was answered since the last digest', () => {
    expect(digest.byAssignee).toEqual([
      { assignee: 'U1', open: 2, overdue: 2 },
      { assignee: 'U2', open: 2, overdue: 0 },
      { assignee: 'U3', open: 1, overdue: 0 },
    ]);
    expect(digest.closed).toEqual({ count: 3, onTime: 2, onTimeRate: 2 / 3 });
    expect(digest.counts).toMatchObject({
      open: 8,
      overdue: 2,
      dueSoon: 2,
      breaches: 2,
      unassigned: 3,
      closed: 3,
    });
  });

  it('carries no personal data', () => {
    const json = JSON.stringify(digest);
    expect(json).not.toContain('eva@example.com');
    expect(json).not.toContain('requester');
  });

  it('has no on-time rate when nothing was answered', () => {
    expect(buildDigest([], [], { now, calendar: SE, since: null }).closed).toEqual({
      count: 0,
      onTime: 0,
      onTimeRate: null,
    });
  });

  it('renders as text in each staff language', () => {
    const translate = createTranslate();
    const en = renderDigestText(digest, translate, 'en');
    expect(en).toContain('Privacy digest for 2025-12-22');
    expect(en).toContain('late · Access · no ticket · 3 days overdue (due 2025-12-19) · U1');
    expect(en).toContain('week · Access · #9001 · due 2025-12-29, 7 days left · unassigned');
    expect(en).toContain(
      'breach · Personal data breach · no ticket · 52 hours left (until 2025-12-24 13:00) · unassigned',
    );
    expect(en).toContain('Answered since 2025-12-19 09:00: 3, 2 on time (67%).');
    const sv = renderDigestText(digest, translate, 'sv');
    expect(sv).toContain('Integritetsöversikt för 2025-12-22');
    expect(sv).toContain('3 dagar försenad');
  });

  it('shows paused tasks as paused, with no countdown and no "overdue": their clock stands', () => {
    expect(digest.awaitingIdentity[0]).toMatchObject({ id: 'identity', paused: true });
    expect(digest.overdue.every((t) => !t.paused)).toBe(true);
    const translate = createTranslate();
    const en = renderDigestText(digest, translate, 'en');
    expect(en).toContain('identity · Access · no ticket · 2025-12-19 · paused: the clock stands still');
    expect(en).toContain('clarify · Access · no ticket · 2025-12-23 · paused: the clock stands still');
    const de = renderDigestText(digest, translate, 'de');
    expect(de).not.toMatch(/identity · [^\n]*(noch|überfällig)/);
  });
});
