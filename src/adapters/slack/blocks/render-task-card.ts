import type { types } from '@slack/bolt';
import { allowsExtension } from '../../../core/deadlines/compute-deadline.js';
import { localDateTime } from '../../../core/deadlines/local-time.js';
import type { Language } from '../../../core/language/languages.js';
import type { Translate } from '../../../core/ports/translate.js';
import { allowsRefusal } from '../../../core/tasks/apply-task-action.js';
import type { Playbooks } from '../../../core/tasks/playbooks.js';
import { isOpenStatus, type Task } from '../../../core/tasks/task.js';
import { deadlineOfTask, isPaused } from '../../../core/tasks/task-deadline.js';
import { ACTION } from '../slack-ids.js';
import type { SlackSettings } from '../slack-settings.js';
import { describeDue, isOverdue, type Text } from './describe-due.js';
import { escapeMrkdwn, mentionOf, ticketLink, truncate } from './mrkdwn.js';
import { type KnownBlock, markdown, plain, type SlackMessage } from './slack-message.js';

type ActionsBlock = types.ActionsBlock;

export interface CardContext {
  settings: SlackSettings;
  playbooks: Playbooks;
  translate: Translate;
  /** ISO instant the card is rendered at (days left are counted from it). */
  now: string;
}

/** The one-line summary used as a card's fallback text and in lists: right, ticket, due. */
export function taskSummary(task: Task, ctx: CardContext, t: Text): string {
  const type = t(`tasks:type.${task.type}`);
  const ticket = task.ticketId ? `#${task.ticketId}` : t('slack:card.noTicket');
  return `${type} · ${ticket} · ${describeDue(task, ctx.now, ctx.settings.calendar, t)}`;
}

function checklistBlocks(task: Task, ctx: CardContext, t: Text, language: Language): KnownBlock[] {
  const items = ctx.playbooks.byType[task.type].items;
  if (task.checklist.length === 0) return [];
  const open = isOpenStatus(task.status);
  const done = task.checklist.filter((i) => i.done).length;
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: markdown(t('slack:card.checklist', { done, total: task.checklist.length })),
    },
  ];
  for (const item of task.checklist) {
    const step = items.find((i) => i.id === item.id);
    const title = escapeMrkdwn(step ? step.title[language] : item.id);
    const article = step?.article ? ` _${escapeMrkdwn(step.article)}_` : '';
    const line = item.done ? `✅ ~${title}~${article}` : `⬜ ${title}${article}`;
    blocks.push({
      type: 'section',
      text: markdown(truncate(line, 2900)),
      ...(open && {
        accessory: {
          type: 'button',
          action_id: `${ACTION.check}:${item.id}`,
          text: plain(t(item.done ? 'slack:card.undo' : 'slack:card.markDone')),
          value: JSON.stringify({ t: task.id, i: item.id, d: !item.done }),
        },
      }),
    });
  }
  return blocks;
}

function actionButtons(task: Task, t: Text): ActionsBlock | null {
  if (!isOpenStatus(task.status)) return null;
  const button = (action: string, label: string, style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id: action,
    text: plain(t(label)),
    value: task.id,
    ...(style && { style }),
  });
  const elements: ActionsBlock['elements'] = [button(ACTION.claim, 'slack:card.claim')];
  const unverified = task.checklist.some((i) => i.id === 'verify-identity' && !i.done);
  if (unverified || task.status === 'awaiting_identity')
    elements.push(button(ACTION.verify, 'slack:card.verify'));
  if (isPaused(task)) elements.push(button(ACTION.resume, 'slack:card.resume'));
  else if (task.type !== 'breach')
    elements.push({
      type: 'static_select',
      action_id: ACTION.pause,
      placeholder: plain(t('slack:card.pause')),
      options: (['identity', 'clarification'] as const).map((reason) => ({
        text: plain(truncate(t(`slack:card.pauseReason.${reason}`), 75)),
        value: `${task.id}|${reason}`,
      })),
    });
  if (allowsExtension(task.type) && !task.extension)
    elements.push(button(ACTION.extend, 'slack:card.extend'));
  if (task.extension && !task.extension.noticeSentAt)
    elements.push(button(ACTION.notice, 'slack:card.noticeSent'));
  elements.push(button(ACTION.complete, 'slack:card.complete', 'primary'));
  // An objection to direct marketing cannot be refused (Art. 21(3)); the core refuses it anyway.
  if (allowsRefusal(task.type)) elements.push(button(ACTION.refuse, 'slack:card.refuse', 'danger'));
  return { type: 'actions', block_id: `task:${task.id}`, elements };
}

function notes(task: Task, ctx: CardContext, t: Text): string[] {
  const lines = [t(`tasks:rule.${deadlineOfTask(task, ctx.settings.calendar).rule}`)];
  const zone = ctx.settings.calendar.timeZone;
  if (task.extension) {
    const at = localDateTime(task.extension.at, zone);
    lines.push(
      task.extension.noticeSentAt
        ? t('slack:card.extendedNotified', { at, by: mentionOf(task.extension.by) })
        : t('slack:card.extendedNoNotice', { at, by: mentionOf(task.extension.by) }),
    );
  }
  if (task.refusal)
    lines.push(
      t(task.refusal.complaintRightNotified ? 'slack:card.refusedNotified' : 'slack:card.refusedNotNotified'),
    );
  if (task.duplicateOf) lines.push(t('slack:card.duplicateOf', { id: task.duplicateOf }));
  lines.push(t('slack:card.taskId', { id: task.id }));
  return lines;
}

/**
 * The card of a task in the privacy channel, in the staff language: the right, the ticket link, the
 * status, the due date with the time left, the assignee, the checklist and the actions. Only ids,
 * types and dates: never the requester's contact details or the ticket's text (staff open the
 * ticket in Zendesk for those), nor the free-text reasons staff typed.
 */
export function renderTaskCard(task: Task, ctx: CardContext): SlackMessage {
  const language = ctx.settings.staffLocale;
  const t: Text = (key, vars) => ctx.translate(key, language, vars);
  const type = t(`tasks:type.${task.type}`);
  const ticket = task.ticketId
    ? ticketLink(task.ticketId, ctx.settings.zendeskSubdomain)
    : t('slack:card.noTicket');
  const overdue = isOverdue(task, ctx.now);
  const title = task.ticketId ? `${type} · #${task.ticketId}` : type;
  const fields = [
    `*${t('slack:card.right')}*\n${escapeMrkdwn(type)}`,
    `*${t('slack:card.ticket')}*\n${ticket}`,
    `*${t('slack:card.status')}*\n${escapeMrkdwn(t(`tasks:status.${task.status}`))}`,
    `*${t('slack:card.due')}*\n${overdue ? '⚠️ ' : ''}${escapeMrkdwn(describeDue(task, ctx.now, ctx.settings.calendar, t))}`,
    `*${t('slack:card.assignee')}*\n${task.assignee ? mentionOf(task.assignee) : t('slack:card.unassigned')}`,
    `*${t('slack:card.received')}*\n${localDateTime(task.receivedAt, ctx.settings.calendar.timeZone)}`,
  ];
  const actions = actionButtons(task, t);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(truncate(title, 150)) },
    { type: 'section', fields: fields.map(markdown) },
    // The notes are fixed texts with dates, ids and mentions filled in: nothing to escape.
    { type: 'context', elements: notes(task, ctx, t).map(markdown) },
    { type: 'divider' },
    ...checklistBlocks(task, ctx, t, language),
    ...(actions ? [actions] : []),
  ];
  return { text: t('slack:card.fallback', { summary: taskSummary(task, ctx, t) }), blocks };
}
