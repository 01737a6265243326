import type { QueryTerm } from './analyze-question.js';
import { FIELDS, type Field, type LanguageIndex } from './knowledge-index.js';

export interface RankingParameters {
  /** Field weights: titles and hints are short and telling, the policy text long and general. */
  weight: Record<Field, number>;
  /** BM25 length normalisation per field (0 = none). */
  lengthNormalisation: Record<Field, number>;
  k1: number;
  /**
   * The share of its parent's score a subsection inherits: "what data do you keep when I order"
   * matches §4 (kinds of data) in general and §4.1 (purchases) in particular, and §4.1 should win.
   */
  parentShare: number;
  /** Added to a section that the question's sentence shape points at (`question-cues.ts`). */
  cueBonus: number;
  /** Added per question term that is in the section's title, times its idf: the title names the topic. */
  titleBonus: number;
  /**
   * A section without text of its own (§4) gives way to the subsection with the best score once
   * that subsection reaches this share of its score: "what data do you collect when I buy" is §4.1.
   */
  specialise: number;
}

/** Chosen on the tuning questions (`npm run eval`). */
export const DEFAULT_RANKING: RankingParameters = {
  weight: { title: 2, hints: 3, phraseWords: 1, text: 1 },
  lengthNormalisation: { title: 0.3, hints: 0, phraseWords: 0, text: 0.25 },
  k1: 1.2,
  parentShare: 0.7,
  cueBonus: 5,
  titleBonus: 0.5,
  specialise: 0.8,
};

export interface RankedSection {
  id: string;
  score: number;
  /** Share of the question's term weight (idf-weighted) that this section matches, 0..1. */
  coverage: number;
  /** Whether a matched term is in the section's title or hints, not only somewhere in its text. */
  topical: boolean;
}

/** Scores every section of one language against the question's terms, best first (BM25F). */
export function rankSections(
  index: LanguageIndex,
  terms: readonly QueryTerm[],
  cues: ReadonlyArray<{ section: string; weight: number }> = [],
  parameters: RankingParameters = DEFAULT_RANKING,
): RankedSection[] {
  const { weight: WEIGHT, lengthNormalisation: LENGTH_NORMALISATION, k1: K1, parentShare } = parameters;
  let total = 0;
  for (const { term, weight } of terms) total += weight * (index.idf.get(term) ?? 0);
  const sections = index.sections;
  // contribution[s * n + t]: what question term t adds to section s (BM25F, plus the title bonus).
  const n = terms.length;
  const contribution = new Float64Array(sections.length * n);
  sections.forEach((section, s) => {
    terms.forEach(({ term, weight }, t) => {
      const counts = section.counts.get(term);
      if (!counts) return;
      let tf = 0;
      for (const field of FIELDS) {
        if (counts[field] === 0) continue;
        const b = LENGTH_NORMALISATION[field];
        const norm = 1 - b + (b * section.length[field]) / (index.averageLength[field] || 1);
        tf += (WEIGHT[field] * counts[field]) / norm;
      }
      const idf = index.idf.get(term) ?? 0;
      let score = weight * idf * ((tf * (K1 + 1)) / (tf + K1));
      if (counts.title > 0) score += parameters.titleBonus * weight * idf;
      contribution[s * n + t] = score;
    });
  });
  const position = new Map(sections.map((section, s) => [section.id, s]));
  const ranked: RankedSection[] = sections.map((section, s) => {
    const p = section.parentId === null ? undefined : position.get(section.parentId);
    const parent = p === undefined ? undefined : sections[p];
    let score = (cues.find((c) => c.section === section.id)?.weight ?? 0) * parameters.cueBonus;
    let matched = 0;
    let topical = false;
    terms.forEach(({ term, weight }, t) => {
      const own = contribution[s * n + t] as number;
      if (own === 0) return;
      matched += weight * (index.idf.get(term) ?? 0);
      const counts = section.counts.get(term);
      if (counts && counts.title + counts.hints + counts.phraseWords > 0) topical = true;
      // A subsection scores on its own only with words that are not its parent's topic: "rights"
      // is §11's word, not §11.7's because its title says "Right to object".
      const parentCounts = parent?.counts.get(term);
      if (!parentCounts || parentCounts.title + parentCounts.hints + parentCounts.phraseWords === 0)
        score += own;
    });
    if (p !== undefined) {
      let parentScore = 0;
      for (let t = 0; t < n; t++) {
        const inherited = contribution[p * n + t] as number;
        parentScore += inherited;
        // What the parent matches counts as matched for the subsection it passes its score to.
        if (inherited > 0 && (contribution[s * n + t] as number) === 0)
          matched += (terms[t]?.weight ?? 0) * (index.idf.get(terms[t]?.term ?? '') ?? 0);
      }
      score += parentShare * parentScore;
    }
    return { id: section.id, score, coverage: total > 0 ? matched / total : 0, topical };
  });
  ranked.sort((a, b) => b.score - a.score);
  return specialiseTop(ranked, index, parameters.specialise);
}

/** Moves the best subsection of a text-less top section (§4) above it when it scores close enough. */
function specialiseTop(ranked: RankedSection[], index: LanguageIndex, share: number): RankedSection[] {
  const top = ranked[0];
  const topSection = top && index.sections.find((s) => s.id === top.id);
  if (!top || !topSection || topSection.length.text > 0 || top.score <= 0) return ranked;
  const child = ranked.find((r) => index.sections.find((s) => s.id === r.id)?.parentId === top.id);
  if (!child || child.score < share * top.score) return ranked;
  return [child, ...ranked.filter((r) => r !== child)];
}
