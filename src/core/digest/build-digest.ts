import { addDays } from '../deadlines/calendar-date.js';
import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import { localDateOf } from '../deadlines/local-time.js';
import { timeLeft } from '../deadlines/time-left.js';
import { isOpenStatus, type Task } from '../tasks/task.js';
import type { Digest, DigestTask } from './digest.js';

export interface DigestOptions {
  now: string;
  calendar: DeadlineCalendar;
  /** When the previous digest went out; closed tasks are counted from then. */
  since: string | null;
  /** "Due soon" means due within this many calendar days (7). */
  dueSoonDays?: number;
}

/** Closing statuses that answer the request; withdrawn and duplicate tasks need no answer. */
const ANSWERED = new Set(['completed', 'refused']);

function openPauseReason(task: Task): 'identity' | 'clarification' | null {
  const open = task.pauses.find((p) => p.to === null);
  if (open) return open.reason;
  return task.status === 'awaiting_identity' ? 'identity' : null;
}

function digestTask(task: Task, today: string, now: string): DigestTask {
  return {
    id: task.id,
    type: task.type,
    status: task.status,
    ticketId: task.ticketId,
    due: task.due,
    dueAt: task.dueAt,
    assignee: task.assignee,
    paused: openPauseReason(task) !== null,
    ...timeLeft(task, now, today),
  };
}

/**
 * The daily overview from the open tasks and the tasks closed since the last digest: overdue, due
 * within 7 days (every running breach clock is due soon: it has less than 72 hours left), running
 * breaches, paused for identity, paused for clarification, unassigned, per assignee, and the on-time
 * rate of what was answered. Paused tasks are neither overdue nor due soon: their clock stands.
 * Only ids, types, dates and assignee ids: nothing about the requester.
 */
export function buildDigest(open: readonly Task[], closed: readonly Task[], opts: DigestOptions): Digest {
  const { now, calendar } = opts;
  const today = localDateOf(now, calendar.timeZone);
  const soonUntil = addDays(today, opts.dueSoonDays ?? 7);
  const lists = {
    overdue: [] as DigestTask[],
    dueSoon: [] as DigestTask[],
    breaches: [] as DigestTask[],
    awaitingIdentity: [] as DigestTask[],
    paused: [] as DigestTask[],
    unassigned: [] as DigestTask[],
  };
  const perAssignee = new Map<string, { open: number; overdue: number }>();
  const running = [...open]
    .filter((t) => isOpenStatus(t.status))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  for (const task of running) {
    const line = digestTask(task, today, now);
    const pause = openPauseReason(task);
    const overdue = pause === null && now > task.dueAt;
    if (pause === 'identity') lists.awaitingIdentity.push(line);
    else if (pause === 'clarification') lists.paused.push(line);
    else if (overdue) lists.overdue.push(line);
    else if (task.type === 'breach' || task.due <= soonUntil) lists.dueSoon.push(line);
    if (task.type === 'breach' && pause === null) lists.breaches.push(line);
    if (!task.assignee) lists.unassigned.push(line);
    else {
      const entry = perAssignee.get(task.assignee) ?? { open: 0, overdue: 0 };
      entry.open += 1;
      if (overdue) entry.overdue += 1;
      perAssignee.set(task.assignee, entry);
    }
  }
  const answered = closed.filter(
    (t) =>
      ANSWERED.has(t.status) &&
      t.closedAt !== null &&
      t.closedAt <= now &&
      (opts.since === null || t.closedAt >= opts.since),
  );
  const onTime = answered.filter((t) => (t.closedAt as string) <= t.dueAt).length;
  const byAssignee = [...perAssignee.entries()]
    .map(([assignee, n]) => ({ assignee, ...n }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.assignee.localeCompare(b.assignee));
  return {
    date: today,
    generatedAt: now,
    timeZone: calendar.timeZone,
    since: opts.since,
    ...lists,
    byAssignee,
    closed: {
      count: answered.length,
      onTime,
      onTimeRate: answered.length === 0 ? null : onTime / answered.length,
    },
    counts: {
      open: running.length,
      overdue: lists.overdue.length,
      dueSoon: lists.dueSoon.length,
      breaches: lists.breaches.length,
      awaitingIdentity: lists.awaitingIdentity.length,
      paused: lists.paused.length,
      unassigned: lists.unassigned.length,
      closed: answered.length,
      closedOnTime: onTime,
    },
  };
}
