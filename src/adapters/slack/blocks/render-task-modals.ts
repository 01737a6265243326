import { localDateTime } from '../../../core/deadlines/local-time.js';
import type { Language } from '../../../core/language/languages.js';
import type { Translate } from '../../../core/ports/translate.js';
import type { Playbooks } from '../../../core/tasks/playbooks.js';
import type { Task } from '../../../core/tasks/task.js';
import { deadlineOfTask } from '../../../core/tasks/task-deadline.js';
import { INPUT, VIEW } from '../slack-ids.js';
import type { SlackSettings } from '../slack-settings.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { type KnownBlock, markdown, plain, type View } from './slack-message.js';

/** Longest reason the task service accepts. */
const REASON_MAX = 500;

function reasonInput(label: string, hint: string): KnownBlock {
  return {
    type: 'input',
    block_id: INPUT.reason.block,
    label: plain(truncate(label, 2000)),
    hint: plain(truncate(hint, 2000)),
    element: {
      type: 'plain_text_input',
      action_id: INPUT.reason.action,
      multiline: true,
      min_length: 3,
      max_length: REASON_MAX,
    },
  };
}

function checkbox(ids: { block: string; action: string }, label: string, option: string): KnownBlock {
  return {
    type: 'input',
    block_id: ids.block,
    optional: true,
    label: plain(truncate(label, 2000)),
    element: {
      type: 'checkboxes',
      action_id: ids.action,
      // Option texts hold at most 75 characters: the question is the label, the option a short yes.
      options: [{ text: plain(truncate(option, 75)), value: 'yes' }],
    },
  } as KnownBlock;
}

function modal(callbackId: string, taskId: string, title: string, submit: string, t: (k: string) => string) {
  return {
    type: 'modal' as const,
    callback_id: callbackId,
    private_metadata: JSON.stringify({ t: taskId }),
    title: plain(truncate(title, 24)),
    submit: plain(truncate(submit, 24)),
    close: plain(truncate(t('slack:common.cancel'), 24)),
  };
}

/**
 * Asks why the deadline is extended (Art. 12(3)) and whether the requester has been told; in the
 * clicker's Slack language, like the refusals shown inside it.
 */
export function renderExtendModal(
  task: Task,
  settings: SlackSettings,
  translate: Translate,
  language: Language = settings.staffLocale,
): View {
  const t = (key: string, vars?: Record<string, unknown>) => translate(key, language, vars);
  const deadline = deadlineOfTask({ ...task, extension: null }, settings.calendar);
  const zone = settings.calendar.timeZone;
  const facts = t('slack:extend.facts', {
    firstMonth: deadline.firstMonthEndsAt ? localDateTime(deadline.firstMonthEndsAt, zone) : '—',
    extendedDue: deadline.extendedDue ?? '—',
  });
  return {
    ...modal(VIEW.extend, task.id, t('slack:extend.title'), t('slack:extend.submit'), t),
    blocks: [
      { type: 'section', text: markdown(escapeMrkdwn(t('slack:extend.intro'))) },
      { type: 'context', elements: [markdown(escapeMrkdwn(facts))] },
      reasonInput(t('slack:extend.reason'), t('slack:extend.reasonHint')),
      checkbox(INPUT.notice, t('slack:extend.noticeLabel'), t('slack:extend.notice')),
    ],
  };
}

/**
 * Asks why the request is refused and whether the requester was told of the right to complain
 * (Art. 12(4)); in the clicker's Slack language.
 */
export function renderRefuseModal(
  task: Task,
  settings: SlackSettings,
  playbooks: Playbooks,
  translate: Translate,
  language: Language = settings.staffLocale,
): View {
  const t = (key: string, vars?: Record<string, unknown>) => translate(key, language, vars);
  const steps = playbooks.refusal.items
    .map(
      (item) =>
        `• ${escapeMrkdwn(item.title[language])}${item.article ? ` _${escapeMrkdwn(item.article)}_` : ''}`,
    )
    .join('\n');
  return {
    ...modal(VIEW.refuse, task.id, t('slack:refuse.title'), t('slack:refuse.submit'), t),
    blocks: [
      {
        type: 'section',
        text: markdown(truncate(`${escapeMrkdwn(t('slack:refuse.intro'))}\n${steps}`, 2900)),
      },
      reasonInput(t('slack:refuse.reason'), t('slack:refuse.reasonHint')),
      checkbox(INPUT.complaint, t('slack:refuse.complaintLabel'), t('slack:refuse.complaint')),
    ],
  };
}
