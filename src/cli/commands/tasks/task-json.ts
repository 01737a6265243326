import type { Deadline } from '../../../core/deadlines/compute-deadline.js';
import type { AuditEntry, Task } from '../../../core/tasks/task.js';
import { isPaused } from '../../../core/tasks/task-deadline.js';

/** A task as `tasks list --json` prints it: no contact details, no requester key. */
export function listedTask(task: Task) {
  const { requester: _requester, requesterKey: _key, ...rest } = task;
  return { ...rest, paused: isPaused(task) };
}

/** A task as `tasks show --json` prints it: everything, with its deadline details and audit trail. */
export function shownTask(task: Task, deadline: Deadline, audit: AuditEntry[]) {
  const { requesterKey: _key, ...rest } = task;
  return {
    ...rest,
    paused: isPaused(task),
    rule: deadline.rule,
    firstMonthEndsAt: deadline.firstMonthEndsAt,
    extendedDue: deadline.extendedDue,
    pausedDays: deadline.pausedDays,
    audit,
  };
}
