import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/knowledge/answer-question.js';
import { buildKnowledgeIndex } from '../../../src/core/knowledge/build-knowledge-index.js';
import { combineEvidence, type Evidence } from '../../../src/core/knowledge/learned/combine-evidence.js';
import { questionFeatures } from '../../../src/core/knowledge/learned/question-features.js';
import {
  compileSectionModel,
  encodeWeights,
  predictSections,
} from '../../../src/core/knowledge/learned/section-model.js';
import { trainCombiner } from '../../../src/core/knowledge/learned/train-combiner.js';
import {
  type TrainingRow,
  trainSectionModel,
} from '../../../src/core/knowledge/learned/train-section-model.js';
import { modelSections, targetOf } from '../../../src/core/knowledge/learned/training-inputs.js';
import { parseKnowledge } from '../../../src/core/knowledge/parse-knowledge.js';
import { asFiles, policyFile, smallPolicy } from './knowledge-fixture.js';

const knowledge = parseKnowledge({ file: 'policy.json', content: policyFile }, asFiles(smallPolicy));
const sections = modelSections(knowledge); // 1, 2, 3, 3.1, 3.2, 4

// Slang the small policy's text and hints do not have: only the examples teach it.
const EXAMPLES: Array<[string, string | null]> = [
  ['scrub everything you have on me', '3.1'],
  ['scrub all my stuff pls', '3.1'],
  ['wipe me out of your systems', '3.1'],
  ['wipe my stuff for good', '3.1'],
  ['for how many years do you hang on to my stuff', '1'],
  ['how many years will you hang on to it', '1'],
  ['those little tracking crumbs in my browser', '2'],
  ['what are the crumbs on your site for', '2'],
  ['where is my parcel', null],
  ['my parcel is late again', null],
  ['track my parcel please', null],
  ['parcel never showed up', null],
];
const rows: TrainingRow[] = EXAMPLES.map(([text, id]) => ({
  features: questionFeatures(text, 'en'),
  target: targetOf(sections, id ? [id] : []),
  weight: 1,
}));
const options = { epochs: 40, learningRate: 0.5, l2: 1e-4, minCount: 1 };
const trained = trainSectionModel(rows, sections.length + 1, options);
/** A combiner that follows the learned model alone: its log-probabilities rank, its out-of-scope odds abstain. */
const modelOnly = { abstain: [1, 0, 0, 0, 0, 0, 0, 0, 0], rank: [1, 0, 0, 0], threshold: 0.5 };
const file = {
  format: 1 as const,
  featureVersion: 1,
  trainedOn: { hash: '0'.repeat(16), examples: rows.length, sources: ['test'] },
  sections,
  ...encodeWeights(trained),
  combiner: modelOnly,
};

describe('questionFeatures', () => {
  it('gives stems, function words, stem pairs and character n-grams with diacritics folded', () => {
    const features = questionFeatures('Könnt ihr meine Daten löschen?', 'de');
    expect(features).toContain('u:dat');
    expect(features).toContain('s:ihr');
    expect(features.some((f) => f.startsWith('b:'))).toBe(true);
    // Typed without diacritics, a word still shares its n-grams.
    const plain = questionFeatures('koennt ihr meine daten loschen', 'de');
    expect(plain).toContain('c:losc');
    expect(features).toContain('c:losc');
  });
});

describe('the learned section model', () => {
  it('learns sections from example questions, and tells questions out of scope', () => {
    const model = compileSectionModel(file);
    const best = (text: string) => {
      const p = predictSections(model, questionFeatures(text, 'en'));
      const top = p.indexOf(Math.max(...p));
      return top === sections.length ? null : sections[top];
    };
    expect(best('could you scrub my stuff')).toBe('3.1');
    expect(best('how many years do you hang on to things')).toBe('1');
    expect(best('is my parcel coming today')).toBeNull();
  });

  it('is deterministic, and survives being written to the model file', () => {
    expect(encodeWeights(trainSectionModel(rows, sections.length + 1, options))).toEqual(
      encodeWeights(trained),
    );
    const features = questionFeatures('wipe my stuff', 'en');
    const model = compileSectionModel(file);
    const fromFile = predictSections(model, features);
    // Exact probabilities from the trained weights, to compare with what the file gives.
    const known = features.flatMap((f) => trained.weights.get(f) ?? []);
    const z = trained.bias.map((b, k) =>
      known.reduce((s, w) => s + (w[k] as number) / Math.sqrt(known.length), b),
    );
    const e = z.map((v) => Math.exp(v - Math.max(...z)));
    const exact = e.map((v) => v / e.reduce((a, b) => a + b, 0));
    fromFile.forEach((p, k) => {
      expect(p).toBeCloseTo(exact[k] as number, 2);
    });
  });
});

describe('answerQuestion with a learned model', () => {
  const withModel = buildKnowledgeIndex({ ...knowledge, model: file });
  const textOnly = buildKnowledgeIndex(knowledge);
  const ask = (index: typeof withModel, question: string) =>
    answerQuestion(index, question, { fallbackLanguage: 'en', language: 'en' });

  it('answers what only the examples explain, quoting and citing the section as ever', () => {
    expect(ask(textOnly, 'could you scrub my stuff').answered).toBe(false);
    const answer = ask(withModel, 'could you scrub my stuff');
    expect(answer).toMatchObject({
      answered: true,
      sectionId: '3.1',
      passage: '3.1',
      verdict: 'answer',
      citation: '§3.1 Erasure',
      answer: 'You can ask us to delete your personal data.',
    });
    expect(answer.sections[0]).toBe('3.1');
  });

  it('abstains where the model says the question is out of scope, as off-topic', () => {
    expect(ask(textOnly, 'where is my parcel? please keep my data safe').answered).toBe(true);
    const answer = ask(withModel, 'where is my parcel? please keep my data safe');
    expect(answer).toMatchObject({ answered: false, answer: null, citation: null, passage: null });
    expect(answer.verdict).toBe('off-topic');
    expect(answer.messageKey).toBe('answer:outOfScope');
  });
});

describe('trainCombiner', () => {
  const evidence = (probabilities: number[], sectionScores: number[]): Evidence => ({
    probabilities,
    sectionScores,
    cues: sectionScores.map(() => 0),
    verdict: 'answer',
    offTopic: 0,
    privacy: 1,
    topScore: Math.max(...sectionScores),
    topCoverage: 0.5,
    framing: [],
  });

  it('learns to follow the ranker that is right, and to abstain when the model says out of scope', () => {
    // Two sections: the model is always right, the text ranking right half of the time.
    const rows = Array.from({ length: 40 }, (_, i) => {
      const right = i % 2;
      const textRight = i % 4 < 2;
      const out = i % 5 === 0;
      const probabilities = out ? [0.05, 0.05, 0.9] : right ? [0.2, 0.7, 0.1] : [0.7, 0.2, 0.1];
      const textBest = textRight ? right : 1 - right;
      return {
        evidence: evidence(probabilities, textBest === 0 ? [5, 1] : [1, 5]),
        target: out ? [0, 0] : right ? [0, 1] : [1, 0],
      };
    });
    const combiner = trainCombiner(rows, 0.5);
    expect(combiner.rank[0]).toBeGreaterThan(Math.abs(combiner.rank[1] ?? 0));
    const disagree = combineEvidence(combiner, evidence([0.2, 0.7, 0.1], [5, 1]));
    expect(disagree.order[0]).toBe(1);
    expect(combineEvidence(combiner, evidence([0.05, 0.05, 0.9], [5, 1])).outOfScope).toBeGreaterThan(0.5);
    expect(disagree.outOfScope).toBeLessThan(0.5);
  });
});
