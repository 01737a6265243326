import { localDateTime } from '../../../core/deadlines/local-time.js';
import type { Language } from '../../../core/language/languages.js';
import type { Translate } from '../../../core/ports/translate.js';
import type { Reminder } from '../../../core/reminders/reminder.js';
import type { SlackSettings } from '../slack-settings.js';
import { escapeMrkdwn, mentionOf, ticketLink } from './mrkdwn.js';
import { markdown, plain, type SlackMessage } from './slack-message.js';

const ICON: Record<Reminder['kind'], string> = {
  'due-soon': '⏰',
  overdue: '⚠️',
  'extension-notice': '📨',
  breach: '🚨',
};

function reminderKey(reminder: Reminder): { key: string; vars: Record<string, unknown> } {
  const days = reminder.workingDaysLeft;
  const hours = reminder.hoursLeft;
  switch (reminder.kind) {
    case 'due-soon':
      return { key: 'slack:reminder.dueSoon', vars: { count: days ?? 0 } };
    case 'overdue':
      return reminder.type === 'breach'
        ? { key: 'slack:reminder.breachOverdue', vars: {} }
        : { key: 'slack:reminder.overdue', vars: { count: Math.abs(days ?? 0) } };
    case 'extension-notice':
      return { key: 'slack:reminder.extensionNotice', vars: { count: Math.max(0, hours ?? 0) } };
    case 'breach':
      return { key: 'slack:reminder.breach', vars: { count: Math.max(0, hours ?? 0) } };
  }
}

/**
 * A nudge about one task, to its assignee or to the channel: the right, the ticket link, the due
 * date and what is pressing. `cardUrl` links to the task's card when there is one.
 */
export function renderReminder(
  reminder: Reminder,
  opts: { settings: SlackSettings; translate: Translate; language: Language; cardUrl: string | null },
): SlackMessage {
  const t = (key: string, vars?: Record<string, unknown>) => opts.translate(key, opts.language, vars);
  const type = t(`tasks:type.${reminder.type}`);
  const ticketText = reminder.ticketId ? `#${reminder.ticketId}` : t('slack:card.noTicket');
  const ticket = reminder.ticketId
    ? ticketLink(reminder.ticketId, opts.settings.zendeskSubdomain)
    : escapeMrkdwn(ticketText);
  const due =
    reminder.type === 'breach'
      ? localDateTime(reminder.dueAt, opts.settings.calendar.timeZone)
      : reminder.due;
  const { key, vars } = reminderKey(reminder);
  const what = t(key, { ...vars, due });
  const who = reminder.recipient.type === 'user' ? `${mentionOf(reminder.recipient.id)} ` : '';
  const headline = `${ICON[reminder.kind]} ${who}*${escapeMrkdwn(type)}* · ${ticket}: ${escapeMrkdwn(what)}`;
  return {
    text: `${ICON[reminder.kind]} ${type} · ${ticketText}: ${what}`,
    blocks: [
      { type: 'section', text: markdown(headline) },
      ...(opts.cardUrl
        ? [
            {
              type: 'actions' as const,
              elements: [
                {
                  type: 'button' as const,
                  action_id: 'reminder.open-card',
                  text: plain(t('slack:reminder.openCard')),
                  url: opts.cardUrl,
                },
              ],
            },
          ]
        : []),
    ],
  };
}
