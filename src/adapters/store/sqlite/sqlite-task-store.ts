import type Database from 'better-sqlite3';
import type { TaskQuery, TaskStore } from '../../../core/ports/task-store.js';
import { OPEN_STATUSES, type Task } from '../../../core/tasks/task.js';
import { iso, SQLITE_COLUMNS } from '../column-values.js';
import { purgeTaskRecord } from '../purge-task-record.js';
import { scrubReasons } from '../scrub-reasons.js';
import {
  type AuditRow,
  fromAuditRow,
  fromTaskValues,
  TASK_COLUMN_LIST,
  TASK_COLUMNS,
  toAuditRow,
  toTaskRow,
} from '../task-rows.js';
import { insertOutbox } from './sqlite-outbox-store.js';

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const OPEN = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** WHERE clause and parameters for a task query; every filter is an indexed column. */
function whereOf(query: TaskQuery): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (query.status) {
    clauses.push(`status IN (${placeholders(query.status.length)})`);
    params.push(...query.status);
  }
  if (query.type) {
    clauses.push(`type IN (${placeholders(query.type.length)})`);
    params.push(...query.type);
  }
  if (query.dueAtOrBefore) {
    clauses.push('due_at <= ?');
    params.push(iso(query.dueAtOrBefore));
  }
  if (query.assignee !== undefined) {
    clauses.push(query.assignee === null ? 'assignee IS NULL' : 'assignee = ?');
    if (query.assignee !== null) params.push(query.assignee);
  }
  if (query.ticketId) {
    clauses.push('ticket_id = ?');
    params.push(query.ticketId);
  }
  if (query.closedSince) {
    clauses.push('closed_at >= ?');
    params.push(iso(query.closedSince));
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function createSqliteTaskStore(db: Database.Database): TaskStore {
  const insertTask = db.prepare(
    `INSERT INTO tasks (${TASK_COLUMN_LIST}) VALUES (${TASK_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const updateTask = db.prepare(
    `UPDATE tasks SET ${TASK_COLUMNS.filter((c) => c !== 'id' && c !== 'version')
      .map((c) => `${c} = @${c}`)
      .join(', ')}, version = @version WHERE id = @id AND version = @expected`,
  );
  const insertAudit = db.prepare(
    'INSERT INTO task_audit (id, task_id, at, actor, action, before, after) VALUES (@id, @task_id, @at, @actor, @action, @before, @after)',
  );
  // Task rows are read in raw mode (arrays in TASK_COLUMNS order); see fromTaskValues.
  const selectTasks = (where: string) =>
    db.prepare(`SELECT ${TASK_COLUMN_LIST} FROM tasks ${where}`).raw(true);
  const byId = selectTasks('WHERE id = ?');
  const byTicketType = selectTasks('WHERE ticket_id = ? AND type = ?');
  const one = (values: unknown) => (values ? fromTaskValues(values as unknown[], SQLITE_COLUMNS) : null);
  const get = (id: string) => one(byId.get(id));

  const insertBatch = db.transaction((batch: Parameters<TaskStore['insertTasks']>[0]) => {
    const inserted: Task[] = [];
    const existing: Task[] = [];
    const skipped = new Set<string>();
    for (const task of batch.tasks) {
      const found = task.ticketId ? one(byTicketType.get(task.ticketId, task.type)) : null;
      if (found) {
        existing.push(found);
        skipped.add(task.id);
        continue;
      }
      insertTask.run(toTaskRow(task));
      inserted.push(get(task.id) as Task);
    }
    for (const entry of batch.audit) if (!skipped.has(entry.taskId)) insertAudit.run(toAuditRow(entry));
    const at = inserted[0]?.createdAt ?? new Date().toISOString();
    insertOutbox(
      db,
      batch.outbox.filter((m) => !skipped.has(String(m.payload.taskId))),
      at,
    );
    return { inserted, existing };
  });

  const applyChange = db.transaction((change: Parameters<TaskStore['updateTask']>[0]) => {
    const row = {
      ...toTaskRow(change.task),
      version: change.expectedVersion + 1,
      expected: change.expectedVersion,
    };
    if (updateTask.run(row).changes === 0) return byId.get(change.task.id) ? 'conflict' : 'not_found';
    for (const entry of change.audit) insertAudit.run(toAuditRow(entry));
    insertOutbox(db, change.outbox, change.task.updatedAt);
    return 'ok';
  });

  const purgeBatch = db.transaction((closedBefore: string, now: string, limit: number) => {
    const tasks = selectTasks(
      'WHERE closed_at IS NOT NULL AND closed_at < ? AND purged_at IS NULL ORDER BY closed_at LIMIT ?',
    )
      .all(closedBefore, limit)
      .map((values) => fromTaskValues(values as unknown[], SQLITE_COLUMNS));
    const auditOf = db.prepare('SELECT id, before, after FROM task_audit WHERE task_id = ?');
    const rewriteAudit = db.prepare('UPDATE task_audit SET before = ?, after = ? WHERE id = ?');
    for (const task of tasks) {
      const { purged, entry } = purgeTaskRecord(task, now);
      updateTask.run({ ...toTaskRow(purged), version: task.version + 1, expected: task.version });
      // Reasons are free text that may name people: blank them in the trail too, keep dates and ids.
      for (const row of auditOf.all(task.id) as Array<Pick<AuditRow, 'id' | 'before' | 'after'>>) {
        const scrub = (text: string | null) =>
          text === null ? null : JSON.stringify(scrubReasons(JSON.parse(text)));
        rewriteAudit.run(scrub(row.before), scrub(row.after), row.id);
      }
      insertAudit.run(toAuditRow(entry));
    }
    return tasks.length;
  });

  return {
    async insertTasks(batch) {
      return insertBatch.immediate(batch);
    },
    async updateTask(change) {
      return applyChange.immediate(change) as 'ok' | 'conflict' | 'not_found';
    },
    async getTask(id) {
      return get(id);
    },
    async findTasks(query) {
      const { sql, params } = whereOf(query);
      const limit = query.limit ? `LIMIT ${Math.max(1, Math.floor(query.limit))}` : '';
      const rows = selectTasks(`${sql} ORDER BY due_at, id ${limit}`).all(...params);
      return rows.map((values) => fromTaskValues(values as unknown[], SQLITE_COLUMNS));
    },
    async findOpenTaskForRequester(requesterKey, type, since) {
      const where = `WHERE requester_key = ? AND type = ? AND status IN ${OPEN} AND received_at >= ?
        ORDER BY received_at LIMIT 1`;
      return one(selectTasks(where).get(requesterKey, type, iso(since)));
    },
    async listAudit(taskId) {
      const rows = db
        .prepare('SELECT * FROM task_audit WHERE task_id = ? ORDER BY seq')
        .all(taskId) as AuditRow[];
      return rows.map((row) => fromAuditRow(row, SQLITE_COLUMNS));
    },
    async purgeClosedTasks({ closedBefore, now, limit }) {
      return purgeBatch.immediate(iso(closedBefore), iso(now), limit);
    },
  };
}
