import type { Language } from '../../language/languages.js';
import type { Token } from '../scan-ticket.js';
import { learnedFeatures } from './learned-features.js';
import { type LearnedModel, type LearnedVerdict, loadLearnedModel, scoreLearned } from './learned-model.js';
import MODEL from './triage-model.json' with { type: 'json' };

let bundled: LearnedModel | undefined;

/** The model trained on the labelled sets (`scripts/train-triage-model.ts`), unpacked on first use. */
export function bundledLearnedModel(): LearnedModel {
  bundled ??= loadLearnedModel(MODEL);
  return bundled;
}

/**
 * The learned component's verdict on a ticket the rules found no request in: the likeliest right
 * when the model is sure enough (its threshold), else null.
 */
export function detectLearned(
  model: LearnedModel,
  tokens: readonly Token[],
  language: Language,
): LearnedVerdict | null {
  const verdict = scoreLearned(model, learnedFeatures(tokens, language));
  return verdict.probability >= model.threshold ? verdict : null;
}
