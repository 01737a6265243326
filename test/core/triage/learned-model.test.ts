import { describe, expect, it } from 'vitest';
import { bundledLearnedModel } from '../../../src/core/triage/learned/detect-learned.js';
import {
  LEARNED_OUTPUTS,
  type LearnedModel,
  loadLearnedModel,
  scoreLearned,
} from '../../../src/core/triage/learned/learned-model.js';
import { trainLogistic } from '../../../src/core/triage/learned/train-logistic.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';

const OPTIONS = { minCount: 1, epochs: 300, learningRate: 5, l2: 1e-4, prune: 0.05 };
/** A toy problem: "wibble" marks the positives of output 0, "wobble" those of output 1. */
const TOY = [
  { features: ['wibble', 'the', 'shoe'], labels: [true, false] },
  { features: ['wibble', 'a', 'sock'], labels: [true, false] },
  { features: ['wobble', 'the', 'sock'], labels: [false, true] },
  { features: ['wobble', 'a', 'shoe'], labels: [false, true] },
  { features: ['the', 'shoe'], labels: [false, false] },
  { features: ['a', 'sock'], labels: [false, false] },
];

/** A hand-made model that sees an erasure in the made-up word "zorblax" and nothing else. */
function zorblaxModel(): LearnedModel {
  const row = LEARNED_OUTPUTS.map((o) => (o === 'privacy' || o === 'erasure' ? 20000 : -20000));
  return loadLearnedModel({
    version: 1,
    threshold: 0.85,
    outputs: [...LEARNED_OUTPUTS],
    scale: 100,
    bias: LEARNED_OUTPUTS.map(() => -5),
    trainedOn: { tickets: 0, files: [] },
    neutral: 'the my',
    weights: { zorblax: row },
  });
}

describe('trainLogistic', () => {
  it('learns which feature marks which output, the same way every time', () => {
    const first = trainLogistic(TOY, OPTIONS);
    const second = trainLogistic(TOY, OPTIONS);
    expect(first).toEqual(second);
    const [wibble0, wibble1] = first.weights.get('wibble') ?? [];
    const [wobble0, wobble1] = first.weights.get('wobble') ?? [];
    expect(wibble0).toBeGreaterThan(0.5);
    expect(wibble1).toBeLessThan(0);
    expect(wobble1).toBeGreaterThan(0.5);
    expect(wobble0).toBeLessThan(0);
  });

  it('leaves out rare features and lists pruned ones as neutral', () => {
    const rare = [...TOY, { features: ['zz', 'the'], labels: [false, false] }];
    const trained = trainLogistic(rare, { ...OPTIONS, minCount: 2 });
    expect(trained.weights.has('zz') || trained.neutral.includes('zz')).toBe(false);
    const all = trainLogistic(rare, { ...OPTIONS, minCount: 2, prune: Number.POSITIVE_INFINITY });
    expect(all.weights.size).toBe(0);
    expect(all.neutral.sort()).toEqual(['a', 'shoe', 'sock', 'the', 'wibble', 'wobble']);
  });
});

describe('the learned model', () => {
  it('refuses a malformed model with a clear error', () => {
    expect(() => loadLearnedModel({ version: 1, threshold: 2 })).toThrow(/threshold/);
    const good = {
      version: 1,
      threshold: 0.9,
      outputs: [...LEARNED_OUTPUTS],
      scale: 1,
      bias: [0],
      neutral: '',
    };
    expect(() => loadLearnedModel({ ...good, trainedOn: { tickets: 1, files: [] }, weights: {} })).toThrow(
      /one weight per output/,
    );
  });

  it('scores a ticket: the probability, the likeliest right, and where its strongest words are', () => {
    const verdict = scoreLearned(zorblaxModel(), [
      { name: 'the', at: 0 },
      { name: 'zorblax', at: 1 },
    ]);
    expect(verdict.probability).toBeGreaterThan(0.99);
    expect(verdict.type).toBe('erasure');
    expect(verdict.positions).toEqual([1]);
    expect(scoreLearned(zorblaxModel(), [{ name: 'the', at: 0 }]).probability).toBeLessThan(0.01);
  });

  it('is bundled, valid and trained on the labelled sets', () => {
    const model = bundledLearnedModel();
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
    expect(model.weights.size).toBeGreaterThan(500);
    expect(model.bias).toHaveLength(LEARNED_OUTPUTS.length);
  });
});

describe('triage with the learned component', () => {
  const ticket = { subject: 'Hello', description: 'Please zorblax the whole thing, thanks.' };

  it('speaks only when the rules find no request, with its own evidence and a low confidence', () => {
    const rulesOnly = triageTicket(ticket, { fallbackLanguage: 'en', model: null });
    expect(rulesOnly.privacy).toBe(false);
    const learned = triageTicket(ticket, { fallbackLanguage: 'en', model: zorblaxModel() });
    expect(learned.privacy).toBe(true);
    expect(learned.types).toEqual(['erasure']);
    expect(learned.evidence[0]?.phrase).toContain('zorblax');
    expect(learned.confidence).toBeLessThan(0.65);
  });

  it('never changes a verdict of the rules', () => {
    const request = { subject: '', description: 'Please send me a copy of my data. Zorblax.' };
    const withModel = triageTicket(request, { fallbackLanguage: 'en', model: zorblaxModel() });
    expect(withModel.types).toEqual(['access']);
  });

  it('stays below its threshold on a shop matter', () => {
    const shop = { subject: 'Order 5012388', description: 'Where is my parcel? It was due on Monday.' };
    expect(triageTicket(shop, { fallbackLanguage: 'en' }).privacy).toBe(false);
  });
});
