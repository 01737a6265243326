import {
  abstainFeatures,
  type Combiner,
  combineEvidence,
  type Evidence,
  rankFeatures,
} from './combine-evidence.js';

/** A question whose evidence came from a model that never saw it, with its label. */
export interface CombinerRow {
  evidence: Evidence;
  /** Per section index, its share of the label; all zero for a question out of scope. */
  target: readonly number[];
}

const ITERATIONS = 1500;
const STEP = 0.1;
const L2 = 1e-3;

/** Logistic regression by full-batch gradient descent: the few weights that say "out of scope". */
function trainAbstain(rows: readonly CombinerRow[], rank: readonly number[]): number[] {
  // Each question's features for the section the trained ranking chooses, as when answering.
  const X = rows.map((r) => {
    const order = combineEvidence({ abstain: [], rank, threshold: 1 }, r.evidence).order;
    return abstainFeatures(r.evidence, order[0]);
  });
  const y = rows.map((r) => (r.target.some((t) => t > 0) ? 0 : 1));
  const w = new Array<number>(X[0]?.length ?? 0).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const g = new Array<number>(w.length).fill(0);
    X.forEach((x, i) => {
      const z = x.reduce((s, v, j) => s + v * (w[j] as number), 0);
      const error = 1 / (1 + Math.exp(-z)) - (y[i] as number);
      x.forEach((v, j) => {
        g[j] = (g[j] as number) + error * v;
      });
    });
    for (let j = 0; j < w.length; j++)
      w[j] = (w[j] as number) - STEP * ((g[j] as number) / X.length + L2 * (w[j] as number));
  }
  return w;
}

/** A conditional logit over the sections (softmax of a shared linear score), on in-scope questions. */
function trainRank(rows: readonly CombinerRow[]): number[] {
  const data = rows
    .filter((r) => r.target.some((t) => t > 0))
    .map((r) => ({ F: rankFeatures(r.evidence), target: r.target }));
  const w = new Array<number>(data[0]?.F[0]?.length ?? 0).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const g = new Array<number>(w.length).fill(0);
    for (const { F, target } of data) {
      const z = F.map((f) => f.reduce((s, v, j) => s + v * (w[j] as number), 0));
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((a, b) => a + b, 0);
      F.forEach((f, c) => {
        const diff = (e[c] as number) / sum - (target[c] ?? 0);
        f.forEach((v, j) => {
          g[j] = (g[j] as number) + diff * v;
        });
      });
    }
    for (let j = 0; j < w.length; j++)
      w[j] = (w[j] as number) - 2 * STEP * ((g[j] as number) / data.length + L2 * (w[j] as number));
  }
  return w;
}

/**
 * Learns how to combine the learned model with the text ranking, from questions each scored by a
 * model that had not seen them (so the weights reflect how the model does on new questions).
 */
export function trainCombiner(rows: readonly CombinerRow[], threshold: number): Combiner {
  const rank = trainRank(rows);
  return { abstain: trainAbstain(rows, rank), rank, threshold };
}
