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

/**
 * How the abstention's weights are fitted: to convergence (`newton`), or by the earlier fixed
 * 1,500 gradient steps (`gradient`, kept to measure the difference).
 */
export type Solver = 'newton' | 'gradient';

/** Newton steps of the abstention's logistic regression: enough to converge on a few inputs. */
const NEWTON_STEPS = 30;
/** A ridge on the abstention weights, in units of examples: rare inputs get a weight, not an extreme one. */
const RIDGE = 1;

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((M[r] as number[])[c] as number) > Math.abs((M[p] as number[])[c] as number)) p = r;
    [M[c], M[p]] = [M[p] as number[], M[c] as number[]];
    const pivot = (M[c] as number[])[c] as number;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((M[r] as number[])[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++)
        (M[r] as number[])[k] = ((M[r] as number[])[k] as number) - f * ((M[c] as number[])[k] as number);
    }
  }
  return M.map((row, i) => (row[n] as number) / (row[i] as number));
}

/**
 * The abstention's logistic regression, fitted to convergence by Newton's method (with a ridge),
 * so that an input only a few questions have (a topic the policy does not cover) gets the weight
 * the data give it; plain gradient descent left such inputs near zero.
 */
function trainAbstainNewton(X: readonly number[][], y: readonly number[]): number[] {
  const d = X[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const g = w.map((v, j) => (j === d - 1 ? 0 : RIDGE * v));
    const H = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j && i !== d - 1 ? RIDGE : i === j ? 1e-6 : 0)),
    );
    X.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * (w[j] as number), 0)));
      const error = p - (y[i] as number);
      const s = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a] = (g[a] as number) + error * (x[a] as number);
        const row = H[a] as number[];
        for (let b = 0; b < d; b++) row[b] = (row[b] as number) + s * (x[a] as number) * (x[b] as number);
      }
    });
    const delta = solve(H, g);
    let change = 0;
    for (let j = 0; j < d; j++) {
      w[j] = (w[j] as number) - (delta[j] as number);
      change = Math.max(change, Math.abs(delta[j] as number));
    }
    if (change < 1e-6) break;
  }
  return w;
}

/** Logistic regression by full-batch gradient descent: the few weights that say "out of scope". */
function trainAbstain(rows: readonly CombinerRow[], rank: readonly number[], solver: Solver): number[] {
  // Each question's features for the section the trained ranking chooses, as when answering.
  const X = rows.map((r) => {
    const order = combineEvidence({ abstain: [], rank, threshold: 1 }, r.evidence).order;
    return abstainFeatures(r.evidence, order[0]);
  });
  const y = rows.map((r) => (r.target.some((t) => t > 0) ? 0 : 1));
  if (solver === 'newton') return trainAbstainNewton(X, y);
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
export function trainCombiner(
  rows: readonly CombinerRow[],
  threshold: number,
  solver: Solver = 'newton',
): Combiner {
  const rank = trainRank(rows);
  return { abstain: trainAbstain(rows, rank, solver), rank, threshold };
}
