import type { RequestType } from '../tasks/task.js';
import { daysBetween } from './calendar-date.js';

const HOUR = 3_600_000;

/** How much time a deadline leaves. */
export interface TimeLeft {
  /** Calendar days from today to the due date (negative when overdue). */
  daysLeft: number;
  /** Hours until the due instant, rounded down (breaches only: their clock counts hours, not days). */
  hoursLeft?: number;
}

/** Whole hours from `now` until `instant`, rounded down (negative once it has passed). */
export function hoursUntil(instant: string, now: string): number {
  return Math.floor((Date.parse(instant) - Date.parse(now)) / HOUR);
}

/** The time a task's deadline leaves at `now`; `today` is the local date of `now` in the calendar's zone. */
export function timeLeft(
  task: { type: RequestType; due: string; dueAt: string },
  now: string,
  today: string,
): TimeLeft {
  const left: TimeLeft = { daysLeft: daysBetween(today, task.due) };
  if (task.type === 'breach') left.hoursLeft = hoursUntil(task.dueAt, now);
  return left;
}

/** Which words a time left takes: each renderer has its own sentence for each. */
export type TimeLeftPhrase =
  | { phrase: 'hoursLeft'; count: number }
  | { phrase: 'hoursPassed' }
  | { phrase: 'overdue'; count: number }
  | { phrase: 'dueToday' }
  | { phrase: 'daysLeft'; count: number };

/**
 * The phrase for a time left: a breach in hours (left, or passed), any other deadline in calendar
 * days (overdue by, due today, left). Counts are never negative.
 */
export function phraseTimeLeft(left: TimeLeft): TimeLeftPhrase {
  if (left.hoursLeft !== undefined)
    return left.hoursLeft < 0 ? { phrase: 'hoursPassed' } : { phrase: 'hoursLeft', count: left.hoursLeft };
  if (left.daysLeft < 0) return { phrase: 'overdue', count: -left.daysLeft };
  if (left.daysLeft === 0) return { phrase: 'dueToday' };
  return { phrase: 'daysLeft', count: left.daysLeft };
}
