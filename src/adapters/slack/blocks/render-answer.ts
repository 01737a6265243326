import type { Answer } from '../../../core/knowledge/answer-question.js';
import type { SectionView } from '../../../core/knowledge/get-section.js';
import type { Translate } from '../../../core/ports/translate.js';
import { ACTION, VIEW } from '../slack-ids.js';
import { escapeMrkdwn, splitText, truncate } from './mrkdwn.js';
import { type KnownBlock, MAX_VIEW_BLOCKS, markdown, plain, type SlackMessage } from './slack-message.js';

export interface AnswerContext {
  /** Identifies this answer for feedback (one vote per answer and voter). */
  answerId: string;
}

/**
 * The reply to a policy question, in the question's language: the quoted sentences, the citation
 * (and the Dutch original's, which prevails, for a translation), a button for the whole section and
 * helpful / not-helpful buttons. A question the policy does not cover gets the polite hand-off.
 */
export function renderAnswer(answer: Answer, context: AnswerContext, translate: Translate): SlackMessage {
  const t = (key: string, vars?: Record<string, unknown>) => translate(key, answer.language, vars);
  const feedback = JSON.stringify({
    a: context.answerId,
    // The passage (`11.3`, not `11`): feedback is for whoever improves that part of the knowledge base.
    s: answer.passage ?? answer.sectionId,
    l: answer.language,
    v: answer.policyVersion,
    k: answer.answered,
    // Never the question: names typed in it would travel back and forth inside the message payload.
  });
  const feedbackButtons = [
    {
      type: 'button' as const,
      action_id: ACTION.helpful,
      text: plain(t('slack:answer.helpful')),
      value: feedback,
    },
    {
      type: 'button' as const,
      action_id: ACTION.unhelpful,
      text: plain(t('slack:answer.unhelpful')),
      value: feedback,
    },
  ];
  if (!answer.answered || answer.answer === null || answer.citation === null || answer.sectionId === null) {
    const handOff = t(answer.messageKey ?? 'answer:outOfScope');
    return {
      text: handOff,
      blocks: [
        { type: 'section', text: markdown(escapeMrkdwn(handOff)) },
        { type: 'actions', block_id: 'feedback', elements: feedbackButtons },
      ],
    };
  }
  const source = t('answer:source', { citation: answer.citation });
  const notes = [source];
  if (answer.translated && answer.originalCitation)
    notes.push(t('answer:original', { citation: answer.originalCitation, version: answer.policyVersion }));
  const blocks: KnownBlock[] = [
    ...splitText(answer.answer).map((piece) => ({
      type: 'section' as const,
      text: markdown(escapeMrkdwn(piece)),
    })),
    { type: 'context', elements: notes.map((n) => markdown(escapeMrkdwn(n))) },
    {
      type: 'actions',
      block_id: 'answer',
      elements: [
        {
          type: 'button',
          action_id: ACTION.showSection,
          text: plain(t('slack:answer.showSection')),
          // The passage answered from, shown in full and cited as the policy reads.
          value: JSON.stringify({ s: answer.passage ?? answer.sectionId, l: answer.language }),
        },
        ...feedbackButtons,
      ],
    },
  ];
  return { text: `${answer.answer}\n\n${source}`, blocks };
}

/** A modal with the whole section, for "show the whole section". */
export function renderSectionModal(section: SectionView, language: Answer['language'], translate: Translate) {
  const t = (key: string, vars?: Record<string, unknown>) => translate(key, language, vars);
  const body: KnownBlock[] = splitText(section.text).map((piece) => ({
    type: 'section',
    text: markdown(escapeMrkdwn(piece)),
  }));
  const notes = [t('slack:section.version', { version: section.policyVersion })];
  if (language !== 'nl')
    notes.unshift(
      t('answer:original', { citation: section.originalCitation, version: section.policyVersion }),
    );
  return {
    type: 'modal' as const,
    callback_id: VIEW.section,
    title: plain(truncate(t('slack:section.title'), 24)),
    close: plain(truncate(t('slack:common.close'), 24)),
    blocks: [
      { type: 'header', text: plain(truncate(section.citation, 150)) },
      ...body.slice(0, MAX_VIEW_BLOCKS - 2),
      { type: 'context', elements: notes.map((n) => markdown(escapeMrkdwn(n))) },
    ] as KnownBlock[],
  };
}
