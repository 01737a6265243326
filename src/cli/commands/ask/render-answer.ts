import type { Answer } from '../../../core/knowledge/answer-question.js';
import type { Translate } from '../../../core/ports/translate.js';

/**
 * The fields `--json` and `--jsonl` print, in this order; abstentions carry the rendered hand-off.
 * `sections` are public ids (a right inside §11 is `11`); `passage` names the passage answered
 * from (`11.3`), null when abstaining.
 */
export function answerJson(answer: Answer, translate: Translate) {
  return {
    language: answer.language,
    answered: answer.answered,
    sections: answer.sections,
    passage: answer.passage,
    answer: answer.answer ?? translate(answer.messageKey ?? 'answer:outOfScope', answer.language),
    citation: answer.citation,
    policyVersion: answer.policyVersion,
  };
}

/**
 * The answer for a person, in the question's language: the quoted sentences, the citation, and
 * for a translation the Dutch original's citation (which prevails) with the policy version.
 */
export function renderAnswer(answer: Answer, translate: Translate, translationNotice: string | null): string {
  const t = (key: string, vars?: Record<string, unknown>) =>
    translate(`answer:${key}`, answer.language, vars);
  if (!answer.answered || answer.answer === null || answer.citation === null) {
    return `${translate(answer.messageKey ?? 'answer:outOfScope', answer.language)}\n`;
  }
  const lines = [answer.answer, '', t('source', { citation: answer.citation })];
  if (answer.translated && answer.originalCitation) {
    lines.push(t('original', { citation: answer.originalCitation, version: answer.policyVersion }));
    if (translationNotice) lines.push(translationNotice);
  }
  return `${lines.join('\n')}\n`;
}
