import { addDays } from '../deadlines/calendar-date.js';
import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import { endOfLocalDay, localDateOf } from '../deadlines/local-time.js';
import type { TaskQuery } from '../ports/task-store.js';
import type { RequestType, TaskStatus } from './task.js';

export interface TaskListQuery {
  status?: readonly TaskStatus[];
  type?: readonly RequestType[];
  /** Due before now (and not paused, unless a status is asked for explicitly). */
  overdue?: boolean;
  /** Due by the end of the local day `dueWithinDays` days from today; includes overdue tasks. */
  dueWithinDays?: number;
  assignee?: string | null;
  ticketId?: string;
  closedSince?: string;
  limit?: number;
}

/** Statuses whose clock runs: a paused task (`awaiting_identity`) is neither due nor overdue. */
export const RUNNING_STATUSES: readonly TaskStatus[] = ['received', 'in_progress'];

/** Turns a listing request in calendar terms into a store query in instants. */
export function buildTaskQuery(query: TaskListQuery, now: string, calendar: DeadlineCalendar): TaskQuery {
  const bounds: string[] = [];
  if (query.overdue) bounds.push(now);
  if (query.dueWithinDays !== undefined) {
    const last = addDays(localDateOf(now, calendar.timeZone), query.dueWithinDays);
    bounds.push(endOfLocalDay(last, calendar.timeZone));
  }
  const dueAtOrBefore = bounds.sort()[0];
  const status = query.status ?? (dueAtOrBefore ? RUNNING_STATUSES : undefined);
  return {
    ...(status && { status }),
    ...(query.type && { type: query.type }),
    ...(dueAtOrBefore && { dueAtOrBefore }),
    ...(query.assignee !== undefined && { assignee: query.assignee }),
    ...(query.ticketId && { ticketId: query.ticketId }),
    ...(query.closedSince && { closedSince: query.closedSince }),
    ...(query.limit && { limit: query.limit }),
  };
}
