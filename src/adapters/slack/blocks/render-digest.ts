import { localDateTime } from '../../../core/deadlines/local-time.js';
import type { Digest, DigestTask } from '../../../core/digest/digest.js';
import type { Language } from '../../../core/language/languages.js';
import type { Translate } from '../../../core/ports/translate.js';
import type { SlackSettings } from '../slack-settings.js';
import { escapeMrkdwn, mentionOf, ticketLink } from './mrkdwn.js';
import { type KnownBlock, MAX_MESSAGE_BLOCKS, markdown, plain, type SlackMessage } from './slack-message.js';

/** Lines per list in a digest: together with the headings the message stays under 50 blocks. */
const MAX_LINES = 15;
const LINES_PER_BLOCK = 8;

type T = (key: string, vars?: Record<string, unknown>) => string;

function line(task: DigestTask, settings: SlackSettings, t: T): string {
  const ticket = task.ticketId
    ? ticketLink(task.ticketId, settings.zendeskSubdomain)
    : t('slack:card.noTicket');
  // A paused task's clock stands: say so, as the card does, instead of counting down.
  const left = task.paused
    ? t('slack:due.paused', { date: task.due })
    : task.hoursLeft !== undefined
      ? t('slack:digest.hoursLeft', {
          count: task.hoursLeft,
          instant: localDateTime(task.dueAt, settings.calendar.timeZone),
        })
      : task.daysLeft < 0
        ? t('slack:digest.overdueBy', { count: -task.daysLeft, date: task.due })
        : t('slack:digest.daysLeft', { count: task.daysLeft, date: task.due });
  const who = task.assignee ? mentionOf(task.assignee) : t('slack:card.unassigned');
  return `• *${escapeMrkdwn(t(`tasks:type.${task.type}`))}* · ${ticket} · ${escapeMrkdwn(left)} · ${who}`;
}

function list(title: string, tasks: readonly DigestTask[], settings: SlackSettings, t: T): KnownBlock[] {
  if (tasks.length === 0) return [];
  const lines = tasks.slice(0, MAX_LINES).map((task) => line(task, settings, t));
  const blocks: KnownBlock[] = [
    { type: 'section', text: markdown(`*${escapeMrkdwn(title)}* (${tasks.length})`) },
  ];
  for (let i = 0; i < lines.length; i += LINES_PER_BLOCK)
    blocks.push({ type: 'section', text: markdown(lines.slice(i, i + LINES_PER_BLOCK).join('\n')) });
  if (tasks.length > lines.length)
    blocks.push({
      type: 'context',
      elements: [markdown(escapeMrkdwn(t('slack:list.more', { count: tasks.length - lines.length })))],
    });
  return blocks;
}

/**
 * The daily overview for team leads: overdue tasks, breaches, what falls due within a week, paused
 * and unassigned tasks, the load per person and how many closed on time since the last digest.
 */
export function renderDigest(
  digest: Digest,
  opts: { settings: SlackSettings; translate: Translate; language: Language },
): SlackMessage {
  const t: T = (key, vars) => opts.translate(key, opts.language, vars);
  const { settings } = opts;
  const rate = digest.closed.onTimeRate === null ? '—' : `${Math.round(digest.closed.onTimeRate * 100)}%`;
  const summary = t('slack:digest.summary', {
    overdue: digest.overdue.length,
    dueSoon: digest.dueSoon.length,
    unassigned: digest.unassigned.length,
  });
  const closed = t('slack:digest.closed', { count: digest.closed.count, onTime: digest.closed.onTime, rate });
  const load = digest.byAssignee
    .map((a) => `• ${mentionOf(a.assignee)}: ${t('slack:digest.load', { open: a.open, overdue: a.overdue })}`)
    .join('\n');
  // A task waiting for identity proof is also paused: list it once.
  const otherPaused = digest.paused.filter((p) => !digest.awaitingIdentity.some((a) => a.id === p.id));
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('slack:digest.title', { date: digest.date })) },
    { type: 'section', text: markdown(escapeMrkdwn(summary)) },
    ...list(t('slack:digest.overdue'), digest.overdue, settings, t),
    ...list(t('slack:digest.breaches'), digest.breaches, settings, t),
    ...list(t('slack:digest.dueSoon'), digest.dueSoon, settings, t),
    ...list(t('slack:digest.awaitingIdentity'), digest.awaitingIdentity, settings, t),
    ...list(t('slack:digest.paused'), otherPaused, settings, t),
    ...list(t('slack:digest.unassigned'), digest.unassigned, settings, t),
    ...(load
      ? [
          {
            type: 'section' as const,
            text: markdown(`*${escapeMrkdwn(t('slack:digest.byAssignee'))}*\n${load}`),
          },
        ]
      : []),
    { type: 'context', elements: [markdown(escapeMrkdwn(closed))] },
  ];
  return {
    text: `${t('slack:digest.title', { date: digest.date })}: ${summary}`,
    blocks: blocks.slice(0, MAX_MESSAGE_BLOCKS),
  };
}
