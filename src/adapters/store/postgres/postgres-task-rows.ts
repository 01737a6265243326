import type { AuditEntry, Task } from '../../../core/tasks/task.js';
import { POSTGRES_COLUMNS } from '../column-values.js';
import { AUDIT_COLUMNS, fromTaskValues, TASK_COLUMNS, toAuditRow, toTaskRow } from '../task-rows.js';

/** Query parameters in TASK_COLUMNS order; JSON goes as text and Postgres casts it to jsonb. */
export function toTaskParams(task: Task): unknown[] {
  const row = toTaskRow(task);
  return TASK_COLUMNS.map((column) => row[column]);
}

/** A row as the pool returns it: instants already ISO text, jsonb already parsed. */
export type PostgresTaskRow = Record<(typeof TASK_COLUMNS)[number], unknown>;

export function fromTaskRow(row: PostgresTaskRow): Task {
  return fromTaskValues(
    TASK_COLUMNS.map((column) => row[column]),
    POSTGRES_COLUMNS,
  );
}

/** Query parameters in AUDIT_COLUMNS order. */
export function toAuditParams(entry: AuditEntry): unknown[] {
  const row = toAuditRow(entry);
  return AUDIT_COLUMNS.map((column) => row[column]);
}
