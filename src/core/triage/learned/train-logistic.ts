/** One training example: its features and, per output, whether it is positive. */
export interface TrainingExample {
  features: readonly string[];
  labels: readonly boolean[];
}

export interface TrainingOptions {
  /** Features seen in fewer examples are left out (names, typos: they do not generalise). */
  minCount: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features whose weights are all smaller than this are dropped from the result. */
  prune: number;
}

export interface TrainedWeights {
  bias: number[];
  /** Per feature, one weight per output. */
  weights: Map<string, number[]>;
  /** Features of the vocabulary whose weights were pruned: they still count in `featureScale`. */
  neutral: string[];
}

/** Below this many known features a text counts as this many: a one-liner does not shout. */
const MIN_SCALE_COUNT = 30;

/**
 * Each feature's weight is scaled by 1/√(the ticket's number of known features): long tickets do
 * not outvote short ones, and very short texts are damped.
 */
export const featureScale = (count: number) => 1 / Math.sqrt(Math.max(MIN_SCALE_COUNT, count));

/**
 * Logistic regression, one output per label, by full-batch gradient descent with L2 shrinkage:
 * slow to train (seconds) but deterministic, with no randomness and no dependency.
 */
export function trainLogistic(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
): TrainedWeights {
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const f of new Set(example.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features)].flatMap((f) => index.get(f) ?? []));
  const outputs = examples[0]?.labels.length ?? 0;
  const weights = Array.from({ length: outputs }, () => new Float64Array(vocabulary.length));
  const bias = new Array<number>(outputs).fill(0);
  for (let o = 0; o < outputs; o++) {
    const w = weights[o] as Float64Array;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const gradient = new Float64Array(vocabulary.length);
      let gradientBias = 0;
      examples.forEach((example, e) => {
        const row = rows[e] as number[];
        const scale = featureScale(row.length);
        let z = bias[o] as number;
        for (const j of row) z += (w[j] as number) * scale;
        const error = 1 / (1 + Math.exp(-z)) - (example.labels[o] ? 1 : 0);
        for (const j of row) gradient[j] = (gradient[j] as number) + error * scale;
        gradientBias += error;
      });
      for (let j = 0; j < w.length; j++)
        w[j] =
          (w[j] as number) -
          options.learningRate * ((gradient[j] as number) / examples.length + options.l2 * (w[j] as number));
      bias[o] = (bias[o] as number) - (options.learningRate * gradientBias) / examples.length;
    }
  }
  const result = new Map<string, number[]>();
  const neutral: string[] = [];
  vocabulary.forEach((feature, j) => {
    const row = weights.map((w) => w[j] as number);
    if (row.some((x) => Math.abs(x) >= options.prune)) result.set(feature, row);
    else neutral.push(feature);
  });
  return { bias, weights: result, neutral };
}
