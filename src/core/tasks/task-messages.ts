import type { NewOutboxMessage } from '../ports/outbox.js';
import type { AuditEntry, Pause, Task, TaskStatus } from './task.js';

export type TaskMessageKind = 'task.created' | 'task.changed';

/**
 * The domain facts of a task at one version, carried in its outbox message so that a note delivered
 * late (after an outage, after later changes) still describes its own change. Ids, statuses and
 * dates only: never contact details or free-text reasons.
 */
export interface TaskFacts {
  version: number;
  status: TaskStatus;
  assignee: string | null;
  due: string;
  dueAt: string;
  /** The last pause recorded at that version, and whether it was still open (clock stopped). */
  pause: { reason: Pause['reason']; open: boolean } | null;
}

/** The facts of a task as it now stands (see {@link TaskFacts}). */
export function taskFactsOf(task: Task): TaskFacts {
  const last = task.pauses.at(-1);
  return {
    version: task.version,
    status: task.status,
    assignee: task.assignee,
    due: task.due,
    dueAt: task.dueAt,
    pause: last ? { reason: last.reason, open: last.to === null } : null,
  };
}

/** The payload of `task.created` / `task.changed` outbox messages: ids, statuses and dates only. */
export interface TaskMessagePayload {
  taskId: string;
  action: string;
  actor: string;
  at: string;
  facts: TaskFacts;
  [key: string]: unknown;
}

/**
 * One outbox message per destination for a stored change. The dedupe key (task, version,
 * destination) makes a retried write harmless.
 */
export function taskMessages(
  kind: TaskMessageKind,
  task: Task,
  entry: AuditEntry,
  destinations: readonly string[],
): NewOutboxMessage[] {
  return destinations.map((destination) => ({
    destination,
    kind,
    payload: {
      taskId: task.id,
      action: entry.action,
      actor: entry.actor,
      at: entry.at,
      facts: taskFactsOf(task),
    } satisfies TaskMessagePayload,
    dedupeKey: `${kind}:${task.id}:${task.version}:${destination}`,
  }));
}
