import type { RequestType } from '../tasks/task.js';

/** Who a reminder goes to: the assignee by direct message, or the privacy channel when nobody has the task. */
export type ReminderRecipient = { type: 'user'; id: string } | { type: 'channel' };

export type ReminderKind = 'due-soon' | 'overdue' | 'extension-notice' | 'breach';

/**
 * One nudge about one task at one point of its clock. The core selects it; the Slack adapter renders
 * and delivers it. Only ids, types and dates: no customer data.
 */
export interface Reminder {
  taskId: string;
  type: RequestType;
  ticketId: string | null;
  /**
   * Which point of the clock this is, unique per task: `due-7`, `due-3`, `due-1` (working days before
   * the due date), `overdue-2025-03-02` (each overdue working day), `extension-notice`, `breach-24h`
   * (hours elapsed since awareness).
   */
  point: string;
  kind: ReminderKind;
  recipient: ReminderRecipient;
  /** Due date (YYYY-MM-DD in the configured zone). */
  due: string;
  /** Due instant (ISO). */
  dueAt: string;
  /** Working days from today until the due date (negative when overdue); null for breaches. */
  workingDaysLeft: number | null;
  /** Hours until `dueAt`, rounded down; set for breaches (and the extension notice's first-month end), else null. */
  hoursLeft: number | null;
}

/** Outbox payload of a reminder message. */
export interface ReminderPayload {
  reminder: Reminder;
}

/** The outbox message kind and destination of a reminder. */
export const REMINDER_DESTINATION = 'slack';
export const REMINDER_KIND = 'reminder';

/** The dedupe key that makes a reminder point go out exactly once across restarts and replicas. */
export function reminderDedupeKey(reminder: Pick<Reminder, 'taskId' | 'point'>): string {
  return `reminder:${reminder.taskId}:${reminder.point}`;
}
