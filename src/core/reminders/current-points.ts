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

/** Per-run memo of the calendar sums every task shares (the same due dates and days recur). */
export interface PointClock {
  opts: PointOptions;
  /** The instant of `dayTime` on a local date. */
  dayAt(date: string): string;
  /** The local date of an instant. */
  localDate(instant: string): string;
  /** The due-N points of a due date, in time order. */
  dueSoonPoints(due: string): Point[];
  /** The latest working day (today or before) whose `dayTime` has come: the current overdue day. */
  overdueDay: { day: string; at: string };
}

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Makes the memo for one run at `opts.now`. */
export function createPointClock(opts: PointOptions): PointClock {
  const { calendar } = opts;
  const dayAt = memo((date) => atLocalTime(date, opts.dayTime, calendar));
  const days = [...new Set(opts.reminderDays)].sort((a, b) => b - a);
  const today = localDateOf(opts.now, calendar.timeZone);
  let day = isWorkingDay(today, calendar) ? today : addWorkingDays(today, -1, calendar);
  if (dayAt(day) > opts.now) day = addWorkingDays(day, -1, calendar);
  return {
    opts,
    dayAt,
    localDate: memo((instant) => localDateOf(instant, calendar.timeZone)),
    dueSoonPoints: memo((due) =>
      days
        .map(
          (n): Point => ({
            point: `due-${n}:${due}`,
            kind: 'due-soon',
            at: dayAt(addWorkingDays(due, -n, calendar)),
          }),
        )
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    ),
    overdueDay: { day, at: dayAt(day) },
  };
}

/** The daily overdue point that is current: the latest working day after the due date whose time has come. */
function overduePoint(task: Task, clock: PointClock): Point | null {
  const { day, at } = clock.overdueDay;
  if (day <= clock.localDate(task.dueAt)) return null;
  if (Date.parse(clock.opts.now) - Date.parse(at) > MAX_LATE_MS) return null;
  return { point: `overdue-${day}`, kind: 'overdue', at };
}

/** Before the due instant: the `due-N` points; for a breach, one every `breachEveryHours` of the 72. */
function beforeDuePoints(task: Task, clock: PointClock): Point[] {
  if (task.type !== 'breach') return clock.dueSoonPoints(task.due);
  const every = clock.opts.breachEveryHours;
  const points: Point[] = [];
  for (let hours = every; hours < 72; hours += every)
    points.push({
      point: `breach-${hours}h`,
      kind: 'breach',
      at: addMilliseconds(task.receivedAt, hours * HOUR),
    });
  return points;
}

/** The deadline series: due-soon (or breach) points until the due instant, then daily overdue points. */
export function currentDeadlinePoint(task: Task, clock: PointClock): Point | null {
  const { now } = clock.opts;
  if (now <= task.dueAt) return latest(beforeDuePoints(task, clock), now, task.dueAt, task.createdAt);
  const daily = overduePoint(task, clock);
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
export function currentNoticePoint(task: Task, clock: PointClock): { point: Point; endsAt: string } | null {
  const { opts } = clock;
  if (!task.extension || task.extension.noticeSentAt || !allowsExtension(task.type)) return null;
  const endsAt = deadlineOfTask(task, opts.calendar, opts.now).firstMonthEndsAt;
  if (!endsAt || opts.now >= endsAt) return null;
  const lastDay = addWorkingDays(clock.localDate(endsAt), -1, opts.calendar);
  const points: Point[] = [{ point: 'extension-notice', kind: 'extension-notice', at: task.extension.at }];
  const last = clock.dayAt(lastDay);
  if (last > task.extension.at)
    points.push({ point: 'extension-notice-last', kind: 'extension-notice', at: last });
  const point = latest(points, opts.now, endsAt, task.extension.at);
  return point ? { point, endsAt } : null;
}
