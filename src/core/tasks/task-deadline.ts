import { computeDeadline, type Deadline } from '../deadlines/compute-deadline.js';
import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import type { Task } from './task.js';

/** True while a pause is open: the clock stands, so the task is neither due nor overdue. */
export function isPaused(task: Pick<Task, 'pauses'>): boolean {
  return task.pauses.some((p) => p.to === null);
}

/**
 * The task's deadline from its receipt, closed pauses and extension. With `asOf`, an open pause
 * counts as if it ended then (to judge whether the first month still runs).
 */
export function deadlineOfTask(
  task: Pick<Task, 'type' | 'receivedAt' | 'pauses' | 'extension'>,
  calendar: DeadlineCalendar,
  asOf?: string,
): Deadline {
  const pauses = asOf ? task.pauses.map((p) => ({ ...p, to: p.to ?? asOf })) : task.pauses;
  return computeDeadline({
    type: task.type,
    receivedAt: task.receivedAt,
    country: calendar.country,
    timeZone: calendar.timeZone,
    pauses,
    extended: task.extension !== null,
  });
}
