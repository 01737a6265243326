import type { Answer } from '../../core/knowledge/answer-question.js';
import type { Translate } from '../../core/ports/translate.js';

/**
 * A policy answer on the console, in the question's language: the quoted sentences and the
 * citation; for a translation also the Dutch original's citation, which prevails. When the policy
 * does not cover the question, the polite hand-off to customer service.
 */
export function renderConsoleAnswer(
  answer: Answer,
  translate: Translate,
  translationNotice: string | null,
): string {
  if (!answer.answered || answer.answer === null || answer.citation === null)
    return `${translate(answer.messageKey ?? 'answer:outOfScope', answer.language)}\n`;
  const t = (key: string, vars?: Record<string, unknown>) =>
    translate(`answer:${key}`, answer.language, vars);
  const lines = [answer.answer, '', t('source', { citation: answer.citation })];
  if (answer.translated && answer.originalCitation) {
    lines.push(t('original', { citation: answer.originalCitation, version: answer.policyVersion }));
    if (translationNotice) lines.push(translationNotice);
  }
  return `${lines.join('\n')}\n`;
}
