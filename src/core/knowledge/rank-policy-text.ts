import type { Language } from '../language/languages.js';
import { type AnalyzedQuestion, analyzeQuestion } from './analyze-question.js';
import { judgeScope, type ScopeVerdict } from './judge-scope.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { type RankedSection, rankSections } from './rank-sections.js';

/** What the policy text alone says about a question. */
export interface TextRanking {
  analyzed: AnalyzedQuestion;
  /** Passages that match at all, best first. */
  ranked: RankedSection[];
  verdict: ScopeVerdict;
}

/**
 * Ranks the policy's passages by the question's words (BM25F over titles, hints and text, with
 * the sentence-shape cues) and judges scope from the words alone.
 */
export function rankPolicyText(index: KnowledgeIndex, question: string, language: Language): TextRanking {
  const languageIndex = index.languages[language];
  const analyzed = analyzeQuestion(question, languageIndex);
  const ranked = rankSections(languageIndex, analyzed.terms, analyzed.cues).filter((r) => r.score > 0);
  return { analyzed, ranked, verdict: judgeScope(analyzed, ranked[0]) };
}
