import type { DeadlineCalendar } from '../../../core/deadlines/holiday-calendar.js';
import { localDateOf, localDateTime } from '../../../core/deadlines/local-time.js';
import { phraseTimeLeft, timeLeft } from '../../../core/deadlines/time-left.js';
import { workingDaysBetween } from '../../../core/deadlines/working-days.js';
import { isOpenStatus, type Task } from '../../../core/tasks/task.js';
import { isPaused } from '../../../core/tasks/task-deadline.js';

export type Text = (key: string, vars?: Record<string, unknown>) => string;

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
  const today = localDateOf(now, calendar.timeZone);
  const left = phraseTimeLeft(timeLeft(task, now, today));
  const instant = () => localDateTime(task.dueAt, calendar.timeZone);
  switch (left.phrase) {
    case 'hoursLeft':
      return t('slack:due.breachLeft', { instant: instant(), count: left.count });
    case 'hoursPassed':
      return t('slack:due.breachOverdue', { instant: instant() });
    case 'overdue':
      return t('slack:due.overdue', { date, count: left.count });
    case 'dueToday':
      return t('slack:due.today', { date });
    case 'daysLeft':
      return t('slack:due.left', {
        date,
        count: left.count,
        workingDays: workingDaysBetween(today, date, calendar),
      });
  }
}
