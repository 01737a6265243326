import { analyzeText, looseTerm } from '../language/analyze-text.js';
import type { Language } from '../language/languages.js';
import type { IndexedUnit, LanguageIndex } from './knowledge-index.js';
import type { Section } from './knowledge-schema.js';
import { type AnswerUnit, renderUnit, splitAnswerUnits } from './split-answer-units.js';

/** Three telling hint words (idf ≈ 2 each) make a sentence as central as it gets. */
const CENTRAL_WEIGHT = 6;

/**
 * What an answer from this section can quote. A section whose text ends in "You have the right
 * to:" lists its subsections' titles; a section without text of its own (4) quotes its subsections.
 */
function quotableUnits(section: Section, children: readonly Section[], language: Language): AnswerUnit[] {
  const units = splitAnswerUnits(section.texts[language].text);
  if (children.length === 0) return units;
  const last = units.at(-1);
  if (last?.head.endsWith(':') && last.items.length === 0) {
    // Only the headings the policy itself lists, numbered as it numbers them: editorial titles
    // are ours, not quotable.
    last.items = children
      .filter((child) => !child.editorialTitle)
      .map(
        (child) =>
          `${child.listNumber === null ? '•' : `${child.listNumber}.`} ${child.texts[language].title}`,
      );
    return units;
  }
  if (units.length > 0) return units;
  return children.flatMap((child) =>
    splitAnswerUnits(child.texts[language].text).map((unit, i) =>
      // Headed as the policy heads it: "4.1 For Caliroots customers".
      i === 0 ? { ...unit, heading: `${child.id} ${child.texts[language].title}` } : unit,
    ),
  );
}

/**
 * The quotable units of one section in one language, with their terms and centrality: how much
 * of the section's hint vocabulary a unit holds, weighted by how telling each word is
 * ("gegevens" in every section says nothing) and saturating at three telling words, so that a
 * list of thirty partner names is no more central than the sentence that states the rule. Names
 * and abbreviations (capitalised in the Dutch hints: "Klarna", "AVG") say who or what, not which
 * sentence states the rule. Needs the finished index (idf); made when a section is first quoted.
 */
export function prepareAnswerUnits(
  section: Section,
  children: readonly Section[],
  index: LanguageIndex,
): IndexedUnit[] {
  const { language } = index;
  const termsOf = (piece: string) =>
    new Set(analyzeText(piece, language).flatMap((w) => (w.stop ? [] : [w.term])));
  const names = new Set(
    section.texts.nl.hints
      .filter((h) => /^\p{Lu}/u.test(h))
      .flatMap((h) => analyzeText(h, language).map((w) => w.term)),
  );
  const hintTerms = new Set([...section.texts[language].hints.flatMap((h) => [...termsOf(h)])]);
  for (const name of names) hintTerms.delete(name);
  const units = quotableUnits(section, children, language).map((unit) => {
    const terms = termsOf(renderUnit(unit));
    return {
      ...unit,
      terms,
      looseTerms: new Set([...terms].map((t) => looseTerm(t, language))),
      headTerms: new Set(analyzeText(unit.head, language).map((w) => w.term)),
      itemTerms: unit.items.map(termsOf),
      centrality: 0,
    };
  });
  // Compared in their coarser forms, as questions meet units: "bewaart" in the rule holds the
  // hint "bewaren" as much as "bewaren" in the exception does. Each hint counts once per unit.
  const looseHints = new Map<string, number>();
  for (const t of hintTerms) {
    const loose = looseTerm(t, language);
    looseHints.set(loose, Math.max(looseHints.get(loose) ?? 0, index.idf.get(t) ?? 0));
  }
  const weights = units.map((u) => {
    const idfs = [...u.looseTerms].filter((t) => looseHints.has(t)).map((t) => looseHints.get(t) ?? 0);
    return Math.min(
      CENTRAL_WEIGHT,
      idfs.reduce((sum, idf) => sum + idf, 0),
    );
  });
  const most = Math.max(1e-9, ...weights);
  return units.map((unit, i) => ({ ...unit, centrality: (weights[i] as number) / most }));
}
