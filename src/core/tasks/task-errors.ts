/** Stable codes of expected lifecycle failures; each has a message under `tasks:errors.<CODE without TASK.>`. */
export const TASK_ERROR_CODES = [
  'TASK.NOT_FOUND',
  'TASK.ILLEGAL_TRANSITION',
  'TASK.INVALID_ACTION',
  'TASK.REASON_REQUIRED',
  'TASK.EXTENSION_NOT_ALLOWED',
  'TASK.EXTENSION_ALREADY_USED',
  'TASK.EXTENSION_TOO_LATE',
  'TASK.NO_EXTENSION',
  'TASK.NOTICE_ALREADY_SENT',
  'TASK.NOTICE_TOO_LATE',
  'TASK.PAUSE_NOT_ALLOWED',
  'TASK.ALREADY_PAUSED',
  'TASK.NOT_PAUSED',
  'TASK.UNKNOWN_CHECKLIST_ITEM',
  'TASK.CHECKLIST_INCOMPLETE',
  'TASK.REFUSAL_NOT_ALLOWED',
  'TASK.CONFLICT',
] as const;
export type TaskErrorCode = (typeof TASK_ERROR_CODES)[number];

export interface TaskFailure {
  ok: false;
  code: TaskErrorCode;
  /** i18n key (`tasks:errors.…`) for the adapter to render in the reader's language. */
  messageKey: string;
  vars: Record<string, string>;
}

export function taskFailure(code: TaskErrorCode, vars: Record<string, string> = {}): TaskFailure {
  return { ok: false, code, messageKey: `tasks:errors.${code.slice('TASK.'.length)}`, vars };
}
