import type { KnowledgeIndex } from '../src/core/knowledge/knowledge-index.js';
import type { Knowledge } from '../src/core/knowledge/knowledge-schema.js';
import type { AnswerModelFile } from '../src/core/knowledge/learned/answer-model-schema.js';
import { ABSTAIN_FEATURES, type Combiner } from '../src/core/knowledge/learned/combine-evidence.js';
import { gatherEvidence } from '../src/core/knowledge/learned/decide-with-model.js';
import type { AnswerExample } from '../src/core/knowledge/learned/parse-answer-examples.js';
import { FEATURE_VERSION, questionFeatures } from '../src/core/knowledge/learned/question-features.js';
import {
  compileSectionModel,
  encodeWeights,
  type SectionModel,
} from '../src/core/knowledge/learned/section-model.js';
import { type CombinerRow, trainCombiner } from '../src/core/knowledge/learned/train-combiner.js';
import {
  DEFAULT_TRAINING,
  type TrainingRow,
  trainSectionModel,
} from '../src/core/knowledge/learned/train-section-model.js';
import {
  ABSTAIN_THRESHOLD,
  hintRows,
  modelSections,
  targetOf,
  trainingInputsHash,
} from '../src/core/knowledge/learned/training-inputs.js';
import { rankPolicyText, type TextRanking } from '../src/core/knowledge/rank-policy-text.js';

/** An example with what training needs: its features, its label and the text ranking's view of it. */
export interface PreparedExample {
  example: AnswerExample;
  row: TrainingRow;
  text: TextRanking;
}

/** Features, labels and text rankings of the examples (the text ranking needs an index without a model). */
export function prepareExamples(
  index: KnowledgeIndex,
  examples: readonly AnswerExample[],
): PreparedExample[] {
  const sections = modelSections(index.knowledge);
  return examples.map((example) => {
    const text = rankPolicyText(index, example.text, example.language);
    return {
      example,
      row: {
        features: questionFeatures(example.text, example.language, text.notCovered),
        target: targetOf(sections, example.sections),
        weight: 1,
      },
      text,
    };
  });
}

const placeholderCombiner: Combiner = {
  abstain: new Array(ABSTAIN_FEATURES).fill(0),
  rank: new Array(4).fill(0),
  threshold: 0.5,
};

function modelFile(
  knowledge: Knowledge,
  rows: readonly TrainingRow[],
  combiner: Combiner,
  trainedOn: AnswerModelFile['trainedOn'],
): AnswerModelFile {
  const sections = modelSections(knowledge);
  const trained = trainSectionModel([...rows, ...hintRows(knowledge)], sections.length + 1, DEFAULT_TRAINING);
  return {
    format: 1,
    featureVersion: FEATURE_VERSION,
    trainedOn,
    sections,
    ...encodeWeights(trained),
    combiner: {
      abstain: combiner.abstain.map((w) => Math.round(w * 1e4) / 1e4),
      rank: combiner.rank.map((w) => Math.round(w * 1e4) / 1e4),
      threshold: combiner.threshold,
    },
  };
}

/** For each source, the section model trained on the other sources (and the hints). */
export function modelsWithoutEachSource(
  knowledge: Knowledge,
  prepared: readonly PreparedExample[],
  log: (message: string) => void = () => {},
): Map<string, SectionModel> {
  const sources = [...new Set(prepared.map((p) => p.example.source))];
  const models = new Map<string, SectionModel>();
  for (const source of sources) {
    const started = performance.now();
    const rows = prepared.filter((p) => p.example.source !== source).map((p) => p.row);
    const file = modelFile(knowledge, rows, placeholderCombiner, {
      hash: '0'.repeat(16),
      examples: rows.length,
      sources: [],
    });
    models.set(source, compileSectionModel(file));
    log(
      `  trained without ${source} (${rows.length} examples) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return models;
}

/** Each example's evidence, scored by the model that did not see its source. */
export function outOfFoldRows(
  index: KnowledgeIndex,
  prepared: readonly PreparedExample[],
  models: ReadonlyMap<string, SectionModel>,
): Array<{ prepared: PreparedExample; row: CombinerRow }> {
  return prepared.map((p) => {
    const model = models.get(p.example.source) as SectionModel;
    const evidence = gatherEvidence(model, index.byId, p.example.text, p.example.language, p.text);
    return { prepared: p, row: { evidence, target: p.row.target.slice(0, -1) } };
  });
}

export function combinerFrom(rows: readonly CombinerRow[], threshold = ABSTAIN_THRESHOLD): Combiner {
  // COMBINER_SOLVER=gradient: the abstention fitted as before this round, to measure the change.
  return trainCombiner(rows, threshold, process.env.COMBINER_SOLVER === 'gradient' ? 'gradient' : 'newton');
}

/** Trains the model on all examples and the combiner on their out-of-fold evidence: the shipped file. */
export function trainAnswerModel(
  index: KnowledgeIndex,
  examples: readonly AnswerExample[],
  log: (message: string) => void = () => {},
): AnswerModelFile {
  const prepared = prepareExamples(index, examples);
  const models = modelsWithoutEachSource(index.knowledge, prepared, log);
  const combiner = combinerFrom(outOfFoldRows(index, prepared, models).map((r) => r.row));
  const sources = [...new Set(examples.map((e) => e.source))];
  return modelFile(
    index.knowledge,
    prepared.map((p) => p.row),
    combiner,
    {
      hash: trainingInputsHash(index.knowledge, examples, DEFAULT_TRAINING),
      examples: examples.length,
      sources,
    },
  );
}
