/**
 * What the two rankers say about one question, per public section id (in the model's order): the
 * learned model's probabilities (one more at the end: out of scope) and the policy-text ranking.
 */
export interface Evidence {
  probabilities: readonly number[];
  /** The best BM25F score of each public section's passages, 0 where none matched. */
  sectionScores: readonly number[];
  /** The sentence-shape cues per public section (`question-cues.ts`), summed. */
  cues: readonly number[];
  /** The text ranking's own scope verdict and evidence. */
  verdict: 'answer' | 'no-match' | 'off-topic';
  offTopic: number;
  privacy: number;
  topScore: number;
  topCoverage: number;
  /** How the question is framed (`question-framing.ts`): about the data, about using a feature. */
  framing: ReadonlyArray<'data' | 'use'>;
  /** Per public section, its best passage's share of the question's term weight (`coverage`). */
  sectionCoverage?: readonly number[];
  /** Per public section, the share of the question's key words its best passage uses (`keyCoverage`). */
  sectionKeyCoverage?: readonly number[];
  /** The share of the question's content words the policy does not know at all. */
  unknownShare?: number;
  /** How many general privacy words ("data", "gegevens", "delete") the question has. */
  privacyWords?: number;
  /** How many topics the policy does not cover the question names (`matchNotCovered`). */
  notCovered?: number;
  /** Whether it asks how a feature works, who may use it or where to find it (`asksMechanics`). */
  mechanics?: boolean;
}

/** The learned weights that combine the two rankers, and the abstention threshold. */
export interface Combiner {
  /** Logistic weights over `abstainFeatures`: the probability that the question is out of scope. */
  abstain: readonly number[];
  /** Weights over `rankFeatures`: a section's combined score. */
  rank: readonly number[];
  /** Abstain when the out-of-scope probability reaches this. */
  threshold: number;
}

const log = (x: number) => Math.log(Math.max(x, 1e-4));

/** How many inputs the abstention weighs (`abstainFeatures`), the bias included. */
export const ABSTAIN_FEATURES = 18;
/** Below this share of its key words a section is only a weak match for the question. */
const WEAK_KEY_COVERAGE = 0.34;

/**
 * Evidence for "out of scope": the model's out-of-scope probability (as log-odds), the text
 * ranking's verdict, its off-topic and privacy words, how well the best section matched, how
 * sure the model is of its best section, whether it asks about the data or only about using a
 * feature; then whether the section chosen (`chosen`, a section index) speaks to what is asked:
 * how much of the question it matches (words the policy does not know count as unmatched), the
 * share of the question's key words it uses, the share of unknown words, and a weak topic match
 * (few key words, nothing about data); whether it names a topic the policy does not cover (without
 * and with a question about data); whether it
 * asks how a feature works or who may use it, and not about data. The last feature is the bias.
 */
export function abstainFeatures(e: Evidence, chosen?: number): number[] {
  const out = Math.min(Math.max(e.probabilities[e.probabilities.length - 1] ?? 0, 1e-4), 1 - 1e-4);
  const bestInScope = Math.max(...e.probabilities.slice(0, -1));
  const pick = chosen ?? bestIndex(e.sectionScores);
  const unknown = e.unknownShare ?? 0;
  const known = 1 - unknown;
  return [
    Math.log(out / (1 - out)),
    e.verdict === 'off-topic' ? 1 : 0,
    e.verdict === 'no-match' ? 1 : 0,
    Math.log1p(e.offTopic),
    Math.log1p(e.privacy),
    Math.log1p(Math.max(0, e.topScore)),
    e.topCoverage,
    log(bestInScope),
    e.framing.includes('data') ? 1 : 0,
    e.framing.length === 1 && e.framing[0] === 'use' ? 1 : 0,
    (e.sectionCoverage?.[pick] ?? 0) * known,
    e.sectionKeyCoverage?.[pick] ?? 0,
    unknown,
    // A weak topic match: the section uses under a third of the key words, and neither the
    // framing, a sentence shape nor a general privacy word says the question is about data.
    (e.sectionKeyCoverage?.[pick] ?? 1) < WEAK_KEY_COVERAGE &&
    !e.framing.includes('data') &&
    (e.cues[pick] ?? 0) <= 0 &&
    (e.privacyWords ?? 1) === 0
      ? 1
      : 0,
    // Apart when the question also asks about data ("may my daughter of 14 have an account, and
    // what do you store then?"): that part the policy answers.
    (e.notCovered ?? 0) > 0 && !e.framing.includes('data') ? 1 : 0,
    (e.notCovered ?? 0) > 0 && e.framing.includes('data') ? 1 : 0,
    e.mechanics && !e.framing.includes('data') ? 1 : 0,
    1,
  ];
}

/** The text ranking's best section: the chosen one when the caller does not say. */
function bestIndex(scores: readonly number[]): number {
  let best = 0;
  scores.forEach((v, i) => {
    if (v > (scores[best] as number)) best = i;
  });
  return best;
}

/**
 * Per public section: the model's log-probability given that the question is in scope, its text
 * score relative to the best, whether it is the text ranking's best, and its cues.
 */
export function rankFeatures(e: Evidence): number[][] {
  const sections = e.probabilities.length - 1;
  const out = e.probabilities[sections] ?? 0;
  const best = Math.max(...e.sectionScores, 1e-9);
  return Array.from({ length: sections }, (_, c) => {
    const score = e.sectionScores[c] ?? 0;
    return [
      log((e.probabilities[c] ?? 0) / (1 - out + 1e-9)),
      score / best,
      score === best ? 1 : 0,
      e.cues[c] ?? 0,
    ];
  });
}

const dot = (w: readonly number[], x: readonly number[]) => x.reduce((sum, v, j) => sum + v * (w[j] ?? 0), 0);

export interface CombinedRanking {
  /** Section indices (the model's order), best first. */
  order: number[];
  /** Combined score per section index. */
  scores: number[];
  /** Probability that the question is out of scope. */
  outOfScope: number;
}

/** Combines the learned model and the text ranking: which sections, in what order, and whether to abstain. */
export function combineEvidence(combiner: Combiner, evidence: Evidence): CombinedRanking {
  const scores = rankFeatures(evidence).map((x) => dot(combiner.rank, x));
  const order = scores
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const outOfScope = 1 / (1 + Math.exp(-dot(combiner.abstain, abstainFeatures(evidence, order[0]))));
  return { order, scores, outOfScope };
}
