import { detectLanguage } from '../language/detect-language.js';
import type { Language } from '../language/languages.js';
import { formatCitation } from './format-citation.js';
import type { ScopeVerdict } from './judge-scope.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { decideWithModel } from './learned/decide-with-model.js';
import { publicSectionId, publicSectionIds } from './public-section-id.js';
import { rankPolicyText, type TextRanking } from './rank-policy-text.js';
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

/** Without a learned model: the text ranking's order and scope verdict. */
function decideByText(text: TextRanking, index: KnowledgeIndex) {
  return {
    answered: text.verdict === 'answer',
    sections: publicSectionIds(
      text.ranked.map((r) => r.id),
      index.byId,
    ).slice(0, 5),
    passages: text.ranked.slice(0, 5).map((r) => r.id),
  };
}

/**
 * Answers a privacy-policy question from the index: detects the language, ranks the sections by
 * the policy text and (when the knowledge has one) the learned model together, abstains when the
 * policy does not cover the question, and otherwise quotes the best section's best passage and
 * cites it. Pure and synchronous.
 */
export function answerQuestion(index: KnowledgeIndex, question: string, opts: AnswerOptions): Answer {
  const language = opts.language ?? detectLanguage(question, opts.fallbackLanguage);
  const languageIndex = index.languages[language];
  const text = rankPolicyText(index, question, language);
  const decision = index.model
    ? decideWithModel(index.model, index.byId, question, language, text)
    : decideByText(text, index);
  const best = text.ranked.find((r) => r.id === decision.passages[0]);
  // The learned model may abstain where the words alone would answer: that is a customer-service question.
  const verdict: ScopeVerdict = decision.answered
    ? 'answer'
    : text.verdict === 'answer'
      ? 'off-topic'
      : text.verdict;
  const base = {
    language,
    sections: decision.sections,
    passages: decision.passages,
    policyVersion: index.version,
    score: best?.score ?? 0,
    verdict,
  };
  const section = decision.answered ? index.byId.get(decision.passages[0] ?? '') : undefined;
  const indexed = section && languageIndex.sections.find((s) => s.id === section.id);
  if (!section || !indexed) {
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
    answer: selectSentences(indexed, text.analyzed.terms, languageIndex).join('\n'),
    citation: formatCitation(section, language, parent),
    sectionId: publicSectionId(section),
    passage: section.id,
    originalCitation: formatCitation(section, 'nl', parent),
    translated: language !== 'nl',
    messageKey: null,
  };
}
