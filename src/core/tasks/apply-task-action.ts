import { allowsExtension } from '../deadlines/compute-deadline.js';
import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import { LANGUAGES } from '../language/languages.js';
import type { Playbooks } from './playbooks.js';
import { isOpenStatus, type Pause, type Task } from './task.js';
import { type TaskAction, taskActionSchema } from './task-action.js';
import { deadlineOfTask, isPaused } from './task-deadline.js';
import { type TaskFailure, taskFailure } from './task-errors.js';

export interface ActionContext {
  actor: string;
  /** ISO instant of the change. */
  now: string;
  calendar: DeadlineCalendar;
  /** For refusals that name checklist items by their titles; without it, by their ids. */
  playbooks?: Playbooks;
}

export type ActionResult = { ok: true; task: Task; changed: boolean } | TaskFailure;

type Parsed = ReturnType<typeof taskActionSchema.parse>;

const closePauses = (pauses: Pause[], now: string): Pause[] =>
  pauses.map((p) => (p.to === null ? { ...p, to: now } : p));

function closeTask(task: Task, now: string, changes: Partial<Task>): Task {
  return { ...task, ...changes, pauses: closePauses(task.pauses, now), closedAt: now };
}

/**
 * Whether a request of this type may be refused. An objection to direct marketing (Art. 21(3))
 * allows no balancing and no refusal: it is acted on at once (completed), or withdrawn if the
 * requester takes it back.
 */
export function allowsRefusal(type: Task['type']): boolean {
  return type !== 'objection';
}

/**
 * What to do instead of an action the status does not allow, as a key under `tasks:errors.next`;
 * the message nests it after the reason (with the action's name under `tasks:action`).
 */
function nextStep(task: Task, action: string): string {
  if (task.status === 'duplicate') return 'duplicate';
  if (!isOpenStatus(task.status)) return 'closed';
  if (task.status === 'received' && action === 'complete') return 'startFirst';
  if (task.status === 'awaiting_identity' && (action === 'start' || action === 'complete'))
    return 'resumeFirst';
  return 'none';
}

function illegalTransition(task: Task, action: string): TaskFailure {
  return taskFailure('TASK.ILLEGAL_TRANSITION', {
    status: task.status,
    action,
    next: nextStep(task, action),
  });
}

/**
 * The open checklist items for the refusal: ids in `items`, and the playbook titles per language in
 * `items_<lng>`, which each language's message uses, so that staff read the titles on the card.
 */
function missingItems(task: Task, ids: string[], ctx: ActionContext): Record<string, string> {
  const items = ctx.playbooks?.byType[task.type].items ?? [];
  const vars: Record<string, string> = { items: ids.join(', '), type: task.type };
  // Titles contain commas of their own.
  for (const lng of LANGUAGES)
    vars[`items_${lng}`] = ids.map((id) => items.find((i) => i.id === id)?.title[lng] ?? id).join('; ');
  return vars;
}

/** Still inside the first month (an open pause counts up to now, since the clock stood). */
function firstMonthRuns(task: Task, ctx: ActionContext): boolean {
  const endsAt = deadlineOfTask(task, ctx.calendar, ctx.now).firstMonthEndsAt;
  return endsAt !== null && ctx.now <= endsAt;
}

function reduce(task: Task, action: Parsed, ctx: ActionContext): Task | TaskFailure {
  const { now, actor } = ctx;
  const illegal = () => illegalTransition(task, action.type);
  switch (action.type) {
    case 'assign':
      return { ...task, assignee: action.assignee };
    case 'start':
      if (task.status === 'awaiting_identity') return illegal();
      return { ...task, status: 'in_progress' };
    case 'verify':
      return {
        ...task,
        status: 'in_progress',
        pauses: closePauses(task.pauses, now),
        checklist: task.checklist.map((i) =>
          i.id === 'verify-identity' && !i.done ? { ...i, done: true, doneAt: now, doneBy: actor } : i,
        ),
      };
    case 'pause':
      if (task.type === 'breach') return taskFailure('TASK.PAUSE_NOT_ALLOWED', { type: task.type });
      if (isPaused(task)) return taskFailure('TASK.ALREADY_PAUSED');
      return {
        ...task,
        status: 'awaiting_identity',
        pauses: [...task.pauses, { from: now, to: null, reason: action.reason }],
      };
    case 'resume':
      if (!isPaused(task)) return taskFailure('TASK.NOT_PAUSED');
      return { ...task, status: 'in_progress', pauses: closePauses(task.pauses, now) };
    case 'extend':
      if (!allowsExtension(task.type)) return taskFailure('TASK.EXTENSION_NOT_ALLOWED', { type: task.type });
      if (task.extension) return taskFailure('TASK.EXTENSION_ALREADY_USED');
      if (!documentsItself(action.reason)) return taskFailure('TASK.REASON_REQUIRED');
      if (!firstMonthRuns(task, ctx)) return taskFailure('TASK.EXTENSION_TOO_LATE');
      return {
        ...task,
        extension: {
          reason: action.reason,
          at: now,
          by: actor,
          noticeSentAt: action.noticeSent ? now : null,
        },
      };
    case 'extension-notice':
      if (!task.extension) return taskFailure('TASK.NO_EXTENSION');
      if (task.extension.noticeSentAt) return taskFailure('TASK.NOTICE_ALREADY_SENT');
      if (!firstMonthRuns(task, ctx)) return taskFailure('TASK.NOTICE_TOO_LATE');
      return { ...task, extension: { ...task.extension, noticeSentAt: now } };
    case 'check': {
      const item = task.checklist.find((i) => i.id === action.item);
      if (!item) return taskFailure('TASK.UNKNOWN_CHECKLIST_ITEM', { item: action.item });
      if (item.done === action.done) return task;
      const updated = action.done
        ? { ...item, done: true, doneAt: now, doneBy: actor }
        : { ...item, done: false, doneAt: null, doneBy: null };
      return { ...task, checklist: task.checklist.map((i) => (i.id === item.id ? updated : i)) };
    }
    case 'complete': {
      if (task.status !== 'in_progress') return illegal();
      const missing = task.checklist.filter((i) => !i.done).map((i) => i.id);
      if (missing.length > 0)
        return taskFailure('TASK.CHECKLIST_INCOMPLETE', missingItems(task, missing, ctx));
      return closeTask(task, now, { status: 'completed' });
    }
    case 'refuse':
      if (!allowsRefusal(task.type)) return taskFailure('TASK.REFUSAL_NOT_ALLOWED', { type: task.type });
      if (!documentsItself(action.reason)) return taskFailure('TASK.REASON_REQUIRED');
      return closeTask(task, now, {
        status: 'refused',
        refusal: { reason: action.reason, complaintRightNotified: action.complaintNotified },
      });
    case 'withdraw':
      return closeTask(task, now, { status: 'withdrawn' });
  }
}

/** A reason that documents the decision: at least three characters (as the Slack modals ask), not "x". */
function documentsItself(reason: string): boolean {
  return reason.trim().length >= 3;
}

/**
 * The task lifecycle: applies one action and returns the new task (status, pauses, extension,
 * checklist, `due`/`dueAt` recomputed, `version` bumped) or a failure with a stable code and an i18n
 * key. Closed and duplicate tasks accept no action. An action that changes nothing (a second click)
 * returns `changed: false` and should not be written.
 */
export function applyTaskAction(task: Task, input: TaskAction, ctx: ActionContext): ActionResult {
  const parsed = taskActionSchema.safeParse(input);
  if (!parsed.success) return taskFailure('TASK.INVALID_ACTION', { action: String(input?.type) });
  const action = parsed.data;
  if (!isOpenStatus(task.status)) return illegalTransition(task, action.type);
  const next = reduce(task, action, ctx);
  if ('ok' in next) return next;
  if (JSON.stringify(next) === JSON.stringify(task)) return { ok: true, task, changed: false };
  const deadline = deadlineOfTask(next, ctx.calendar);
  return {
    ok: true,
    changed: true,
    task: {
      ...next,
      due: deadline.due,
      dueAt: deadline.dueAt,
      updatedAt: ctx.now,
      version: task.version + 1,
    },
  };
}
