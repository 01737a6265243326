import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswerExamples, loadKnowledge } from '../../../src/app/load-knowledge.js';
import { FEATURE_VERSION } from '../../../src/core/knowledge/learned/question-features.js';
import { DEFAULT_TRAINING } from '../../../src/core/knowledge/learned/train-section-model.js';
import { modelSections, trainingInputsHash } from '../../../src/core/knowledge/learned/training-inputs.js';
import { KnowledgeError } from '../../../src/core/knowledge/parse-knowledge.js';
import { LANGUAGES } from '../../../src/core/language/languages.js';
import { knowledgeCopies } from '../../support/knowledge-copies.js';

// The shipped model (knowledge/policy/answer-model.json) and the examples it was trained on.
const knowledge = loadKnowledge();
const examples = loadAnswerExamples(knowledge);

const copyOfKnowledge = knowledgeCopies('knowledge-');

function problemsOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems.join('\n');
  }
  throw new Error('expected the knowledge to be rejected');
}

describe('the learned section model', () => {
  it('is trained on the current examples, titles and hints (else: npx tsx scripts/train-answer-model.ts)', () => {
    expect(knowledge.model, 'knowledge/policy/answer-model.json is missing').not.toBeNull();
    expect(knowledge.model?.featureVersion).toBe(FEATURE_VERSION);
    expect(
      knowledge.model?.trainedOn.hash,
      'the examples, a title or a hint changed since the model was trained: run npx tsx scripts/train-answer-model.ts',
    ).toBe(trainingInputsHash(knowledge, examples, DEFAULT_TRAINING));
    expect(knowledge.model?.sections).toEqual(modelSections(knowledge));
  });

  it('has example questions for every public section in every language, and questions out of scope', () => {
    for (const language of LANGUAGES) {
      const own = examples.filter((e) => e.language === language);
      for (const id of modelSections(knowledge))
        expect(
          own.some((e) => e.sections.includes(id)),
          `no ${language} example for §${id}`,
        ).toBe(true);
      expect(own.filter((e) => e.sections.length === 0).length).toBeGreaterThanOrEqual(20);
    }
  });

  it('names the file and field of a broken model, and a section the policy does not have', () => {
    const dir = copyOfKnowledge();
    const path = join(dir, 'policy', 'answer-model.json');
    const model = JSON.parse(readFileSync(path, 'utf8'));
    model.sections[0] = '14';
    model.combiner.threshold = 2;
    writeFileSync(path, JSON.stringify(model));
    const problems = problemsOf(() => loadKnowledge(dir));
    expect(problems).toMatch(/policy\/answer-model\.json: combiner\.threshold: /);
    model.combiner.threshold = 0.5;
    writeFileSync(path, JSON.stringify(model));
    expect(problemsOf(() => loadKnowledge(dir))).toMatch(
      /policy\/answer-model\.json: sections: "14" is not a section of the policy/,
    );
  });

  it('works without a model: the text ranking alone answers', () => {
    const dir = copyOfKnowledge();
    rmSync(join(dir, 'policy', 'answer-model.json'));
    expect(loadKnowledge(dir).model).toBeNull();
  });

  it('names the file, line and field of a broken example', () => {
    const dir = copyOfKnowledge();
    const path = join(dir, 'policy', 'examples', 'sv.jsonl');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = '{"text": "hur länge sparar ni", "sections": ["8"]}';
    lines[2] = '{"text": "vad är cookies", "sections": ["99"], "source": "x"}';
    lines[3] = 'not json';
    writeFileSync(path, lines.join('\n'));
    const problems = problemsOf(() => loadAnswerExamples(knowledge, dir));
    expect(problems).toMatch(/policy\/examples\/sv\.jsonl:2: source: /);
    expect(problems).toMatch(/policy\/examples\/sv\.jsonl:3: sections: 99 is not a public section id/);
    expect(problems).toMatch(/policy\/examples\/sv\.jsonl:4: not valid JSON/);
  });
});
