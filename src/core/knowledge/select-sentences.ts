import type { QueryTerm } from './analyze-question.js';
import type { IndexedSection, IndexedUnit, LanguageIndex } from './knowledge-index.js';
import { renderUnit } from './split-answer-units.js';

const MAX_UNITS = 3;
const MAX_CHARACTERS = 600;

function overlap(terms: ReadonlySet<string>, query: readonly QueryTerm[], index: LanguageIndex): number {
  let score = 0;
  for (const { term, weight } of query) if (terms.has(term)) score += weight * (index.idf.get(term) ?? 0);
  return score;
}

/** The list items that share a term with the question, or all of them when none or all do. */
function matchingItems(unit: IndexedUnit, query: readonly QueryTerm[], index: LanguageIndex): string[] {
  const hits = unit.items.filter(
    (_, i) => overlap(unit.itemTerms[i] as ReadonlySet<string>, query, index) > 0,
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
  const scored = section.units.map((unit, position) => ({
    unit,
    position,
    score: overlap(unit.terms, query, index) + (position === 0 ? 0.5 : 0),
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
  return chosen
    .sort((a, b) => a.position - b.position)
    .map(({ unit }) => renderUnit(unit, matchingItems(unit, query, index)));
}
