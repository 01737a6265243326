import type { Language } from '../language/languages.js';
import type { Translate } from '../ports/translate.js';
import type { Task } from '../tasks/task.js';
import { type TaskFacts, taskFactsOf } from '../tasks/task-messages.js';
import { formatDate, formatInstant } from './format-for-reader.js';

/** Task actions that get a note on the ticket; checklist ticks are too frequent to be worth one. */
export const NOTED_ACTIONS = [
  'assign',
  'start',
  'verify',
  'pause',
  'resume',
  'extend',
  'extension-notice',
  'complete',
  'refuse',
  'withdraw',
] as const;

export interface ChangeNoteInput {
  task: Task;
  /** The task's facts at the version of the change; without them (older messages), as it now stands. */
  facts?: TaskFacts;
  action: string;
  actor: string;
  locale: Language;
  timeZone: string;
  translate: Translate;
}

/** A Slack user id as it appears in our records (`U…`/`W…`), bare or as `slack:U…`. */
const SLACK_ID = /^(?:slack:)?([UW][A-Z0-9]{2,})$/;

/**
 * Who did it, in words a Zendesk agent can place: Slack ids are labelled as Slack users (agents
 * cannot resolve a bare `U…`), CLI and console actors as such; anything else as recorded.
 */
export function describeActor(actor: string, locale: Language, t: Translate): string {
  const slack = SLACK_ID.exec(actor);
  if (slack) return t('zendesk:actor.slack', locale, { id: slack[1] });
  const [kind, ...rest] = actor.split(':');
  const name = rest.join(':');
  if ((kind === 'cli' || kind === 'console') && name) return t(`zendesk:actor.${kind}`, locale, { name });
  return actor;
}

/**
 * The internal note for a task change (completed, refused, extended, paused, …) in the agents'
 * language, describing the task as it was at that change (assignee, status, pause, due date), so a
 * note delivered late after later changes still tells its own step. Null for changes that warrant
 * no note.
 */
export function composeChangeNote(input: ChangeNoteInput): string | null {
  const { task, locale, translate: t } = input;
  if (input.action === 'check' || input.action === 'created') return null;
  const facts = input.facts ?? taskFactsOf(task);
  const known = (NOTED_ACTIONS as readonly string[]).includes(input.action);
  let action = known ? input.action : 'other';
  if (action === 'assign' && !facts.assignee) action = 'unassign';
  const due =
    task.type === 'breach'
      ? formatInstant(facts.dueAt, locale, input.timeZone)
      : formatDate(facts.due, locale);
  const vars = {
    right: t(`zendesk:right.${task.type}`, locale),
    taskId: task.id,
    actor: describeActor(input.actor, locale, t),
    action: input.action,
    due,
    status: t(`zendesk:status.${facts.status}`, locale),
    assignee: facts.assignee ? describeActor(facts.assignee, locale, t) : '',
    // Extension and refusal are each recorded once and then fixed, so the task's own reason is the one.
    reason:
      action === 'extend'
        ? (task.extension?.reason ?? '')
        : action === 'refuse'
          ? (task.refusal?.reason ?? '')
          : action === 'pause' && facts.pause
            ? t(`zendesk:pauseReason.${facts.pause.reason}`, locale)
            : '',
  };
  const lines = [t(`zendesk:change.${action}`, locale, vars)];
  if (facts.status !== 'completed' && facts.status !== 'refused' && facts.status !== 'withdrawn')
    lines.push(t(facts.pause?.open ? 'zendesk:change.clockStopped' : 'zendesk:change.dueNow', locale, vars));
  if (action === 'refuse' && task.refusal && !task.refusal.complaintRightNotified)
    lines.push(t('zendesk:change.complaintRightMissing', locale));
  return lines.join('\n');
}
