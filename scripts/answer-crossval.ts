import { loadAnswerExamples, loadKnowledge } from '../src/app/load-knowledge.js';
import { answerQuestion } from '../src/core/knowledge/answer-question.js';
import { buildKnowledgeIndex } from '../src/core/knowledge/build-knowledge-index.js';
import type { SectionModel } from '../src/core/knowledge/learned/section-model.js';
import { ABSTAIN_THRESHOLD } from '../src/core/knowledge/learned/training-inputs.js';
import { LANGUAGES, type Language } from '../src/core/language/languages.js';
import {
  combinerFrom,
  modelsWithoutEachSource,
  outOfFoldRows,
  prepareExamples,
} from './answer-model-training.js';
import { pct } from './measure.js';
import {
  EXAMPLE_SOURCES,
  type LabelledQuestion,
  QUESTION_SETS,
  type QuestionSet,
  readQuestions,
} from './read-questions.js';

/** Counts for one set (or all of them) and one language (or all). */
export interface Tally {
  inScope: number;
  top1: number;
  answered: number;
  outOfScope: number;
  abstained: number;
}
const empty = (): Tally => ({ inScope: 0, top1: 0, answered: 0, outOfScope: 0, abstained: 0 });
const add = (a: Tally, b: Tally) => {
  for (const k of Object.keys(a) as Array<keyof Tally>) a[k] += b[k];
};

export interface CrossValidation {
  /** Per set and language, the figures of the model trained without that set's source. */
  tallies: Map<QuestionSet, Record<Language, Tally>>;
  misses: Map<QuestionSet, string[]>;
}

/**
 * Leave-one-source-out cross-validation of the whole answer engine: for each labelled set, the
 * section model is trained on the examples of every other source (and the titles and hints), the
 * combiner on their out-of-fold evidence, and the set is answered by `answerQuestion` with that
 * model. A question counts as right when it is answered and its first public section id is one of
 * the labelled ones, exactly (`4.1` does not count for a label `4`).
 */
export function crossValidate(
  log: (message: string) => void = () => {},
  threshold = ABSTAIN_THRESHOLD,
): CrossValidation {
  const loaded = loadKnowledge(undefined, { model: false });
  // WITHOUT_NOT_COVERED=1: what the other mechanisms do without the topics the policy does not cover.
  const knowledge = process.env.WITHOUT_NOT_COVERED ? { ...loaded, notCovered: {} } : loaded;
  const index = buildKnowledgeIndex(knowledge);
  // EXCLUDE_SOURCES=scope: what the mechanisms do without the examples of those sources.
  const excluded = new Set((process.env.EXCLUDE_SOURCES ?? '').split(',').filter(Boolean));
  const examples = loadAnswerExamples(knowledge).filter((e) => !excluded.has(e.source));
  const prepared = prepareExamples(index, examples);
  const models = modelsWithoutEachSource(knowledge, prepared, log);
  const rows = outOfFoldRows(index, prepared, models);
  const tallies = new Map<QuestionSet, Record<Language, Tally>>();
  const misses = new Map<QuestionSet, string[]>();
  for (const [set, file] of Object.entries(QUESTION_SETS) as Array<[QuestionSet, string]>) {
    const source = EXAMPLE_SOURCES[set];
    const model = models.get(source);
    if (!model) continue;
    const combiner = combinerFrom(
      rows.filter((r) => r.prepared.example.source !== source).map((r) => r.row),
      threshold,
    );
    const foldIndex = { ...index, model: { ...model, combiner } satisfies SectionModel };
    const perLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, empty()])) as Record<Language, Tally>;
    const missed: string[] = [];
    for (const q of readQuestions(file))
      tallyQuestion(
        q,
        answerQuestion(foldIndex, q.text, { fallbackLanguage: 'en' }),
        perLanguage[q.language],
        missed,
      );
    tallies.set(set, perLanguage);
    misses.set(set, missed);
  }
  return { tallies, misses };
}

function tallyQuestion(
  q: LabelledQuestion,
  a: { answered: boolean; sections: string[] },
  t: Tally,
  missed: string[],
): void {
  const got = a.answered
    ? a.sections.slice(0, 3).join('|')
    : `abstained (${a.sections.slice(0, 2).join('|')})`;
  if (q.expected === null) {
    t.outOfScope += 1;
    if (!a.answered) t.abstained += 1;
    else missed.push(`${q.id} [${q.language}] out of scope, got ${got}: ${q.text}`);
    return;
  }
  t.inScope += 1;
  if (a.answered) t.answered += 1;
  if (a.answered && q.expected.includes(a.sections[0] ?? '')) t.top1 += 1;
  else missed.push(`${q.id} [${q.language}] expected ${q.expected.join('|')}, got ${got}: ${q.text}`);
}

/** Sums tallies over languages and sets. */
export function total(tallies: Iterable<Record<Language, Tally>>, language?: Language): Tally {
  const sum = empty();
  for (const perLanguage of tallies)
    for (const l of LANGUAGES) if (!language || l === language) add(sum, perLanguage[l]);
  return sum;
}

/** One line of figures: top-1 (answered and right), in scope answered, out of scope abstained. */
export function describe(t: Tally): string {
  const r = (a: number, b: number) => (b === 0 ? '   –  ' : pct(a / b).padStart(6));
  return `top-1 ${r(t.top1, t.inScope)}  answered ${r(t.answered, t.inScope)}  abstained ${r(t.abstained, t.outOfScope)}  (n ${t.inScope}+${t.outOfScope})`;
}
