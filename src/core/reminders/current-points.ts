import { allowsExtension } from '../deadlines/compute-deadline.js';
import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import { addMilliseconds, localDateOf } from '../deadlines/local-time.js';
import { addWorkingDays, isWorkingDay } from '../deadlines/working-days.js';
import { atLocalTime } from '../schedule/daily-run.js';
import type { Task } from '../tasks/task.js';
import { deadlineOfTask } from '../tasks/task-deadline.js';
import type { ReminderKind } from './reminder.js';

export interface PointOptions {
  now: string;
  calendar: DeadlineCalendar;
  /** Working days before the due date at which to remind, e.g. [7, 3, 1]. */
  reminderDays: readonly number[];
  /** Hours between breach reminders within the 72 hours. */
  breachEveryHours: number;
  /** Local wall-clock time (HH:MM) at which day-based points fall: nobody is nudged at midnight. */
  dayTime: string;
}

/** One point of a task's clock: when it falls and how long it stays current. */
export interface Point {
  point: string;
  kind: ReminderKind;
  at: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A missed point older than this is dropped instead of sent late (well inside the 30-day outbox prune). */
export const MAX_LATE_MS = 14 * DAY;

/**
 * Of points in time order, the last one that has fallen, unless it is stale: superseded by `until`,
 * older than MAX_LATE_MS, or fallen before `notBefore` (before the task existed, the task card itself
 * announced it).
 */
function latest(points: Point[], now: string, until: string, notBefore: string): Point | null {
  const last = points.filter((p) => p.at <= now).at(-1);
  if (!last || last.at < notBefore || now >= until) return null;
  if (Date.parse(now) - Date.parse(last.at) > MAX_LATE_MS) return null;
  return last;
}

/** The daily overdue point that is current: the latest working day after the due date whose time has come. */
function overduePoint(task: Task, opts: PointOptions): Point | null {
  const { now, calendar } = opts;
  const today = localDateOf(now, calendar.timeZone);
  const dueDate = localDateOf(task.dueAt, calendar.timeZone);
  let day = isWorkingDay(today, calendar) ? today : addWorkingDays(today, -1, calendar);
  if (atLocalTime(day, opts.dayTime, calendar) > now) day = addWorkingDays(day, -1, calendar);
  if (day <= dueDate) return null;
  const at = atLocalTime(day, opts.dayTime, calendar);
  if (Date.parse(now) - Date.parse(at) > MAX_LATE_MS) return null;
  return { point: `overdue-${day}`, kind: 'overdue', at };
}

/** Before the due instant: the `due-N` points; for a breach, one every `breachEveryHours` of the 72. */
function beforeDuePoints(task: Task, opts: PointOptions): Point[] {
  const { calendar } = opts;
  if (task.type === 'breach') {
    const points: Point[] = [];
    for (let hours = opts.breachEveryHours; hours * HOUR < 72 * HOUR; hours += opts.breachEveryHours)
      points.push({
        point: `breach-${hours}h`,
        kind: 'breach',
        at: addMilliseconds(task.receivedAt, hours * HOUR),
      });
    return points;
  }
  const days = [...new Set(opts.reminderDays)].sort((a, b) => b - a);
  return days
    .map((n): Point => {
      const date = addWorkingDays(task.due, -n, calendar);
      return {
        point: `due-${n}:${task.due}`,
        kind: 'due-soon',
        at: atLocalTime(date, opts.dayTime, calendar),
      };
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The deadline series: due-soon (or breach) points until the due instant, then daily overdue points. */
export function currentDeadlinePoint(task: Task, opts: PointOptions): Point | null {
  const { now } = opts;
  if (now <= task.dueAt) return latest(beforeDuePoints(task, opts), now, task.dueAt, task.createdAt);
  const daily = overduePoint(task, opts);
  if (daily) return daily;
  // A breach is late the moment its 72 hours are up, not at the next morning.
  if (task.type === 'breach' && Date.parse(now) - Date.parse(task.dueAt) <= MAX_LATE_MS)
    return { point: 'breach-72h', kind: 'overdue', at: task.dueAt };
  return null;
}

/**
 * The extension-notice series: once the task is extended without the notice recorded, a reminder at
 * once and another one working day before the first month ends; nothing once the month is over.
 */
export function currentNoticePoint(task: Task, opts: PointOptions): { point: Point; endsAt: string } | null {
  if (!task.extension || task.extension.noticeSentAt || !allowsExtension(task.type)) return null;
  const endsAt = deadlineOfTask(task, opts.calendar, opts.now).firstMonthEndsAt;
  if (!endsAt || opts.now >= endsAt) return null;
  const lastDay = addWorkingDays(localDateOf(endsAt, opts.calendar.timeZone), -1, opts.calendar);
  const points: Point[] = [{ point: 'extension-notice', kind: 'extension-notice', at: task.extension.at }];
  const last = atLocalTime(lastDay, opts.dayTime, opts.calendar);
  if (last > task.extension.at)
    points.push({ point: 'extension-notice-last', kind: 'extension-notice', at: last });
  const point = latest(points, opts.now, endsAt, task.extension.at);
  return point ? { point, endsAt } : null;
}
