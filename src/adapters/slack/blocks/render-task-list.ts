import type { Language } from '../../../core/language/languages.js';
import type { Task } from '../../../core/tasks/task.js';
import { describeDue, isOverdue, type Text } from './describe-due.js';
import { escapeMrkdwn, mentionOf, ticketLink } from './mrkdwn.js';
import type { CardContext } from './render-task-card.js';
import { type KnownBlock, markdown } from './slack-message.js';

const LINES_PER_BLOCK = 10;

/** One line per task: overdue marked, the right, the ticket link, the due date with time left, who has it. */
export function taskLine(task: Task, ctx: CardContext, t: Text, viewer?: string): string {
  const mark = isOverdue(task, ctx.now) ? '⚠️ ' : '';
  const ticket = task.ticketId
    ? ticketLink(task.ticketId, ctx.settings.zendeskSubdomain)
    : t('slack:card.noTicket');
  const who = task.assignee
    ? task.assignee === viewer
      ? t('slack:list.you')
      : mentionOf(task.assignee)
    : t('slack:card.unassigned');
  const due = escapeMrkdwn(describeDue(task, ctx.now, ctx.settings.calendar, t));
  const status = escapeMrkdwn(t(`tasks:status.${task.status}`));
  return `${mark}*${escapeMrkdwn(t(`tasks:type.${task.type}`))}* · ${ticket} · ${due} · ${who} · _${status}_`;
}

/**
 * A titled list of tasks as section blocks (soonest due first, as the store returns them), at most
 * `maxLines` lines and then how many more there are; an empty list says so.
 */
export function renderTaskList(
  title: string,
  tasks: readonly Task[],
  ctx: CardContext,
  opts: { language: Language; maxLines: number; viewer?: string; total?: number },
): KnownBlock[] {
  const t: Text = (key, vars) => ctx.translate(key, opts.language, vars);
  const total = opts.total ?? tasks.length;
  const blocks: KnownBlock[] = [{ type: 'section', text: markdown(`*${escapeMrkdwn(title)}* (${total})`) }];
  if (tasks.length === 0) {
    blocks.push({ type: 'context', elements: [markdown(escapeMrkdwn(t('slack:list.empty')))] });
    return blocks;
  }
  const shown = tasks.slice(0, opts.maxLines).map((task) => `• ${taskLine(task, ctx, t, opts.viewer)}`);
  for (let i = 0; i < shown.length; i += LINES_PER_BLOCK)
    blocks.push({ type: 'section', text: markdown(shown.slice(i, i + LINES_PER_BLOCK).join('\n')) });
  if (total > shown.length)
    blocks.push({
      type: 'context',
      elements: [markdown(escapeMrkdwn(t('slack:list.more', { count: total - shown.length })))],
    });
  return blocks;
}
