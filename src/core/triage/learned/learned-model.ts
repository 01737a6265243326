import { z } from 'zod';
import { REQUEST_TYPES, type RequestType } from '../../tasks/task.js';
import type { LearnedFeature } from './learned-features.js';
import { featureScale } from './train-logistic.js';

/** The outputs of the model: "is this a request at all", then one per right. */
export const LEARNED_OUTPUTS = ['privacy', ...REQUEST_TYPES] as const;

/** The model as stored in `triage-model.json`: weights as integers, `scale` per unit. */
export const learnedModelFile = z
  .object({
    version: z.literal(1),
    /** Probability of "a request" above which the model's verdict is taken when the rules found none. */
    threshold: z.number().min(0.5).max(1),
    outputs: z.array(z.string()),
    scale: z.number().positive(),
    bias: z.array(z.number()),
    trainedOn: z.object({ tickets: z.number().int(), files: z.array(z.string()) }),
    weights: z.record(z.string(), z.array(z.number().int())),
    /** Known features whose weights were pruned, space-separated: they count in the scale. */
    neutral: z.string(),
  })
  .refine((m) => m.outputs.join() === LEARNED_OUTPUTS.join(), {
    message: 'outputs must be privacy and the rights in order',
  })
  .refine(
    (m) =>
      m.bias.length === m.outputs.length &&
      Object.values(m.weights).every((w) => w.length === m.outputs.length),
    {
      message: 'every weight row needs one weight per output',
    },
  );
export type LearnedModelFile = z.infer<typeof learnedModelFile>;

export interface LearnedModel {
  threshold: number;
  bias: readonly number[];
  weights: ReadonlyMap<string, Float64Array>;
  neutral: ReadonlySet<string>;
}

/** Validates a stored model and unpacks its weights. */
export function loadLearnedModel(data: unknown): LearnedModel {
  const file = learnedModelFile.parse(data);
  const weights = new Map<string, Float64Array>();
  for (const [feature, row] of Object.entries(file.weights))
    weights.set(
      feature,
      Float64Array.from(row, (w) => w / file.scale),
    );
  const neutral = new Set(file.neutral.split(' ').filter((f) => f !== ''));
  return { threshold: file.threshold, bias: file.bias, weights, neutral };
}

export interface LearnedVerdict {
  /** Probability that the ticket asks for something. */
  probability: number;
  /** The right the model finds most likely. */
  type: RequestType;
  /** Where the features that spoke most for a request start, strongest first. */
  positions: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Scores a ticket's features: the probability of a request, the likeliest right, and why. */
export function scoreLearned(model: LearnedModel, features: readonly LearnedFeature[]): LearnedVerdict {
  const known = features.filter((f) => model.weights.has(f.name));
  const scale = featureScale(known.length + features.filter((f) => model.neutral.has(f.name)).length);
  const z = [...model.bias];
  for (const feature of known) {
    const row = model.weights.get(feature.name) as Float64Array;
    for (let o = 0; o < z.length; o++) z[o] = (z[o] as number) + (row[o] as number) * scale;
  }
  const rights = z.slice(1);
  const best = rights.indexOf(Math.max(...rights));
  const positions = known
    .map((f) => ({ at: f.at, weight: (model.weights.get(f.name) as Float64Array)[0] as number }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.at - b.at)
    .map((f) => f.at);
  return {
    probability: sigmoid(z[0] as number),
    type: REQUEST_TYPES[best] as RequestType,
    positions: [...new Set(positions)],
  };
}
