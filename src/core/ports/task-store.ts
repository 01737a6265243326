import type { AuditEntry, RequestType, Task, TaskStatus } from '../tasks/task.js';
import type { NewOutboxMessage } from './outbox.js';

export interface NewTasks {
  tasks: Task[];
  audit: AuditEntry[];
  outbox: NewOutboxMessage[];
}

/** A change to one task, written with its audit entries and outgoing messages in one transaction. */
export interface TaskChange {
  task: Task;
  /** The version the change was computed from; a different stored version is a conflict. */
  expectedVersion: number;
  audit: AuditEntry[];
  outbox: NewOutboxMessage[];
}

export interface TaskQuery {
  status?: readonly TaskStatus[];
  type?: readonly RequestType[];
  /** Tasks due at or before this instant. */
  dueAtOrBefore?: string;
  assignee?: string | null;
  ticketId?: string;
  /** Closed at or after this instant (digest: what closed since the last one). */
  closedSince?: string;
  limit?: number;
}

export interface TaskStore {
  /**
   * Inserts tasks, their audit entries and outbox messages atomically. A task whose
   * (ticketId, type) already exists is not inserted again: it is returned in `existing`, and
   * none of the batch's audit entries or messages for it are written.
   */
  insertTasks(batch: NewTasks): Promise<{ inserted: Task[]; existing: Task[] }>;
  /** Applies a change if the stored version still equals `expectedVersion`. */
  updateTask(change: TaskChange): Promise<'ok' | 'conflict' | 'not_found'>;
  getTask(id: string): Promise<Task | null>;
  /** Tasks matching the query, soonest `dueAt` first. */
  findTasks(query: TaskQuery): Promise<Task[]>;
  /** The open task of this requester and type received at or after `since`, if any. */
  findOpenTaskForRequester(requesterKey: string, type: RequestType, since: string): Promise<Task | null>;
  listAudit(taskId: string): Promise<AuditEntry[]>;
  /**
   * Erases personal fields (requester, requesterKey) of tasks closed before `closedBefore`, and appends
   * a `purged` audit entry to each. Returns how many tasks were purged.
   */
  purgeClosedTasks(opts: { closedBefore: string; now: string; limit: number }): Promise<number>;
}
