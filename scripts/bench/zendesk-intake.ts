import { FakeZendesk } from '../../test/adapters/zendesk/fake-zendesk-server.js';
import { startReplica } from '../../test/e2e/replica-harness.js';
import { deliver, tempDatabase, waitFor } from '../../test/e2e/zendesk-harness.js';
import { percentile } from '../measure.js';
import {
  countOutcome,
  deliveryIds,
  isIdle,
  OFFERED_PER_SECOND,
  offerLoad,
  seedTickets,
  signDelivery,
  WEBHOOK_TARGET,
} from '../offer-webhook-load.js';
import type { Suite } from '../run-suite.js';

const TICKETS = 1500;
/** Extra deliveries of tickets already sent (Zendesk retries): must change nothing. */
const REPEATS = 300;

/** Ticket texts in the four languages: requests (erasure, access) and ordinary support questions. */
const TEMPLATES = [
  ['Account verwijderen', 'Hallo, verwijder alstublieft mijn account en al mijn persoonsgegevens. Groet'],
  ['Inzage', 'Ik wil graag een kopie van alle persoonsgegevens die jullie van mij hebben.'],
  ['Radera mitt konto', 'Hej, jag vill att ni raderar mitt konto och alla mina personuppgifter.'],
  ['Delete my data', 'Please delete my account and all personal data you hold about me under GDPR.'],
  [
    'Datenauskunft',
    'Bitte senden Sie mir eine Auskunft über alle meine gespeicherten personenbezogenen Daten.',
  ],
  ['Where is my order?', 'Hi, my parcel has not arrived yet. Could you check the tracking for me?'],
  ['Retour', 'Ik wil mijn schoenen retourneren, ze zijn te klein. Hoe werkt dat?'],
  ['Storlek', 'Hej, har ni storlek 44 i de svarta sneakers? Tack!'],
] as const;

/** Tickets sent slowly before the measurement, so that it sees a warm process (JIT, caches), not a cold one. */
const WARM_UP = 40;

const suite: Suite = {
  title: 'Zendesk webhook intake (serve on SQLite, loopback)',
  async run() {
    const fake = new FakeZendesk();
    const zendeskUrl = await fake.start();
    seedTickets(fake, TICKETS + WARM_UP, TEMPLATES);
    const db = tempDatabase();
    // `privacy-assistant serve` in its own process, as in production; the load and Zendesk stay outside it.
    const bot = await startReplica({
      name: 'bench',
      databaseUrl: db.url,
      zendeskUrl,
      env: { LOG_LEVEL: 'info' },
    });
    let stopped = false;
    try {
      const ids = deliveryIds(TICKETS, REPEATS);
      const signed = ids.map((id, n) => signDelivery(`${bot.url}/zendesk/webhook`, id, `bench-${n}`));
      // Like a load balancer's readiness probe: traffic starts once the bot answers /readyz. A few
      // tickets at 20/s warm the process; they are processed before the measured burst and not counted.
      await waitFor('readiness', async () => (await fetch(`${bot.url}/readyz`)).ok, 30_000);
      for (let id = TICKETS + 1; id <= TICKETS + WARM_UP; id += 1) {
        await deliver(bot.url, JSON.stringify({ ticket_id: String(id) }));
        await new Promise((r) => setTimeout(r, 50));
      }
      await waitFor('the warm-up tickets to be processed', () => isIdle(bot.url), 60_000);
      const { latencies, statuses, seconds } = await offerLoad(signed, OFFERED_PER_SECOND);
      const perSecond = ids.length / seconds;
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);

      const drainStart = Date.now();
      await waitFor('the bot to process every delivery', () => isIdle(bot.url), 600_000);
      const drainSeconds = (Date.now() - drainStart) / 1000;
      bot.kill('SIGTERM');
      const exitCode = await bot.exited;
      stopped = true;

      const { tasks, tickets, notes, exactlyOnce } = await countOutcome({
        databaseUrl: db.url,
        fake,
        tickets: TICKETS,
        repeats: REPEATS,
        statuses,
        exitCodes: [exitCode],
      });
      console.log(
        `deliveries: ${ids.length} (${TICKETS} tickets + ${REPEATS} repeats), offered at ${OFFERED_PER_SECOND}/s; HTTP statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      console.log(
        `accepted: ${perSecond.toFixed(0)}/s (target ≥ ${WEBHOOK_TARGET.perSecond}); latency p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target < ${WEBHOOK_TARGET.p99Ms})`,
      );
      console.log(
        `processed: ${tasks} tasks on ${tickets} tickets, ${notes} notes; backlog done ${drainSeconds.toFixed(1)} s after the last delivery; exactly once: ${exactlyOnce ? 'yes' : 'NO'}`,
      );
      return { ok: perSecond >= WEBHOOK_TARGET.perSecond && p99 < WEBHOOK_TARGET.p99Ms && exactlyOnce };
    } finally {
      if (!stopped) {
        bot.kill('SIGTERM');
        await bot.exited;
      }
      await fake.stop();
      db.remove();
    }
  },
};

export default suite;
