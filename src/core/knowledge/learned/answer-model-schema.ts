import { z } from 'zod';
import { SECTION_ID } from '../knowledge-schema.js';
import { ABSTAIN_FEATURES } from './combine-evidence.js';

/**
 * `knowledge/policy/answer-model.json`: the learned section model and how it is combined with the
 * text ranking, written by `scripts/train-answer-model.ts` from the example questions.
 */
export const answerModelFileSchema = z.strictObject({
  format: z.literal(1),
  /** The `FEATURE_VERSION` the model was trained with. */
  featureVersion: z.int(),
  trainedOn: z.strictObject({
    /** A hash over the examples, the section titles and hints and the training options. */
    hash: z.string().regex(/^[0-9a-f]{16}$/),
    examples: z.int().nonnegative(),
    sources: z.array(z.string()),
  }),
  /** The public section ids the model tells apart; its last class, not listed, is "out of scope". */
  sections: z.array(z.string().regex(SECTION_ID)).min(2),
  /** Weights are stored as integers: weight × scale. */
  scale: z.number().positive(),
  /** One per class: the sections, then "out of scope". */
  bias: z.array(z.number()),
  /** The features the model knows (`question-features.ts`), separated by spaces. */
  features: z.string().regex(/^\S+( \S+)*$/, { error: 'feature names separated by single spaces' }),
  /**
   * The weights, feature by feature and within a feature class by class, as 16-bit little-endian
   * integers in base64: compact, and read in a few milliseconds.
   */
  weights: z.base64(),
  combiner: z.strictObject({
    abstain: z.array(z.number()).length(ABSTAIN_FEATURES),
    rank: z.array(z.number()).length(4),
    threshold: z.number().gt(0).lt(1),
  }),
});

export type AnswerModelFile = z.infer<typeof answerModelFileSchema>;
