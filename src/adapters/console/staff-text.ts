import type { Language } from '../../core/language/languages.js';
import type { Translate } from '../../core/ports/translate.js';
import { failureVars } from '../../core/tasks/failure-vars.js';
import type { Playbooks } from '../../core/tasks/playbooks.js';
import type { Task } from '../../core/tasks/task.js';
import type { TaskFailure } from '../../core/tasks/task-errors.js';

export type StaffText = (key: string, vars?: Record<string, unknown>) => string;

export function createStaffText(translate: Translate, language: Language): StaffText {
  return (key, vars) => translate(key, language, vars);
}

/** One task as a line: ids, type, status, due date, assignee, ticket; never contact details. */
export function taskLine(t: StaffText, task: Task): string {
  return [
    task.id,
    t(`tasks:type.${task.type}`),
    t(`tasks:status.${task.status}`),
    task.due,
    task.assignee ?? t('console:tasks.unassigned'),
    task.ticketId ? `#${task.ticketId}` : '-',
  ].join(' | ');
}

/** A refused action in the staff language, with status and type names translated. */
export function describeFailure(t: StaffText, failure: TaskFailure, language: Language): string {
  return t(
    failure.messageKey,
    failureVars(failure, language, (key) => t(key)),
  );
}

/** A task's checklist, one step a line: done or not, the step's id (for `check`) and its title. */
export function checklistLines(task: Task, playbooks: Playbooks, language: Language): string[] {
  const titles = new Map(playbooks.byType[task.type].items.map((i) => [i.id, i.title[language]]));
  return task.checklist.map((item) =>
    `  [${item.done ? 'x' : ' '}] ${item.id}: ${titles.get(item.id) ?? ''}`.trimEnd(),
  );
}
