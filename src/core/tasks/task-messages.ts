import type { NewOutboxMessage } from '../ports/outbox.js';
import type { AuditEntry, Task } from './task.js';

export type TaskMessageKind = 'task.created' | 'task.changed';

/** The payload of `task.created` / `task.changed` outbox messages: ids and dates only. */
export interface TaskMessagePayload {
  taskId: string;
  action: string;
  actor: string;
  at: string;
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
    payload: { taskId: task.id, action: entry.action, actor: entry.actor, at: entry.at },
    dedupeKey: `${kind}:${task.id}:${task.version}:${destination}`,
  }));
}
