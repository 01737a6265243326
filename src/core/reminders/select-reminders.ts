import { hoursUntil } from '../deadlines/time-left.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import { isOpenStatus, type Task } from '../tasks/task.js';
import { isPaused } from '../tasks/task-deadline.js';
import {
  createPointClock,
  currentDeadlinePoint,
  currentNoticePoint,
  type Point,
  type PointClock,
  type PointOptions,
} from './current-points.js';
import type { Reminder, ReminderRecipient } from './reminder.js';

export type ReminderOptions = PointOptions;

function recipientOf(task: Task): ReminderRecipient {
  return task.assignee ? { type: 'user', id: task.assignee } : { type: 'channel' };
}

function toReminder(
  task: Task,
  point: Point,
  opts: PointOptions,
  hoursTo: string | null,
  daysLeft: (due: string) => number,
): Reminder {
  const breach = task.type === 'breach';
  return {
    taskId: task.id,
    type: task.type,
    ticketId: task.ticketId,
    point: point.point,
    kind: point.kind,
    recipient: recipientOf(task),
    due: task.due,
    dueAt: task.dueAt,
    workingDaysLeft: breach ? null : daysLeft(task.due),
    hoursLeft: hoursTo === null ? null : hoursUntil(hoursTo, opts.now),
  };
}

/**
 * The reminders that are current at `opts.now`, at most two per task (its deadline clock and the
 * extension notice). Catch-up rule: of each series only the latest point that has fallen is current;
 * an earlier point that was missed (the bot was down) is superseded, never sent in a burst. A point is
 * dropped when the next one falls, when the due instant passes (due-soon), after 14 days, or when it
 * fell before the task was created. Paused and closed tasks get nothing. The caller enqueues each
 * with `reminderDedupeKey`, so a point goes out once however often this runs.
 */
export function selectReminders(tasks: readonly Task[], opts: ReminderOptions): Reminder[] {
  const reminders: Reminder[] = [];
  const clock: PointClock = createPointClock(opts);
  const today = clock.localDate(opts.now);
  const left = new Map<string, number>();
  const daysLeft = (due: string) => {
    let n = left.get(due);
    if (n === undefined) {
      n = workingDaysBetween(today, due, opts.calendar);
      left.set(due, n);
    }
    return n;
  };
  for (const task of tasks) {
    if (!isOpenStatus(task.status) || task.status === 'awaiting_identity' || isPaused(task)) continue;
    const deadline = currentDeadlinePoint(task, clock);
    if (deadline)
      reminders.push(toReminder(task, deadline, opts, task.type === 'breach' ? task.dueAt : null, daysLeft));
    const notice = currentNoticePoint(task, clock);
    if (notice) reminders.push(toReminder(task, notice.point, opts, notice.endsAt, daysLeft));
  }
  return reminders;
}
