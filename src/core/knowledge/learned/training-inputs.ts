import { createHash } from 'node:crypto';
import { LANGUAGES } from '../../language/languages.js';
import type { Knowledge } from '../knowledge-schema.js';
import { publicSectionId } from '../public-section-id.js';
import type { AnswerExample } from './parse-answer-examples.js';
import { FEATURE_VERSION, questionFeatures } from './question-features.js';
import type { TrainingOptions, TrainingRow } from './train-section-model.js';

/**
 * Abstain when the combined out-of-scope probability reaches this. Chosen by leave-one-source-out
 * cross-validation (`npx tsx scripts/eval.ts answers-crossval`): lower abstains more often.
 */
export const ABSTAIN_THRESHOLD = 0.45;

/** A title or hint counts this much as a training question: vocabulary, not a question anyone asked. */
export const HINT_WEIGHT = 0.1;

/** The classes of the model: the policy's public section ids in policy order, then "out of scope". */
export function modelSections(knowledge: Knowledge): string[] {
  return knowledge.sections.filter((s) => !s.passage).map((s) => s.id);
}

/** An example's label as a distribution over the classes (two sections get half each). */
export function targetOf(sections: readonly string[], labels: readonly string[]): number[] {
  const target = new Array<number>(sections.length + 1).fill(0);
  const known = labels.filter((id) => sections.includes(id));
  if (known.length === 0) target[sections.length] = 1;
  for (const id of known)
    target[sections.indexOf(id)] = (target[sections.indexOf(id)] as number) + 1 / known.length;
  return target;
}

/**
 * Every title and hint of every section in every language as a light training row: the model
 * knows each section's vocabulary even where no example question used it (a right of §11 counts
 * for §11).
 */
export function hintRows(knowledge: Knowledge): TrainingRow[] {
  const sections = modelSections(knowledge);
  const rows: TrainingRow[] = [];
  for (const section of knowledge.sections) {
    const target = targetOf(sections, [publicSectionId(section)]);
    for (const language of LANGUAGES) {
      const { title, hints } = section.texts[language];
      for (const piece of [title, ...hints])
        rows.push({ features: questionFeatures(piece, language), target, weight: HINT_WEIGHT });
    }
  }
  return rows;
}

/**
 * A hash over everything training reads: the examples, the sections' titles and hints, the
 * feature version and the options. The model file records it; a test recomputes it to tell a
 * model that needs retraining.
 */
export function trainingInputsHash(
  knowledge: Knowledge,
  examples: readonly AnswerExample[],
  options: TrainingOptions,
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ FEATURE_VERSION, HINT_WEIGHT, ABSTAIN_THRESHOLD, options }));
  hash.update(JSON.stringify(knowledge.notCovered));
  for (const section of knowledge.sections)
    for (const language of LANGUAGES) {
      const { title, hints } = section.texts[language];
      hash.update(JSON.stringify([section.id, language, title, hints]));
    }
  for (const e of examples) hash.update(JSON.stringify([e.language, e.text, e.sections, e.source]));
  return hash.digest('hex').slice(0, 16);
}
