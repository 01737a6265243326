import { basename } from 'node:path';
import { LANGUAGES } from '../../src/core/language/languages.js';
import { triageTicket } from '../../src/core/triage/triage-ticket.js';
import { TRIAGE_TYPES, type Triage, type TriageType } from '../../src/core/triage/triage-types.js';
import { pct } from '../measure.js';
import type { Suite } from '../run-suite.js';
import {
  baselineSaysPrivacy,
  HOLDOUT_SETS,
  isPrivacy,
  type LabelledTicket,
  readTickets,
  scoreDetection,
  TICKET_SETS,
} from '../triage-metrics.js';

const TARGET = {
  labelled: { precision: 0.97, recall: 0.97, exact: 0.92 },
  heldOut: { precision: 0.95, recall: 0.95 },
};

function typeTable(rows: Array<{ ticket: LabelledTicket; triage: Triage }>): void {
  console.log('  per type          precision   recall   (expected / found / right)');
  for (const type of TRIAGE_TYPES) {
    const expected = rows.filter((r) => r.ticket.types.includes(type)).length;
    const found = rows.filter((r) => r.triage.types.includes(type)).length;
    const right = rows.filter((r) => r.ticket.types.includes(type) && r.triage.types.includes(type)).length;
    console.log(
      `    ${type.padEnd(14)}  ${pct(found ? right / found : 1).padStart(9)}  ${pct(expected ? right / expected : 1).padStart(7)}   (${expected} / ${found} / ${right})`,
    );
  }
}

/** Rows: the expected type (or "none"), columns: what triage found; multi-type tickets count once per type. */
function confusion(rows: Array<{ ticket: LabelledTicket; triage: Triage }>): void {
  const labels: Array<TriageType | 'none'> = [...TRIAGE_TYPES, 'none'];
  const short = (l: string) => l.slice(0, 5);
  console.log(
    `  confusion (rows expected, columns found)\n    ${''.padEnd(6)}${labels.map((l) => short(l).padStart(6)).join('')}`,
  );
  for (const row of labels) {
    const counts = labels.map((column) => {
      let n = 0;
      for (const { ticket, triage } of rows) {
        const expected = ticket.types.length ? ticket.types : ['none'];
        const found = triage.types.length ? triage.types : ['none'];
        if (expected.includes(row) && found.includes(column)) n += 1;
      }
      return String(n || '.').padStart(6);
    });
    console.log(`    ${short(row).padEnd(6)}${counts.join('')}`);
  }
}

function evaluate(name: string, tickets: LabelledTicket[]) {
  const rows = tickets.map((ticket) => ({
    ticket,
    triage: triageTicket(ticket, { fallbackLanguage: 'en' }),
  }));
  const detection = scoreDetection(rows.map((r) => [isPrivacy(r.ticket.types), r.triage.privacy]));
  // The learned component speaks only where the rules found no request; it was trained on these
  // sets, so what it adds here is no estimate (see `scripts/train-triage-model.ts --evaluate`).
  const learned = rows.filter(
    (r) => r.triage.privacy && !triageTicket(r.ticket, { fallbackLanguage: 'en', model: null }).privacy,
  ).length;
  const baseline = scoreDetection(tickets.map((t) => [isPrivacy(t.types), baselineSaysPrivacy(t)]));
  const exactly = (r: (typeof rows)[number]) => r.ticket.types.join() === r.triage.types.join();
  const exact = rows.filter(exactly).length / rows.length;
  const hard = tickets.filter((t) => t.hardNegative).length;
  const none = tickets.filter((t) => !isPrivacy(t.types)).length;
  console.log(
    `\n${name}: ${tickets.length} tickets, ${none} without a request, ${hard} labelled hard negatives (${pct(hard / tickets.length)})`,
  );
  console.log(
    `  detection  precision ${pct(detection.precision)}  recall ${pct(detection.recall)}  F1 ${detection.f1.toFixed(3)}  (tp ${detection.tp}, fp ${detection.fp}, fn ${detection.fn}, tn ${detection.tn})`,
  );
  console.log(
    `  exact rights ${pct(exact)}   language ${pct(rows.filter((r) => r.triage.language === r.ticket.language).length / rows.length)}   requests seen only by the learned component: ${learned}`,
  );
  console.log(
    `  naive keyword baseline  precision ${pct(baseline.precision)}  recall ${pct(baseline.recall)}  F1 ${baseline.f1.toFixed(3)}`,
  );
  for (const language of LANGUAGES) {
    const mine = rows.filter((r) => r.ticket.language === language);
    const d = scoreDetection(mine.map((r) => [isPrivacy(r.ticket.types), r.triage.privacy]));
    console.log(
      `    ${language}  n=${String(mine.length).padStart(3)}  precision ${pct(d.precision)}  recall ${pct(d.recall)}  exact ${pct(mine.filter(exactly).length / mine.length)}`,
    );
  }
  typeTable(rows);
  confusion(rows);
  const misses = rows.filter((r) => !exactly(r));
  console.log(misses.length ? '  misses:' : '  misses: none');
  for (const r of misses) {
    console.log(
      `    ${r.ticket.id} expected [${r.ticket.types}] found [${r.triage.types}] ${r.triage.evidence.map((e) => `${e.type}: "${e.phrase}"`).join('; ')}`,
    );
  }
  return { detection, exact };
}

const suite: Suite = {
  title: 'Ticket triage (nl/en/sv/de)',
  async run() {
    const labelled = evaluate('Labelled set', readTickets(TICKET_SETS.labelled));
    const heldOut = evaluate('Held-out set', readTickets(TICKET_SETS.heldOut));
    // Tuned on after its first run (see docs/triage.md for the first-run figures).
    const independent = evaluate('Independent round 1 (r1a-c)', readTickets(TICKET_SETS.independent));
    const independentR2 = evaluate(
      'Independent round 2 (r2d, r2e, t1a, t1b)',
      readTickets(TICKET_SETS.independentR2),
    );
    const independentR3 = evaluate('Independent round 3 (r3f, r3g)', readTickets(TICKET_SETS.independentR3));
    const independentR4 = evaluate('Independent round 4 (r4)', readTickets(TICKET_SETS.independentR4));
    const independentR5 = evaluate('Independent round 5 (r5)', readTickets(TICKET_SETS.independentR5));
    // Never tuned on (nor trained on): the honest estimate for tickets nobody here has seen.
    const holdouts = Object.entries(HOLDOUT_SETS).map(([name, path]) =>
      evaluate(`Hold-out ${name}, never tuned on`, readTickets(path)),
    );
    const meets = (set: typeof heldOut) =>
      set.detection.precision >= TARGET.heldOut.precision && set.detection.recall >= TARGET.heldOut.recall;
    // TRIAGE_FILES=a.jsonl,b.jsonl: further sets (a new independent round), held to the same target.
    const extra = (process.env.TRIAGE_FILES ?? '')
      .split(',')
      .filter((path) => path.trim() !== '')
      .map((path) => evaluate(`Extra set ${basename(path)}`, readTickets(path.trim())));
    const ok =
      extra.every(meets) &&
      labelled.detection.precision >= TARGET.labelled.precision &&
      labelled.detection.recall >= TARGET.labelled.recall &&
      labelled.exact >= TARGET.labelled.exact &&
      meets(heldOut) &&
      meets(independent) &&
      meets(independentR2) &&
      meets(independentR3) &&
      meets(independentR4) &&
      meets(independentR5) &&
      holdouts.every(meets);
    console.log(
      `\nTargets: labelled precision/recall >= 97%, exact >= 92%; held-out, independent and extra sets precision/recall >= 95%: ${ok ? 'met' : 'NOT met'}`,
    );
    return { ok };
  },
};
export default suite;
