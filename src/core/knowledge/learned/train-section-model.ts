/** One labelled question (or title/hint) as features and a distribution over the classes. */
export interface TrainingRow {
  features: readonly string[];
  /** Per class, its share of the label (a question labelled with two sections gives each half). */
  target: readonly number[];
  /** How much the row counts: a title or hint counts less than a question someone asked. */
  weight: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer rows are left out: names and one-off typos do not generalise. */
  minCount: number;
}

/** Chosen by leave-one-source-out cross-validation (`scripts/train-answer-model.ts --crossval`). */
export const DEFAULT_TRAINING: TrainingOptions = { epochs: 30, learningRate: 0.5, l2: 1e-4, minCount: 3 };

export interface TrainedSectionModel {
  bias: number[];
  /** Per feature, one weight per class. */
  weights: Map<string, Float64Array>;
}

/**
 * Each feature counts 1/√(number of known features): long questions do not outvote short ones.
 * Shared by training and prediction.
 */
export const featureScale = (count: number) => 1 / Math.sqrt(Math.max(1, count));

/** A deterministic shuffle (a linear congruential generator with a fixed seed): same data, same model. */
function shuffler(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return (order: number[]) => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
  };
}

/**
 * Multinomial logistic regression (softmax over the classes) by stochastic gradient descent with
 * AdaGrad step sizes and L2 shrinkage. Deterministic, no dependency; a few seconds for two
 * thousand questions, so it runs in a script and the result ships as data.
 */
export function trainSectionModel(
  rows: readonly TrainingRow[],
  classes: number,
  options: TrainingOptions = DEFAULT_TRAINING,
): TrainedSectionModel {
  const counts = new Map<string, number>();
  for (const row of rows) for (const f of row.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const column = new Map(vocabulary.map((f, i) => [f, i]));
  const K = classes;
  const W = new Float64Array(vocabulary.length * K);
  const gradSquares = new Float64Array(vocabulary.length * K);
  const bias = new Float64Array(K);
  const biasSquares = new Float64Array(K);
  const indices = rows.map((row) => row.features.flatMap((f) => column.get(f) ?? []));
  const z = new Float64Array(K);
  const order = rows.map((_, i) => i);
  const shuffle = shuffler(12345);
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order);
    for (const r of order) {
      const row = rows[r] as TrainingRow;
      const cols = indices[r] as number[];
      const scale = featureScale(cols.length);
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let v = bias[k] as number;
        for (const j of cols) v += (W[j * K + k] as number) * scale;
        z[k] = v;
        if (v > max) max = v;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp((z[k] as number) - max);
        sum += z[k] as number;
      }
      for (let k = 0; k < K; k++) {
        const g = row.weight * ((z[k] as number) / sum - (row.target[k] as number));
        biasSquares[k] = (biasSquares[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (learningRate * g) / Math.sqrt((biasSquares[k] as number) + 1e-8);
        for (const j of cols) {
          const at = j * K + k;
          const gradient = g * scale + l2 * (W[at] as number);
          gradSquares[at] = (gradSquares[at] as number) + gradient * gradient;
          W[at] =
            (W[at] as number) - (learningRate * gradient) / Math.sqrt((gradSquares[at] as number) + 1e-8);
        }
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  vocabulary.forEach((feature, j) => {
    weights.set(feature, W.slice(j * K, (j + 1) * K));
  });
  return { bias: [...bias], weights };
}
