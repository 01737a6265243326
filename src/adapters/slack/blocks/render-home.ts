import { localDateTime } from '../../../core/deadlines/local-time.js';
import type { Language } from '../../../core/language/languages.js';
import type { Task } from '../../../core/tasks/task.js';
import { isOverdue } from './describe-due.js';
import { escapeMrkdwn } from './mrkdwn.js';
import type { CardContext } from './render-task-card.js';
import { renderTaskList } from './render-task-list.js';
import { type KnownBlock, MAX_VIEW_BLOCKS, markdown, plain } from './slack-message.js';

export interface HomeData {
  viewer: string;
  language: Language;
  /** Null for people outside the privacy team: they see how to ask questions only. */
  tasks: { mine: readonly Task[]; team: readonly Task[] } | null;
}

/**
 * The App Home tab: how to ask, then for the privacy team their own open tasks and the team's, by
 * due date, with the time left and overdue ones marked.
 */
export function renderHome(data: HomeData, ctx: CardContext) {
  const t = (key: string, vars?: Record<string, unknown>) => ctx.translate(key, data.language, vars);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('slack:home.title')) },
    { type: 'section', text: markdown(escapeMrkdwn(t('slack:home.ask'))) },
  ];
  if (data.tasks) {
    const overdue = data.tasks.team.filter((task) => isOverdue(task, ctx.now)).length;
    blocks.push(
      { type: 'divider' },
      {
        type: 'context',
        elements: [
          markdown(escapeMrkdwn(t('slack:home.summary', { open: data.tasks.team.length, overdue }))),
        ],
      },
      ...renderTaskList(t('slack:home.mine'), data.tasks.mine, ctx, {
        language: data.language,
        maxLines: 30,
        viewer: data.viewer,
      }),
      { type: 'divider' },
      ...renderTaskList(t('slack:home.team'), data.tasks.team, ctx, {
        language: data.language,
        maxLines: 150,
        viewer: data.viewer,
      }),
    );
  }
  blocks.push({
    type: 'context',
    elements: [
      markdown(
        escapeMrkdwn(t('slack:home.updated', { at: localDateTime(ctx.now, ctx.settings.calendar.timeZone) })),
      ),
    ],
  });
  return { type: 'home' as const, blocks: blocks.slice(0, MAX_VIEW_BLOCKS) };
}
