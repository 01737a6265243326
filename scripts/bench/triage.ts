import { triageTicket } from '../../src/core/triage/triage-ticket.js';
import { percentile, timeMs } from '../measure.js';
import type { Suite } from '../run-suite.js';
import { readTickets, TICKET_SETS } from '../triage-metrics.js';

const TARGET_P99_MS = 1;
const TARGET_HUGE_MS = 100;
const ROUNDS = 20;
const WARM_UP_ROUNDS = 10;

/** A 1 MB description of repeated words and no full stops: the worst shape for a tokenizer and for regexes. */
function hugeTicket(): { subject: string; description: string } {
  const words = 'please remove the socks from my order and do not delete my account ';
  return {
    subject: 'Re: Order',
    description: `${words.repeat(Math.ceil(1_048_576 / words.length))}`.slice(0, 1_048_576),
  };
}

const suite: Suite = {
  title: 'Ticket triage speed',
  async run() {
    const tickets = [
      ...readTickets(TICKET_SETS.labelled),
      ...readTickets(TICKET_SETS.heldOut),
      ...readTickets(TICKET_SETS.independent),
      ...readTickets(TICKET_SETS.independentR2),
      ...readTickets(TICKET_SETS.independentR3),
      ...readTickets(TICKET_SETS.independentR4),
      ...readTickets(TICKET_SETS.independentR5),
    ];
    const options = { fallbackLanguage: 'en' as const };
    // The first call compiles the lexicons; a server pays this once at start-up.
    const first = timeMs(() => triageTicket(tickets[0] ?? { subject: '', description: '' }, options));
    // Warm-up: let the JIT settle (a long-running server is measured, not a cold start).
    for (let round = 0; round < WARM_UP_ROUNDS; round++)
      for (const ticket of tickets) triageTicket(ticket, options);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const ticket of tickets) {
        const cpuStart = process.cpuUsage();
        wall.push(timeMs(() => triageTicket(ticket, options)));
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    const p50 = percentile(wall, 50);
    const wallP99 = percentile(wall, 99);
    // On a shared machine the wall clock also counts time this process was not running at all;
    // CPU time (which includes garbage collection) is what triage costs, and is held to the target.
    const p99 = percentile(cpu, 99);
    const huge = hugeTicket();
    const hugeTimes = [0, 1, 2].map(() => timeMs(() => triageTicket(huge, options)));
    const oneLetter = { subject: '', description: 'a'.repeat(1_048_576) };
    const oneWord = timeMs(() => triageTicket(oneLetter, options));
    console.log(
      `  ${wall.length} triages of ${tickets.length} tickets: p50 ${p50.toFixed(3)} ms; p99 CPU time ${p99.toFixed(3)} ms (target < ${TARGET_P99_MS} ms), p99 wall clock ${wallP99.toFixed(3)} ms`,
    );
    console.log(
      `  1 MB description of words: ${Math.max(...hugeTimes).toFixed(1)} ms worst of 3 (target < ${TARGET_HUGE_MS} ms)`,
    );
    console.log(`  1 MB description that is one word: ${oneWord.toFixed(1)} ms`);
    console.log(`  first call (compiles the lexicons): ${first.toFixed(1)} ms`);
    return { ok: p99 < TARGET_P99_MS && Math.max(...hugeTimes, oneWord) < TARGET_HUGE_MS };
  },
};
export default suite;
