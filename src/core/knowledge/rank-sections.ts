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
}

/** Chosen on the tuning questions (`npm run eval`). */
export const DEFAULT_RANKING: RankingParameters = {
  weight: { title: 2, hints: 3, phraseWords: 1, text: 1 },
  lengthNormalisation: { title: 0.3, hints: 0.3, phraseWords: 0.3, text: 0.25 },
  k1: 1,
  parentShare: 0.5,
};

export interface RankedSection {
  id: string;
  score: number;
  /** Share of the question's term weight (idf-weighted) that this section matches, 0..1. */
  coverage: number;
}

/** Scores every section of one language against the question's terms, best first (BM25F). */
export function rankSections(
  index: LanguageIndex,
  terms: readonly QueryTerm[],
  parameters: RankingParameters = DEFAULT_RANKING,
): RankedSection[] {
  const { weight: WEIGHT, lengthNormalisation: LENGTH_NORMALISATION, k1: K1, parentShare } = parameters;
  let total = 0;
  for (const { term, weight } of terms) total += weight * (index.idf.get(term) ?? 0);
  const ranked: RankedSection[] = [];
  for (const section of index.sections) {
    let score = 0;
    let matched = 0;
    for (const { term, weight } of terms) {
      const counts = section.counts.get(term);
      if (!counts) continue;
      let tf = 0;
      for (const field of FIELDS) {
        if (counts[field] === 0) continue;
        const b = LENGTH_NORMALISATION[field];
        const norm = 1 - b + (b * section.length[field]) / (index.averageLength[field] || 1);
        tf += (WEIGHT[field] * counts[field]) / norm;
      }
      const idf = index.idf.get(term) ?? 0;
      score += weight * idf * ((tf * (K1 + 1)) / (tf + K1));
      matched += weight * idf;
    }
    ranked.push({ id: section.id, score, coverage: total > 0 ? matched / total : 0 });
  }
  const own = new Map(ranked.map((r) => [r.id, r.score]));
  for (const [i, section] of index.sections.entries()) {
    const parent = section.parentId === null ? undefined : own.get(section.parentId);
    if (parent !== undefined) (ranked[i] as RankedSection).score += parentShare * parent;
  }
  return ranked.sort((a, b) => b.score - a.score);
}
