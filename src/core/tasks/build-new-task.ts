import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import type { Language } from '../language/languages.js';
import type { ChecklistItem, Requester, RequestType, Task } from './task.js';
import { deadlineOfTask } from './task-deadline.js';

export interface NewTaskFields {
  id: string;
  type: RequestType;
  source: Task['source'];
  ticketId: string | null;
  requester: Requester | null;
  requesterKey: string | null;
  language: Language;
  /** UTC ISO instant of receipt. */
  receivedAt: string;
  checklist: readonly string[];
  now: string;
  /** The open task of the same requester and type this one repeats, if any. */
  duplicateOf: Task | null;
}

/**
 * A new task at version 1 with its deadline. A repeat of an open request is stored closed as
 * `duplicate`, linked to the original and carrying its due date: it starts no clock of its own.
 */
export function buildNewTask(fields: NewTaskFields, calendar: DeadlineCalendar): Task {
  const original = fields.duplicateOf;
  const base: Task = {
    id: fields.id,
    type: fields.type,
    status: original ? 'duplicate' : 'received',
    source: fields.source,
    ticketId: fields.ticketId,
    requester: fields.requester,
    requesterKey: fields.requesterKey,
    language: fields.language,
    receivedAt: fields.receivedAt,
    due: '',
    dueAt: '',
    pauses: [],
    extension: null,
    assignee: null,
    checklist: original
      ? []
      : fields.checklist.map((id): ChecklistItem => ({ id, done: false, doneAt: null, doneBy: null })),
    refusal: null,
    duplicateOf: original?.id ?? null,
    createdAt: fields.now,
    updatedAt: fields.now,
    closedAt: original ? fields.now : null,
    purgedAt: null,
    version: 1,
  };
  if (original) return { ...base, due: original.due, dueAt: original.dueAt };
  const deadline = deadlineOfTask(base, calendar);
  return { ...base, due: deadline.due, dueAt: deadline.dueAt };
}
