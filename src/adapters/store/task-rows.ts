import type { AuditEntry, Task } from '../../core/tasks/task.js';
import { type ColumnReader, iso, isoOrNull, jsonOrNull as json } from './column-values.js';

export interface TaskRow {
  id: string;
  type: string;
  status: string;
  source: string;
  ticket_id: string | null;
  requester: string | null;
  requester_key: string | null;
  language: string;
  received_at: string;
  due: string;
  due_at: string;
  pauses: string;
  extension: string | null;
  assignee: string | null;
  checklist: string;
  refusal: string | null;
  duplicate_of: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  purged_at: string | null;
  version: number;
}

export interface AuditRow {
  id: string;
  task_id: string;
  at: string;
  actor: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** The columns of `tasks`, in the order of the schema and of `fromTaskValues`. */
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
] as const satisfies ReadonlyArray<keyof TaskRow>;

export const TASK_COLUMN_LIST = TASK_COLUMNS.join(', ');

export const AUDIT_COLUMNS = [
  'id',
  'task_id',
  'at',
  'actor',
  'action',
  'before',
  'after',
] as const satisfies ReadonlyArray<keyof AuditRow>;

/** A task as written: instants normalised, JSON as text (both dialects take it so). */
export function toTaskRow(task: Task): TaskRow {
  return {
    id: task.id,
    type: task.type,
    status: task.status,
    source: task.source,
    ticket_id: task.ticketId,
    requester: json(task.requester),
    requester_key: task.requesterKey,
    language: task.language,
    received_at: iso(task.receivedAt),
    due: task.due,
    due_at: iso(task.dueAt),
    pauses: JSON.stringify(task.pauses),
    extension: json(task.extension),
    assignee: task.assignee,
    checklist: JSON.stringify(task.checklist),
    refusal: json(task.refusal),
    duplicate_of: task.duplicateOf,
    created_at: iso(task.createdAt),
    updated_at: iso(task.updatedAt),
    closed_at: isoOrNull(task.closedAt),
    purged_at: isoOrNull(task.purgedAt),
    version: task.version,
  };
}

type Values = readonly unknown[];
const text = (v: unknown) => v as string;
const textOrNull = (v: unknown) => v as string | null;

/**
 * A task from a row's values in TASK_COLUMNS order (SQLite reads them so in raw mode: building one
 * object per task instead of a row object and then a task halves the cost of large listings).
 */
export function fromTaskValues(v: Values, read: ColumnReader): Task {
  return {
    id: text(v[0]),
    type: text(v[1]) as Task['type'],
    status: text(v[2]) as Task['status'],
    source: text(v[3]) as Task['source'],
    ticketId: textOrNull(v[4]),
    requester: read.json(v[5]),
    requesterKey: textOrNull(v[6]),
    language: text(v[7]) as Task['language'],
    receivedAt: text(v[8]),
    due: text(v[9]),
    dueAt: text(v[10]),
    pauses: read.json<Task['pauses']>(v[11]) ?? [],
    extension: read.json(v[12]),
    assignee: textOrNull(v[13]),
    checklist: read.json<Task['checklist']>(v[14]) ?? [],
    refusal: read.json(v[15]),
    duplicateOf: textOrNull(v[16]),
    createdAt: text(v[17]),
    updatedAt: text(v[18]),
    closedAt: textOrNull(v[19]),
    purgedAt: textOrNull(v[20]),
    version: v[21] as number,
  };
}

/** An audit entry as written: its instant normalised, JSON as text. */
export function toAuditRow(entry: AuditEntry): AuditRow {
  return {
    id: entry.id,
    task_id: entry.taskId,
    at: iso(entry.at),
    actor: entry.actor,
    action: entry.action,
    before: json(entry.before),
    after: json(entry.after),
  };
}

/** An audit entry from a row as the driver returns it (JSON as text in SQLite, parsed in Postgres). */
export function fromAuditRow(row: Record<keyof AuditRow, unknown>, read: ColumnReader): AuditEntry {
  return {
    id: row.id as string,
    taskId: row.task_id as string,
    at: row.at as string,
    actor: row.actor as string,
    action: row.action as string,
    before: read.json(row.before),
    after: read.json(row.after),
  };
}
