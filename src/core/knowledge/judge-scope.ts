import type { AnalyzedQuestion } from './analyze-question.js';
import type { RankedSection } from './rank-sections.js';

/**
 * Calibrated on the labelled questions (`npm run eval`): below this BM25F score or this share of
 * the question matched, the best section is too weak a match to answer from.
 */
export const MIN_SCORE = 2;
export const MIN_COVERAGE = 0.2;
/** The best section matches only through its running text, not its title or hints: ask for more. */
export const MIN_TEXT_ONLY_SCORE = 3.5;
/** A question most of whose words the policy has never seen is about something else. */
export const MAX_UNKNOWN_SHARE = 0.7;

export type ScopeVerdict = 'answer' | 'no-match' | 'off-topic';

/**
 * Whether the policy answers the question: off-topic words (orders, sizes, returns…) that
 * outweigh the privacy words make it a customer-service question; otherwise the best section
 * has to match well enough.
 */
export function judgeScope(question: AnalyzedQuestion, best: RankedSection | undefined): ScopeVerdict {
  if (question.offTopic > 0 && question.offTopic >= question.privacy) return 'off-topic';
  if (!best || best.score < MIN_SCORE) return 'no-match';
  // A sentence shape that points at the best section ("what do you have on me?") is evidence
  // enough even when few of the words match.
  if (question.cues.some((c) => c.section === best.id && c.weight > 0)) return 'answer';
  if (best.coverage < MIN_COVERAGE) return 'no-match';
  // Words found only in the running text ("Stockholm" in the address) make a weak topic.
  if (!best.topical && best.score < MIN_TEXT_ONLY_SCORE) return 'no-match';
  if (question.unknown.length >= MAX_UNKNOWN_SHARE * Math.max(1, question.contentWords)) return 'no-match';
  return 'answer';
}
