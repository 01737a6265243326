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

/** Codes of bad input to task creation or the purge; each has a message under `tasks:errors.…`. */
export const TASK_INPUT_ERROR_CODES = [
  'TASK.INVALID_DATE',
  'TASK.DATE_OUT_OF_RANGE',
  'TASK.RECEIVED_IN_FUTURE',
  'TASK.PURGE_IN_FUTURE',
] as const;
export type TaskInputErrorCode = (typeof TASK_INPUT_ERROR_CODES)[number];

/**
 * Input the task service refuses before it writes anything (a receipt in the future, a date outside
 * the supported years). Thrown, as a RangeError, because the inputs were meant to be checked at the
 * door; the code and message key let every door say why in the reader's language.
 */
export class TaskInputError extends RangeError {
  readonly messageKey: string;

  constructor(
    readonly code: TaskInputErrorCode,
    readonly vars: Record<string, string>,
  ) {
    super(`${code}: ${JSON.stringify(vars)}`);
    this.name = 'TaskInputError';
    this.messageKey = `tasks:errors.${code.slice('TASK.'.length)}`;
  }
}
