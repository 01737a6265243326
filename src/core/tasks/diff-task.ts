import type { Task } from './task.js';

/** Never copied into the audit trail: contact details, the pseudonymous key, and bookkeeping fields. */
const NOT_AUDITED: ReadonlySet<string> = new Set(['requester', 'requesterKey', 'updatedAt', 'version']);

/** The fields that differ between two versions of a task, as before/after maps for the audit trail. */
export function diffTask(
  before: Task,
  after: Task,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof Task>) {
    if (NOT_AUDITED.has(key)) continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  return { before: was, after: now };
}

/** What the audit trail records of a new task: everything except contact details. */
export function auditedFields(task: Task): Record<string, unknown> {
  return Object.fromEntries(Object.entries(task).filter(([key]) => !NOT_AUDITED.has(key)));
}
