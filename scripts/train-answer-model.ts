/**
 * Trains the learned section model on the example questions (`knowledge/policy/examples/`) and the
 * sections' titles and hints, learns how to combine it with the text ranking from out-of-fold
 * predictions (one source left out at a time), and writes `knowledge/policy/answer-model.json`.
 * Deterministic: the same inputs give the same file. Takes about half a minute.
 *
 *   npx tsx scripts/train-answer-model.ts
 *
 * `npx tsx scripts/eval.ts answers-crossval` measures the result on sources left out.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAnswerExamples, loadKnowledge, MODEL_FILE, POLICY_DIR } from '../src/app/load-knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/app/project-paths.js';
import { buildKnowledgeIndex } from '../src/core/knowledge/build-knowledge-index.js';
import { trainAnswerModel } from './answer-model-training.js';

const knowledge = loadKnowledge(undefined, { model: false });
const examples = loadAnswerExamples(knowledge);
console.log(`${examples.length} examples from ${new Set(examples.map((e) => e.source)).size} sources`);
const file = trainAnswerModel(buildKnowledgeIndex(knowledge), examples, console.log);
const path = join(DEFAULT_KNOWLEDGE_DIR, POLICY_DIR, MODEL_FILE);
writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
// Formatted as `npm test` (biome) expects it.
execFileSync('npx', ['biome', 'format', '--write', path], { stdio: 'ignore' });
console.log(
  `${path}: ${file.features.split(' ').length} features, combiner ${JSON.stringify(file.combiner)}`,
);
