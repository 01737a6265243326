/**
 * Trains the learned component of ticket triage on the labelled sets and writes
 * `src/core/triage/learned/triage-model.json`. Deterministic: the same sets give the same file.
 *
 *   npx tsx scripts/train-triage-model.ts              train on every set, write the model
 *   npx tsx scripts/train-triage-model.ts --evaluate   leave one set out at a time: what the model
 *                                                      adds to the rules on a set it never saw
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  LEARNED_OUTPUTS,
  type LearnedModel,
  loadLearnedModel,
} from '../src/core/triage/learned/learned-model.js';
import { ticketFeatures } from '../src/core/triage/learned/ticket-features.js';
import { type TrainingExample, trainLogistic } from '../src/core/triage/learned/train-logistic.js';
import { triageTicket } from '../src/core/triage/triage-ticket.js';
import {
  isPrivacy,
  type LabelledTicket,
  readTickets,
  scoreDetection,
  TICKET_SETS,
} from './triage-metrics.js';

const OPTIONS = { minCount: 2, epochs: 1500, learningRate: 20, l2: 1e-4, prune: 0.5 };
/** Chosen by --evaluate: the lowest threshold that added at most one false alarm over all left-out sets. */
const THRESHOLD = 0.85;
const SCALE = 100;
const OUT = join(import.meta.dirname, '../src/core/triage/learned/triage-model.json');

function example(ticket: LabelledTicket): TrainingExample {
  return {
    features: ticketFeatures(ticket, 'en').map((f) => f.name),
    labels: LEARNED_OUTPUTS.map((o) =>
      o === 'privacy' ? isPrivacy(ticket.types) : ticket.types.includes(o),
    ),
  };
}

function train(tickets: LabelledTicket[], files: string[]) {
  const trained = trainLogistic(tickets.map(example), OPTIONS);
  const round = (x: number) => Math.round(x * SCALE);
  return {
    version: 1 as const,
    threshold: THRESHOLD,
    outputs: [...LEARNED_OUTPUTS],
    scale: SCALE,
    bias: trained.bias.map((b) => round(b) / SCALE),
    trainedOn: { tickets: tickets.length, files },
    neutral: trained.neutral.sort().join(' '),
    weights: Object.fromEntries(
      [...trained.weights].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, w]) => [f, w.map(round)]),
    ),
  };
}

function evaluate(sets: Array<[string, LabelledTicket[]]>): void {
  const thresholds = [0.75, 0.8, 0.85, 0.9];
  for (const [name, held] of sets) {
    const model: LearnedModel = loadLearnedModel(
      train(
        sets.filter(([n]) => n !== name).flatMap(([, t]) => t),
        [],
      ),
    );
    const rules = held.map((t) => triageTicket(t, { fallbackLanguage: 'en', model: null }));
    const base = scoreDetection(held.map((t, i) => [isPrivacy(t.types), rules[i]?.privacy ?? false]));
    const line = thresholds.map((threshold) => {
      const found = held.map((t) =>
        triageTicket(t, { fallbackLanguage: 'en', model: { ...model, threshold } }),
      );
      const d = scoreDetection(held.map((t, i) => [isPrivacy(t.types), found[i]?.privacy ?? false]));
      return `${threshold}: +${d.tp - base.tp} found, +${d.fp - base.fp} false`;
    });
    console.log(
      `${name.padEnd(34)} rules P ${(100 * base.precision).toFixed(1)} R ${(100 * base.recall).toFixed(1)} | ${line.join(' | ')}`,
    );
  }
}

const sets = Object.values(TICKET_SETS).map(
  (path) => [basename(path), readTickets(path)] as [string, LabelledTicket[]],
);
if (process.argv.includes('--evaluate')) evaluate(sets);
else {
  const model = train(
    sets.flatMap(([, t]) => t),
    sets.map(([n]) => n),
  );
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(
    `${OUT}: ${Object.keys(model.weights).length} features, trained on ${model.trainedOn.tickets} tickets`,
  );
}
