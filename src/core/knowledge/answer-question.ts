import { detectLanguage } from '../language/detect-language.js';
import type { Language } from '../language/languages.js';
import { analyzeQuestion } from './analyze-question.js';
import { formatCitation } from './format-citation.js';
import { judgeScope, type ScopeVerdict } from './judge-scope.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { publicSectionId, publicSectionIds } from './public-section-id.js';
import { rankSections } from './rank-sections.js';
import { selectSentences } from './select-sentences.js';

/** Message key (namespace `answer`) the adapters render when the policy does not cover a question. */
export const OUT_OF_SCOPE_KEY = 'answer:outOfScope';

export interface Answer {
  /** The question's language, and the language of `answer` and `citation`. */
  language: Language;
  answered: boolean;
  /**
   * Public section ids (`1`…`13`, `4.1`…`4.4`), best first, up to five that match at all; a right
   * inside §11 counts as `11`, once, at the rank of its best passage.
   */
  sections: string[];
  /** The retrieval units behind `sections`, best first (up to five): `11.3` rather than `11`. */
  passages: string[];
  /** 1–3 sentences quoted from the section, or null when abstaining (render `messageKey`). */
  answer: string | null;
  /** "§8 How long do we keep your data?", "§11 Your rights — 3. Erasure of your personal data"; null when abstaining. */
  citation: string | null;
  /** The public id of the section answered from (`8`, `4.1`, `11`), or null when abstaining. */
  sectionId: string | null;
  /**
   * The passage answered from: the same as `sectionId`, except for a right inside §11 (`11.3`).
   * For staff, feedback and "show the whole section"; `getSection` accepts it.
   */
  passage: string | null;
  /** The Dutch original's citation ("§8 Hoe lang bewaren we uw gegevens?"), which prevails over a translation. */
  originalCitation: string | null;
  /** True when `answer` is a translation of the Dutch original. */
  translated: boolean;
  policyVersion: string;
  /** The best section's BM25F score. */
  score: number;
  verdict: ScopeVerdict;
  /** Set when abstaining: the i18n key of the polite hand-off to human support. */
  messageKey: string | null;
}

export interface AnswerOptions {
  /** Used when the question is in none of the four languages (`DEFAULT_LANGUAGE`). */
  fallbackLanguage: Language;
  /** Forces the language instead of detecting it. */
  language?: Language;
}

/**
 * Answers a privacy-policy question from the index: detects the language, ranks the sections,
 * abstains when the policy does not cover the question, and otherwise quotes the best section
 * and cites it. Pure and synchronous.
 */
export function answerQuestion(index: KnowledgeIndex, question: string, opts: AnswerOptions): Answer {
  const language = opts.language ?? detectLanguage(question, opts.fallbackLanguage);
  const languageIndex = index.languages[language];
  const analyzed = analyzeQuestion(question, languageIndex);
  const ranked = rankSections(languageIndex, analyzed.terms, analyzed.cues).filter((r) => r.score > 0);
  const best = ranked[0];
  const verdict = judgeScope(analyzed, best);
  const base = {
    language,
    sections: publicSectionIds(
      ranked.map((r) => r.id),
      index.byId,
    ).slice(0, 5),
    passages: ranked.slice(0, 5).map((r) => r.id),
    policyVersion: index.version,
    score: best?.score ?? 0,
    verdict,
  };
  const section = best && index.byId.get(best.id);
  const indexed = best && languageIndex.sections.find((s) => s.id === best.id);
  if (verdict !== 'answer' || !section || !indexed) {
    return {
      ...base,
      answered: false,
      answer: null,
      citation: null,
      sectionId: null,
      passage: null,
      originalCitation: null,
      translated: false,
      messageKey: OUT_OF_SCOPE_KEY,
    };
  }
  const parent = section.parentId === null ? undefined : index.byId.get(section.parentId);
  return {
    ...base,
    answered: true,
    answer: selectSentences(indexed, analyzed.terms, languageIndex).join('\n'),
    citation: formatCitation(section, language, parent),
    sectionId: publicSectionId(section),
    passage: section.id,
    originalCitation: formatCitation(section, 'nl', parent),
    translated: language !== 'nl',
    messageKey: null,
  };
}
