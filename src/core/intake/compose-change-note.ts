import type { Language } from '../language/languages.js';
import type { Translate } from '../ports/translate.js';
import type { Task } from '../tasks/task.js';
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
  action: string;
  actor: string;
  locale: Language;
  timeZone: string;
  translate: Translate;
}

/**
 * The internal note for a task change (completed, refused, extended, paused, …) in the agents'
 * language, with the due date as it now stands. Null for changes that warrant no note.
 */
export function composeChangeNote(input: ChangeNoteInput): string | null {
  const { task, locale, translate: t } = input;
  if (input.action === 'check' || input.action === 'created') return null;
  const known = (NOTED_ACTIONS as readonly string[]).includes(input.action);
  let action = known ? input.action : 'other';
  if (action === 'assign' && !task.assignee) action = 'unassign';
  const openPause = task.pauses.find((p) => p.to === null);
  // The note is written when delivered, perhaps after later changes: the pause is the last one recorded.
  const lastPause = task.pauses.at(-1);
  const due =
    task.type === 'breach' ? formatInstant(task.dueAt, locale, input.timeZone) : formatDate(task.due, locale);
  const vars = {
    right: t(`zendesk:right.${task.type}`, locale),
    taskId: task.id,
    actor: input.actor,
    action: input.action,
    due,
    status: t(`zendesk:status.${task.status}`, locale),
    assignee: task.assignee ?? '',
    reason:
      action === 'extend'
        ? (task.extension?.reason ?? '')
        : action === 'refuse'
          ? (task.refusal?.reason ?? '')
          : action === 'pause' && lastPause
            ? t(`zendesk:pauseReason.${lastPause.reason}`, locale)
            : '',
  };
  const lines = [t(`zendesk:change.${action}`, locale, vars)];
  if (task.status !== 'completed' && task.status !== 'refused' && task.status !== 'withdrawn')
    lines.push(t(openPause ? 'zendesk:change.clockStopped' : 'zendesk:change.dueNow', locale, vars));
  if (action === 'refuse' && task.refusal && !task.refusal.complaintRightNotified)
    lines.push(t('zendesk:change.complaintRightMissing', locale));
  return lines.join('\n');
}
