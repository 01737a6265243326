import { daysBetween } from '../../../core/deadlines/calendar-date.js';
import type { DeadlineCalendar } from '../../../core/deadlines/holiday-calendar.js';
import { localDateOf } from '../../../core/deadlines/local-time.js';
import { workingDaysBetween } from '../../../core/deadlines/working-days.js';
import { isOpenStatus, type Task } from '../../../core/tasks/task.js';
import { isPaused } from '../../../core/tasks/task-deadline.js';

export type Text = (key: string, vars?: Record<string, unknown>) => string;

const HOUR = 3_600_000;

/** "2025-03-06 14:30" in the configured zone: the Swedish locale prints ISO-like local times. */
export function localDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** Whether the task's due instant has passed while its clock runs. */
export function isOverdue(task: Task, now: string): boolean {
  return isOpenStatus(task.status) && !isPaused(task) && task.dueAt < now;
}

/**
 * The due date with how much time is left, in words: calendar days (and working days) for the
 * one-month rule, hours for a breach; overdue, paused and closed tasks say so instead.
 */
export function describeDue(task: Task, now: string, calendar: DeadlineCalendar, t: Text): string {
  const date = task.due;
  if (!isOpenStatus(task.status)) {
    const closed = task.closedAt ? localDateOf(task.closedAt, calendar.timeZone) : '';
    return t('slack:due.closed', { date, closed });
  }
  if (isPaused(task)) return t('slack:due.paused', { date });
  if (task.type === 'breach') {
    const instant = localDateTime(task.dueAt, calendar.timeZone);
    const hours = Math.floor((Date.parse(task.dueAt) - Date.parse(now)) / HOUR);
    return task.dueAt < now
      ? t('slack:due.breachOverdue', { instant })
      : t('slack:due.breachLeft', { instant, count: hours });
  }
  const today = localDateOf(now, calendar.timeZone);
  const days = daysBetween(today, date);
  if (task.dueAt < now) return t('slack:due.overdue', { date, count: Math.max(1, -days) });
  if (days === 0) return t('slack:due.today', { date });
  return t('slack:due.left', { date, count: days, workingDays: workingDaysBetween(today, date, calendar) });
}
