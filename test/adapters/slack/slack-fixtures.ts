import type { SlackSettings } from '../../../src/adapters/slack/slack-settings.js';
import type { Reminder } from '../../../src/core/reminders/reminder.js';
import type { Task } from '../../../src/core/tasks/task.js';
import { SE } from '../../core/tasks/task-fixtures.js';

/** Slack settings as the bot reads them from its environment (English staff, Stockholm); `over` changes parts. */
export function slackSettings(over: Partial<SlackSettings> = {}): SlackSettings {
  return {
    privacyChannel: 'CPRIV',
    privacyUsergroup: null,
    staffLocale: 'en',
    defaultLanguage: 'en',
    zendeskSubdomain: 'caliroots',
    calendar: SE,
    ...over,
  };
}

/** The reminder three working days before `task` is due, to the privacy channel; `over` changes parts. */
export function reminderFor(task: Task, over: Partial<Reminder> = {}): Reminder {
  return {
    taskId: task.id,
    type: task.type,
    ticketId: task.ticketId,
    point: 'due-3',
    kind: 'due-soon',
    recipient: { type: 'channel' },
    due: task.due,
    dueAt: task.dueAt,
    workingDaysLeft: 3,
    hoursLeft: null,
    ...over,
  };
}

/** The buttons of an open card, after its checklist boxes. */
export const OPEN_CARD_ACTIONS = [
  'task.claim',
  'task.verify',
  'task.pause',
  'task.extend',
  'task.complete',
  'task.refuse',
];
