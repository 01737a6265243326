import { looseTerm } from '../language/analyze-text.js';
import type { QueryTerm } from './analyze-question.js';
import type { IndexedSection, IndexedUnit, LanguageIndex } from './knowledge-index.js';
import { renderUnit } from './split-answer-units.js';

const MAX_UNITS = 3;
const MAX_CHARACTERS = 700;
/** Weight of a unit's share of the section's hint words: the sentence that states the rule. */
const CENTRALITY = 1.5;

function overlap(
  terms: ReadonlySet<string>,
  query: readonly QueryTerm[],
  index: LanguageIndex,
  local: ReadonlyMap<string, number> = new Map(),
): number {
  let score = 0;
  for (const { term, weight } of query) {
    if (terms.has(term)) score += weight * (index.idf.get(term) ?? 0) * (local.get(term) ?? 1);
  }
  return score;
}

/** The question's terms in their coarser form, to meet a unit's `looseTerms` ("bewaren" meets "bewaart"). */
function loosen(query: readonly QueryTerm[], index: LanguageIndex): Array<QueryTerm & { loose: string }> {
  return query.map((q) => ({ ...q, loose: looseTerm(q.term, index.language) }));
}

/** `overlap` on the coarser forms, each question term weighted by its own idf. */
function looseOverlap(
  unit: IndexedUnit,
  query: ReadonlyArray<QueryTerm & { loose: string }>,
  index: LanguageIndex,
  local: ReadonlyMap<string, number>,
): number {
  let score = 0;
  for (const { term, loose, weight } of query) {
    if (unit.looseTerms.has(loose)) score += weight * (index.idf.get(term) ?? 0) * (local.get(loose) ?? 1);
  }
  return score;
}

/**
 * How well a term tells the units of one section apart: "keep" is in every sentence of §8 and
 * says nothing about which to quote, "24" is in one.
 */
function localWeights(
  section: IndexedSection,
  query: ReadonlyArray<QueryTerm & { loose: string }>,
): Map<string, number> {
  const n = section.units.length;
  const weights = new Map<string, number>();
  for (const { loose } of query) {
    const df = section.units.filter((u) => u.looseTerms.has(loose)).length;
    if (df > 0) weights.set(loose, Math.log(1 + n / df));
  }
  return weights;
}

/** Terms too common to pick list items by ("data", "gegevens"). */
const MIN_ITEM_IDF = 0.5;

/**
 * The list items the question asks about ("which payment companies…" → the payment bullet), or
 * all of them when the question names none: words of the lead-in and common words do not count.
 */
function matchingItems(unit: IndexedUnit, query: readonly QueryTerm[], index: LanguageIndex): string[] {
  if (unit.kind !== 'list') return unit.items;
  const telling = query.filter(
    (q) => !unit.headTerms.has(q.term) && (index.idf.get(q.term) ?? 0) >= MIN_ITEM_IDF,
  );
  const hits = unit.items.filter(
    (_, i) => overlap(unit.itemTerms[i] as ReadonlySet<string>, telling, index) > 0,
  );
  return hits.length > 0 && hits.length < unit.items.length ? hits : unit.items;
}

/**
 * The 1–3 units of the section that best match the question, in the order the policy has them,
 * quoted word for word. The opening sentence wins ties: it usually states the rule.
 */
export function selectSentences(
  section: IndexedSection,
  query: readonly QueryTerm[],
  index: LanguageIndex,
): string[] {
  const loose = loosen(query, index);
  const local = localWeights(section, loose);
  const scored = section.units.map((unit, position) => ({
    unit,
    position,
    score:
      looseOverlap(unit, loose, index, local) + CENTRALITY * unit.centrality + (position === 0 ? 0.5 : 0),
  }));
  const chosen: typeof scored = [];
  let length = 0;
  for (const candidate of [...scored].sort((a, b) => b.score - a.score || a.position - b.position)) {
    if (chosen.length >= MAX_UNITS) break;
    if (chosen.length > 0 && candidate.score < 1) break;
    const size = renderUnit(candidate.unit).length;
    if (chosen.length > 0 && length + size > MAX_CHARACTERS) continue;
    chosen.push(candidate);
    length += size;
  }
  // Contact details are the point of a section that has them: quote the block whenever it fits.
  for (const candidate of scored) {
    if (candidate.unit.kind !== 'block' || chosen.includes(candidate)) continue;
    const size = renderUnit(candidate.unit).length;
    if (length + size <= MAX_CHARACTERS) {
      chosen.push(candidate);
      length += size;
    }
  }
  return chosen
    .sort((a, b) => a.position - b.position)
    .map(({ unit }) => renderUnit(unit, matchingItems(unit, query, index)));
}
