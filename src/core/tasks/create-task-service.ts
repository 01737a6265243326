import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Deadline } from '../deadlines/compute-deadline.js';
import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import { addMilliseconds } from '../deadlines/local-time.js';
import { LANGUAGES } from '../language/languages.js';
import type { Clock } from '../ports/clock.js';
import type { RetentionStore } from '../ports/retention-store.js';
import type { TaskStore } from '../ports/task-store.js';
import { applyTaskAction } from './apply-task-action.js';
import { buildNewTask } from './build-new-task.js';
import { buildTaskQuery, type TaskListQuery } from './build-task-query.js';
import { auditedFields, diffTask } from './diff-task.js';
import type { Playbooks } from './playbooks.js';
import { readPastInstant } from './read-past-instant.js';
import { requesterKeyOf } from './requester-key.js';
import { type AuditEntry, REQUEST_TYPES, type Task } from './task.js';
import type { TaskAction } from './task-action.js';
import { deadlineOfTask } from './task-deadline.js';
import { type TaskFailure, taskFailure } from './task-errors.js';
import { taskMessages } from './task-messages.js';

export interface TaskServiceDeps {
  store: TaskStore;
  clock: Clock;
  calendar: DeadlineCalendar;
  playbooks: Playbooks;
  /** Outbox destinations told of every creation and change (e.g. `zendesk`, `slack`). */
  destinations: readonly string[];
  newId?: () => string;
  /** When given, the purge also prunes delivered outbox and completed inbox rows. */
  retention?: RetentionStore;
}

export const createTasksInputSchema = z.object({
  source: z.enum(['zendesk', 'manual']),
  /** A Zendesk ticket number: the doors turn `#9001` and ticket URLs into `9001`. */
  ticketId: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, 'a Zendesk ticket number')
    .nullable(),
  types: z.array(z.enum(REQUEST_TYPES)).min(1),
  /** ISO instant, local date-time or date (read in the configured zone). */
  receivedAt: z.string().min(10),
  requester: z
    .object({
      email: z.string().trim().min(3).nullable(),
      zendeskUserId: z.string().trim().min(1).nullable(),
    })
    .nullable(),
  language: z.enum(LANGUAGES),
  actor: z.string().trim().min(1),
});
export type CreateTasksInput = z.input<typeof createTasksInputSchema>;

export type ActResult = { ok: true; task: Task } | TaskFailure;

export interface PurgeResult {
  closedBefore: string;
  tasks: number;
  outbox: number;
  inbox: number;
}

/** Days after which delivered outbox messages and completed inbox deliveries are deleted. */
export const PRUNE_PROCESSED_AFTER_DAYS = 30;
/** Repeat requests of one person and type within this many days link to the open task. */
export const DUPLICATE_WINDOW_DAYS = 30;
const MAX_ATTEMPTS = 8;
const PURGE_BATCH = 500;

export type TaskService = ReturnType<typeof createTaskService>;

/**
 * The one way into tasks, shared by the CLI, the Zendesk intake, Slack buttons and the console:
 * creates tasks (one per ticket and type, repeats linked as duplicates), applies lifecycle actions
 * with optimistic concurrency, lists, audits and purges. Each write carries its audit entry and
 * one outbox message per destination in the same store call.
 */
export function createTaskService(deps: TaskServiceDeps) {
  const newId = deps.newId ?? randomUUID;
  const now = () => deps.clock.now().toISOString();

  async function createTasks(raw: CreateTasksInput): Promise<{ created: Task[]; existing: Task[] }> {
    const input = createTasksInputSchema.parse(raw);
    const at = now();
    // A receipt in the future would start a wrong legal clock: refused here, for every door.
    const receivedAt = readPastInstant(
      input.receivedAt,
      at,
      deps.calendar.timeZone,
      'TASK.RECEIVED_IN_FUTURE',
    );
    const since = addMilliseconds(receivedAt, -DUPLICATE_WINDOW_DAYS * 86_400_000);
    const requesterKey = requesterKeyOf(input.requester);
    const existing: Task[] = [];
    const tasks: Task[] = [];
    for (const type of new Set(input.types)) {
      if (input.ticketId) {
        const [found] = await deps.store.findTasks({ ticketId: input.ticketId, type: [type], limit: 1 });
        if (found) {
          existing.push(found);
          continue;
        }
      }
      const duplicateOf = requesterKey
        ? await deps.store.findOpenTaskForRequester(requesterKey, type, since)
        : null;
      const checklist = deps.playbooks.byType[type].items.map((i) => i.id);
      const fields = {
        ...input,
        type,
        receivedAt,
        requesterKey,
        checklist,
        now: at,
        duplicateOf,
        id: newId(),
      };
      tasks.push(buildNewTask(fields, deps.calendar));
    }
    if (tasks.length === 0) return { created: [], existing };
    const audit = tasks.map(
      (task): AuditEntry => ({
        id: newId(),
        taskId: task.id,
        at,
        actor: input.actor,
        action: 'created',
        before: null,
        after: auditedFields(task),
      }),
    );
    const outbox = tasks.flatMap((task, i) =>
      taskMessages('task.created', task, audit[i] as AuditEntry, deps.destinations),
    );
    const result = await deps.store.insertTasks({ tasks, audit, outbox });
    return { created: result.inserted, existing: [...existing, ...result.existing] };
  }

  async function act(taskId: string, action: TaskAction, actor: string): Promise<ActResult> {
    // Optimistic concurrency: on a conflicting write, reload and re-apply the action to the fresh task.
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const task = await deps.store.getTask(taskId);
      if (!task) return taskFailure('TASK.NOT_FOUND', { id: taskId });
      const at = now();
      const ctx = { actor, now: at, calendar: deps.calendar, playbooks: deps.playbooks };
      const result = applyTaskAction(task, action, ctx);
      if (!result.ok || !result.changed) return result.ok ? { ok: true, task: result.task } : result;
      const entry: AuditEntry = {
        id: newId(),
        taskId,
        at,
        actor,
        action: action.type,
        ...diffTask(task, result.task),
      };
      const outcome = await deps.store.updateTask({
        task: result.task,
        expectedVersion: task.version,
        audit: [entry],
        outbox: taskMessages('task.changed', result.task, entry, deps.destinations),
      });
      if (outcome === 'ok') return { ok: true, task: result.task };
      if (outcome === 'not_found') return taskFailure('TASK.NOT_FOUND', { id: taskId });
    }
    return taskFailure('TASK.CONFLICT', { id: taskId });
  }

  async function purge(opts: {
    olderThanMonths: number;
    /** Purge as of this earlier moment (an instant, or a local date or date-time); never a later one. */
    now?: string;
    /** Told the running total after each batch (a progress display on long purges). */
    onProgress?: (tasks: number) => void;
  }): Promise<PurgeResult> {
    // A "now" in the future would erase personal data before its time, irreversibly.
    const at =
      opts.now === undefined
        ? now()
        : readPastInstant(opts.now, now(), deps.calendar.timeZone, 'TASK.PURGE_IN_FUTURE');
    // Months on the local calendar: 24 months before 31 May 12:00 is 31 May 12:00, two years earlier.
    const local = DateTime.fromISO(at, { zone: deps.calendar.timeZone });
    const closedBefore = local.minus({ months: opts.olderThanMonths }).toUTC().toISO() as string;
    let tasks = 0;
    for (;;) {
      const purged = await deps.store.purgeClosedTasks({ closedBefore, now: at, limit: PURGE_BATCH });
      tasks += purged;
      opts.onProgress?.(tasks);
      if (purged < PURGE_BATCH) break;
    }
    const before = addMilliseconds(at, -PRUNE_PROCESSED_AFTER_DAYS * 86_400_000);
    const pruned = deps.retention ? await deps.retention.pruneProcessed({ before }) : { outbox: 0, inbox: 0 };
    return { closedBefore, tasks, ...pruned };
  }

  return {
    createTasks,
    act,
    purge,
    get: (id: string) => deps.store.getTask(id),
    list: (query: TaskListQuery = {}) => deps.store.findTasks(buildTaskQuery(query, now(), deps.calendar)),
    audit: (id: string) => deps.store.listAudit(id),
    /** The full deadline of a task (first month end, extended date) for display. */
    deadline: (task: Task): Deadline => deadlineOfTask(task, deps.calendar),
    calendar: deps.calendar,
    playbooks: deps.playbooks,
  };
}
