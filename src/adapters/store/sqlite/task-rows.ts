import type { AuditEntry, Task } from '../../../core/tasks/task.js';

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

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

/** Instants are stored in one text form (`toISOString()`) so that SQL compares them correctly. */
export const iso = (instant: string): string => new Date(instant).toISOString();
export const isoOrNull = (instant: string | null): string | null => (instant === null ? null : iso(instant));

export const TASK_COLUMNS =
  'id, type, status, source, ticket_id, requester, requester_key, language, received_at, due, due_at, pauses, extension, assignee, checklist, refusal, duplicate_of, created_at, updated_at, closed_at, purged_at, version';

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
 * A task from a row read in raw mode (values in TASK_COLUMNS order): building one object per task
 * instead of a row object and then a task halves the cost of large listings.
 */
export function fromTaskValues(v: Values): Task {
  return {
    id: text(v[0]),
    type: text(v[1]) as Task['type'],
    status: text(v[2]) as Task['status'],
    source: text(v[3]) as Task['source'],
    ticketId: textOrNull(v[4]),
    requester: parse(textOrNull(v[5])),
    requesterKey: textOrNull(v[6]),
    language: text(v[7]) as Task['language'],
    receivedAt: text(v[8]),
    due: text(v[9]),
    dueAt: text(v[10]),
    pauses: parse(textOrNull(v[11])) ?? [],
    extension: parse(textOrNull(v[12])),
    assignee: textOrNull(v[13]),
    checklist: parse(textOrNull(v[14])) ?? [],
    refusal: parse(textOrNull(v[15])),
    duplicateOf: textOrNull(v[16]),
    createdAt: text(v[17]),
    updatedAt: text(v[18]),
    closedAt: textOrNull(v[19]),
    purgedAt: textOrNull(v[20]),
    version: v[21] as number,
  };
}

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

export function fromAuditRow(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    taskId: row.task_id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    before: parse(row.before),
    after: parse(row.after),
  };
}
