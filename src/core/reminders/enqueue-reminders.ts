import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import type { Clock } from '../ports/clock.js';
import type { NewOutboxMessage, OutboxStore } from '../ports/outbox.js';
import type { TaskStore } from '../ports/task-store.js';
import { OPEN_STATUSES } from '../tasks/task.js';
import { REMINDER_DESTINATION, REMINDER_KIND, reminderDedupeKey } from './reminder.js';
import { selectReminders } from './select-reminders.js';

export interface ReminderSettings {
  reminderDays: readonly number[];
  breachEveryHours: number;
  /** Local time (HH:MM) at which day-based reminders fall. */
  dayTime: string;
}

export interface EnqueueRemindersDeps {
  tasks: Pick<TaskStore, 'findTasks'>;
  outbox: Pick<OutboxStore, 'enqueue'>;
  clock: Clock;
  calendar: DeadlineCalendar;
  settings: ReminderSettings;
}

/**
 * One reminder run: selects the current reminder of every open task and enqueues each for Slack with
 * its dedupe key. Running it again (another replica, after a restart) enqueues nothing new.
 * Returns how many reminders were current and how many of them were new.
 */
export async function enqueueReminders(
  deps: EnqueueRemindersDeps,
): Promise<{ current: number; enqueued: number }> {
  const now = deps.clock.now().toISOString();
  const open = await deps.tasks.findTasks({ status: OPEN_STATUSES });
  const reminders = selectReminders(open, { now, calendar: deps.calendar, ...deps.settings });
  if (reminders.length === 0) return { current: 0, enqueued: 0 };
  const messages = reminders.map(
    (reminder): NewOutboxMessage => ({
      destination: REMINDER_DESTINATION,
      kind: REMINDER_KIND,
      dedupeKey: reminderDedupeKey(reminder),
      payload: { reminder },
    }),
  );
  const enqueued = await deps.outbox.enqueue(messages, now);
  return { current: reminders.length, enqueued };
}
