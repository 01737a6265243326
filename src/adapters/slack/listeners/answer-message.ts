import { createHash } from 'node:crypto';
import type { Language } from '../../../core/language/languages.js';
import { REQUEST_TYPES } from '../../../core/tasks/task.js';
import { renderAnswer } from '../blocks/render-answer.js';
import type { SlackMessage } from '../blocks/slack-message.js';
import type { SlackDeps } from '../slack-deps.js';

/** Answers a question and renders the reply; logs only the outcome, never the question. */
export function answerMessage(deps: SlackDeps, question: string, via: string): SlackMessage {
  const answer = deps.answer(question);
  deps.logger.info(
    {
      via,
      language: answer.language,
      answered: answer.answered,
      sectionId: answer.sectionId,
      verdict: answer.verdict,
    },
    'policy question answered',
  );
  return renderAnswer(answer, { answerId: deps.newId() }, deps.translate);
}

/** The help text in a language: what to ask, the task commands and who may use them. */
export function helpMessage(deps: SlackDeps, language: Language): SlackMessage {
  const t = (key: string, vars?: Record<string, unknown>) => deps.translate(key, language, vars);
  const types = REQUEST_TYPES.join(', ');
  const text = [
    `*${t('slack:help.title')}*`,
    t('slack:help.ask'),
    t('slack:help.tasks'),
    t('slack:help.new', { types }),
    t('slack:help.home'),
    t('slack:help.who'),
  ].join('\n');
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** A voter's pseudonymous key for one answer: a second click replaces the vote, the voter is not stored. */
export function voteId(answerId: string, userId: string): string {
  return createHash('sha256').update(`${answerId}:${userId}`).digest('hex').slice(0, 32);
}
