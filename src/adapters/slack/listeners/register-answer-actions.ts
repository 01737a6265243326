import type { App, BlockAction } from '@slack/bolt';
import { renderSectionModal } from '../blocks/render-answer.js';
import type { SlackDeps } from '../slack-deps.js';
import { ACTION, feedbackValue, parseJson, sectionValue } from '../slack-ids.js';
import { voteId } from './answer-message.js';
import { ephemeralReply } from './task-replies.js';

/**
 * Question text of votes stored before questions were dropped is erased this long after the vote
 * (the vote stays); new votes hold no question.
 */
export const FEEDBACK_QUESTION_DAYS = 90;

/**
 * The buttons under an answer: the whole section in a modal, and helpful / not helpful, stored
 * (one vote per answer and person; section, language, policy version and whether it was answered,
 * never the question) to improve the knowledge base. Anyone may use them.
 */
export function registerAnswerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction>({ action_id: ACTION.showSection }, async ({ ack, action, body, client }) => {
    await ack();
    const value = parseJson(sectionValue, (action as { value?: string }).value);
    const section = value && deps.section(value.s, value.l);
    if (!value || !section) {
      deps.logger.warn('show-section click with an unknown section');
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: renderSectionModal(section, value.l, deps.translate),
    });
  });

  const vote = (helpful: boolean) =>
    app.action<BlockAction>(
      { action_id: helpful ? ACTION.helpful : ACTION.unhelpful },
      async ({ ack, action, body, respond }) => {
        await ack();
        const value = parseJson(feedbackValue, (action as { value?: string }).value);
        if (!value) {
          deps.logger.warn('feedback click with an unreadable value');
          return;
        }
        const at = deps.clock.now();
        await deps.feedback.recordFeedback({
          id: voteId(value.a, body.user.id),
          answerId: value.a,
          at: at.toISOString(),
          helpful,
          answered: value.k,
          language: value.l,
          sectionId: value.s,
          policyVersion: value.v,
          // Data minimisation: the vote needs no question text (names typed in it are personal data).
          question: null,
          expiresAt: new Date(at.getTime() + FEEDBACK_QUESTION_DAYS * 86_400_000).toISOString(),
          source: 'slack',
        });
        deps.logger.info({ helpful, sectionId: value.s, language: value.l }, 'answer feedback recorded');
        if (body.response_url) await ephemeralReply(respond)(deps.translate(`slack:answer.thanks`, value.l));
      },
    );
  vote(true);
  vote(false);
}
