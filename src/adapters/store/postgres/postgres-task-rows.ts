import type { AuditEntry, Task } from '../../../core/tasks/task.js';

/** Instants are validated and normalised on the way in, so an invalid one is refused, never stored. */
export const iso = (instant: string): string => new Date(instant).toISOString();
export const isoOrNull = (instant: string | null): string | null => (instant === null ? null : iso(instant));
const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const TASK_COLUMNS = [
  'id',
  'type',
  'status',
  'source',
  'ticket_id',
  'requester',
  'requester_key',
  'language',
  'received_at',
  'due',
  'due_at',
  'pauses',
  'extension',
  'assignee',
  'checklist',
  'refusal',
  'duplicate_of',
  'created_at',
  'updated_at',
  'closed_at',
  'purged_at',
  'version',
] as const;

export const TASK_COLUMN_LIST = TASK_COLUMNS.join(', ');

/** Query parameters in TASK_COLUMNS order; JSON goes as text and Postgres casts it to jsonb. */
export function toTaskParams(task: Task): unknown[] {
  return [
    task.id,
    task.type,
    task.status,
    task.source,
    task.ticketId,
    json(task.requester),
    task.requesterKey,
    task.language,
    iso(task.receivedAt),
    task.due,
    iso(task.dueAt),
    JSON.stringify(task.pauses),
    json(task.extension),
    task.assignee,
    JSON.stringify(task.checklist),
    json(task.refusal),
    task.duplicateOf,
    iso(task.createdAt),
    iso(task.updatedAt),
    isoOrNull(task.closedAt),
    isoOrNull(task.purgedAt),
    task.version,
  ];
}

/** A row as the pool returns it: instants already ISO text, jsonb already parsed. */
export type TaskRow = Record<(typeof TASK_COLUMNS)[number], unknown>;

export function fromTaskRow(row: TaskRow): Task {
  return {
    id: row.id as string,
    type: row.type as Task['type'],
    status: row.status as Task['status'],
    source: row.source as Task['source'],
    ticketId: row.ticket_id as string | null,
    requester: row.requester as Task['requester'],
    requesterKey: row.requester_key as string | null,
    language: row.language as Task['language'],
    receivedAt: row.received_at as string,
    due: row.due as string,
    dueAt: row.due_at as string,
    pauses: (row.pauses as Task['pauses'] | null) ?? [],
    extension: row.extension as Task['extension'],
    assignee: row.assignee as string | null,
    checklist: (row.checklist as Task['checklist'] | null) ?? [],
    refusal: row.refusal as Task['refusal'],
    duplicateOf: row.duplicate_of as string | null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    closedAt: row.closed_at as string | null,
    purgedAt: row.purged_at as string | null,
    version: row.version as number,
  };
}

export const AUDIT_COLUMNS = 'id, task_id, at, actor, action, before, after';

export function toAuditParams(entry: AuditEntry): unknown[] {
  return [
    entry.id,
    entry.taskId,
    iso(entry.at),
    entry.actor,
    entry.action,
    json(entry.before),
    json(entry.after),
  ];
}

export function fromAuditRow(row: Record<string, unknown>): AuditEntry {
  return {
    id: row.id as string,
    taskId: row.task_id as string,
    at: row.at as string,
    actor: row.actor as string,
    action: row.action as string,
    before: row.before as AuditEntry['before'],
    after: row.after as AuditEntry['after'],
  };
}
