import { looseTerm } from '../language/analyze-text.js';
import type { Language } from '../language/languages.js';
import { type AnalyzedQuestion, analyzeQuestion } from './analyze-question.js';
import { judgeScope, type ScopeVerdict } from './judge-scope.js';
import type { IndexedSection, KnowledgeIndex, LanguageIndex } from './knowledge-index.js';
import { matchNotCovered } from './match-not-covered.js';
import { type RankedSection, rankSections } from './rank-sections.js';

/** What the policy text alone says about a question. */
export interface TextRanking {
  analyzed: AnalyzedQuestion;
  /** Passages that match at all, best first. */
  ranked: RankedSection[];
  verdict: ScopeVerdict;
  /** The share of the question's content words the policy does not know at all ("spam", "wishlist"). */
  unknownShare: number;
  /**
   * Per passage id, which of the question's key words (`analyzed.keyWords`, in order) the passage
   * (or its parent) uses anywhere, title, hints or text: does it speak to what is asked?
   */
  keyWordsUsed: ReadonlyMap<string, readonly boolean[]>;
  /** How many of the question's terms are general privacy words ("data", "gegevens", "delete"). */
  privacyWords: number;
  /** Topics the policy does not cover that the question names (`matchNotCovered`). */
  notCovered: readonly string[];
}

/** Each section's terms in their coarser form (`looseTerm`: "bewaard" meets "bewaren"), built once. */
const looseVocabulary = new WeakMap<IndexedSection, ReadonlySet<string>>();
function looseTermsOf(section: IndexedSection, language: Language): ReadonlySet<string> {
  let terms = looseVocabulary.get(section);
  if (!terms) {
    terms = new Set([...section.counts.keys()].map((t) => looseTerm(t, language)));
    looseVocabulary.set(section, terms);
  }
  return terms;
}

function keyWordsUsed(
  index: LanguageIndex,
  keyWords: AnalyzedQuestion['keyWords'],
): Map<string, readonly boolean[]> {
  const byId = new Map(index.sections.map((s) => [s.id, s]));
  const used = new Map<string, readonly boolean[]>();
  const uses = (section: IndexedSection | undefined, term: string) =>
    section !== undefined &&
    (section.counts.has(term) || looseTermsOf(section, index.language).has(looseTerm(term, index.language)));
  for (const section of index.sections) {
    const parent = section.parentId === null ? undefined : byId.get(section.parentId);
    used.set(
      section.id,
      keyWords.map(({ terms }) => terms.some((t) => uses(section, t) || uses(parent, t))),
    );
  }
  return used;
}

/**
 * Ranks the policy's passages by the question's words (BM25F over titles, hints and text, with
 * the sentence-shape cues) and judges scope from the words alone.
 */
export function rankPolicyText(index: KnowledgeIndex, question: string, language: Language): TextRanking {
  const languageIndex = index.languages[language];
  const analyzed = analyzeQuestion(question, languageIndex);
  const ranked = rankSections(languageIndex, analyzed.terms, analyzed.cues).filter((r) => r.score > 0);
  return {
    analyzed,
    ranked,
    verdict: judgeScope(analyzed, ranked[0]),
    unknownShare: analyzed.unknown.length / Math.max(1, analyzed.contentWords),
    keyWordsUsed: keyWordsUsed(languageIndex, analyzed.keyWords),
    privacyWords: analyzed.terms.filter((t) => languageIndex.scope().privacy.has(t.term)).length,
    notCovered: matchNotCovered(index.knowledge, question, language),
  };
}
