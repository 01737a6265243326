import type pg from 'pg';
import type { TaskQuery, TaskStore } from '../../../core/ports/task-store.js';
import { OPEN_STATUSES, type Task } from '../../../core/tasks/task.js';
import { iso, POSTGRES_COLUMNS } from '../column-values.js';
import { purgeTaskRecord } from '../purge-task-record.js';
import { scrubReasons } from '../scrub-reasons.js';
import { AUDIT_COLUMNS, fromAuditRow, TASK_COLUMN_LIST, TASK_COLUMNS } from '../task-rows.js';
import { inTransaction, type Queryable } from './in-transaction.js';
import { insertOutbox } from './postgres-outbox-store.js';
import { fromTaskRow, type PostgresTaskRow, toAuditParams, toTaskParams } from './postgres-task-rows.js';

const params = (from: number, n: number) => Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');

// Tasks of one ticket arrive from several replicas at once: the unique index decides, and the
// loser's insert waits for the winner's commit, then does nothing and reads the winner's row.
const INSERT_TASK = `INSERT INTO tasks (${TASK_COLUMN_LIST}) VALUES (${params(1, TASK_COLUMNS.length)})
  ON CONFLICT (ticket_id, type) WHERE ticket_id IS NOT NULL DO NOTHING RETURNING *`;
const UPDATE_TASK = `UPDATE tasks SET (${TASK_COLUMN_LIST}) = (${params(1, TASK_COLUMNS.length)})
  WHERE id = $1 AND version = $${TASK_COLUMNS.length + 1}`;
// One statement per batch of entries, in the order given (their `seq` orders the trail).
const INSERT_AUDIT = `INSERT INTO task_audit (${AUDIT_COLUMNS.join(', ')})
  SELECT e.id, e.task_id, e.at, e.actor, e.action, e.before::jsonb, e.after::jsonb
  FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[])
    WITH ORDINALITY AS e (id, task_id, at, actor, action, before, after, n)
  ORDER BY e.n`;
// Ids sort by code point, as in SQLite, whatever the database's collation.
const ORDER = 'ORDER BY due_at, id COLLATE "C"';

/** WHERE clause and parameters for a task query; every filter is an indexed column. */
function whereOf(query: TaskQuery): { sql: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    values.push(value);
    clauses.push(clause(`$${values.length}`));
  };
  if (query.status) add((n) => `status = ANY(${n}::text[])`, [...query.status]);
  if (query.type) add((n) => `type = ANY(${n}::text[])`, [...query.type]);
  if (query.dueAtOrBefore) add((n) => `due_at <= ${n}`, iso(query.dueAtOrBefore));
  if (query.assignee === null) clauses.push('assignee IS NULL');
  else if (query.assignee !== undefined) add((n) => `assignee = ${n}`, query.assignee);
  if (query.ticketId) add((n) => `ticket_id = ${n}`, query.ticketId);
  if (query.closedSince) add((n) => `closed_at >= ${n}`, iso(query.closedSince));
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', values };
}

async function insertAudit(db: Queryable, entries: ReadonlyArray<Parameters<typeof toAuditParams>[0]>) {
  if (entries.length === 0) return;
  const rows = entries.map(toAuditParams);
  await db.query(
    INSERT_AUDIT,
    Array.from({ length: 7 }, (_, column) => rows.map((row) => row[column])),
  );
}

async function purgeOne(db: pg.PoolClient, task: Task, now: string): Promise<void> {
  const { purged, entry } = purgeTaskRecord(task, now);
  await db.query(UPDATE_TASK, [...toTaskParams({ ...purged, version: task.version + 1 }), task.version]);
  // Reasons are free text that may name people: blank them in the trail too, keep dates and ids.
  const { rows } = await db.query('SELECT id, before, after FROM task_audit WHERE task_id = $1', [task.id]);
  for (const row of rows as Array<{ id: string; before: unknown; after: unknown }>) {
    const scrub = (value: unknown) => (value === null ? null : JSON.stringify(scrubReasons(value)));
    await db.query('UPDATE task_audit SET before = $2, after = $3 WHERE id = $1', [
      row.id,
      scrub(row.before),
      scrub(row.after),
    ]);
  }
  await insertAudit(db, [entry]);
}

export function createPostgresTaskStore(pool: pg.Pool): TaskStore {
  const one = async (db: Queryable, where: string, values: unknown[]) => {
    const { rows } = await db.query<PostgresTaskRow>(
      `SELECT ${TASK_COLUMN_LIST} FROM tasks ${where}`,
      values,
    );
    return rows[0] ? fromTaskRow(rows[0]) : null;
  };

  return {
    async insertTasks(batch) {
      return inTransaction(pool, async (db) => {
        const inserted: Task[] = [];
        const existing: Task[] = [];
        const skipped = new Set<string>();
        for (const task of batch.tasks) {
          const { rows } = await db.query<PostgresTaskRow>(INSERT_TASK, toTaskParams(task));
          if (rows[0]) {
            inserted.push(fromTaskRow(rows[0]));
            continue;
          }
          const found = await one(db, 'WHERE ticket_id = $1 AND type = $2', [task.ticketId, task.type]);
          if (!found) throw new Error(`task ${task.id} was neither inserted nor found`);
          existing.push(found);
          skipped.add(task.id);
        }
        await insertAudit(
          db,
          batch.audit.filter((e) => !skipped.has(e.taskId)),
        );
        const at = inserted[0]?.createdAt ?? new Date().toISOString();
        await insertOutbox(
          db,
          batch.outbox.filter((m) => !skipped.has(String(m.payload.taskId))),
          at,
        );
        return { inserted, existing };
      });
    },
    async updateTask(change) {
      return inTransaction(pool, async (db) => {
        const next = { ...change.task, version: change.expectedVersion + 1 };
        const result = await db.query(UPDATE_TASK, [...toTaskParams(next), change.expectedVersion]);
        if (result.rowCount === 0) {
          const found = await db.query('SELECT 1 FROM tasks WHERE id = $1', [change.task.id]);
          return found.rowCount ? 'conflict' : 'not_found';
        }
        await insertAudit(db, change.audit);
        await insertOutbox(db, change.outbox, change.task.updatedAt);
        return 'ok';
      });
    },
    async getTask(id) {
      return one(pool, 'WHERE id = $1', [id]);
    },
    async findTasks(query) {
      const { sql, values } = whereOf(query);
      const limit = query.limit ? ` LIMIT ${Math.max(1, Math.floor(query.limit))}` : '';
      const { rows } = await pool.query<PostgresTaskRow>(
        `SELECT ${TASK_COLUMN_LIST} FROM tasks ${sql} ${ORDER}${limit}`,
        values,
      );
      return rows.map(fromTaskRow);
    },
    async findOpenTaskForRequester(requesterKey, type, since) {
      return one(
        pool,
        `WHERE requester_key = $1 AND type = $2 AND status = ANY($3::text[]) AND received_at >= $4
         ORDER BY received_at LIMIT 1`,
        [requesterKey, type, [...OPEN_STATUSES], iso(since)],
      );
    },
    async listAudit(taskId) {
      const { rows } = await pool.query(
        `SELECT ${AUDIT_COLUMNS.join(', ')} FROM task_audit WHERE task_id = $1 ORDER BY seq`,
        [taskId],
      );
      return rows.map((row) => fromAuditRow(row, POSTGRES_COLUMNS));
    },
    async purgeClosedTasks({ closedBefore, now, limit }) {
      const cutOff = iso(closedBefore);
      const at = iso(now);
      return inTransaction(pool, async (db) => {
        // SKIP LOCKED: two purges at once (or a purge beside a task change) split the rows, never block.
        const { rows } = await db.query<PostgresTaskRow>(
          `SELECT ${TASK_COLUMN_LIST} FROM tasks
           WHERE closed_at IS NOT NULL AND closed_at < $1 AND purged_at IS NULL
           ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [cutOff, limit],
        );
        for (const row of rows) await purgeOne(db, fromTaskRow(row), at);
        return rows.length;
      });
    },
  };
}
