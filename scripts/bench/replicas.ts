import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeZendesk } from '../../test/adapters/zendesk/fake-zendesk-server.js';
import { type Replica, startReplica } from '../../test/e2e/replica-harness.js';
import { waitFor } from '../../test/e2e/zendesk-harness.js';
import { createTestDatabase } from '../../test/support/postgres-test-database.js';
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

const TICKETS = 2000;
/** Zendesk retries, each sent to another replica than the first delivery: must change nothing. */
const REPEATS = 400;

/** Requests (one right or two) and ordinary support mail in the four languages. */
const TEMPLATES = [
  ['Account verwijderen', 'Hallo, verwijder alstublieft mijn account en al mijn persoonsgegevens. Groet'],
  ['Kopie en wissen', 'Stuur mij een kopie van al mijn persoonsgegevens en verwijder daarna mijn account.'],
  ['Radera mitt konto', 'Hej, jag vill att ni raderar mitt konto och alla mina personuppgifter.'],
  ['Mina uppgifter', 'Skicka mig en kopia av alla personuppgifter ni har om mig, och radera sedan kontot.'],
  ['Delete my data', 'Please delete my account and all personal data you hold about me under GDPR.'],
  [
    'Datenauskunft',
    'Bitte senden Sie mir eine Auskunft über alle meine gespeicherten personenbezogenen Daten.',
  ],
  ['Where is my order?', 'Hi, my parcel has not arrived yet. Could you check the tracking for me?'],
  ['Storlek', 'Hej, har ni storlek 44 i de svarta sneakers? Tack!'],
] as const;

/** One configuration: `count` replicas of `serve` on `databaseUrl`, the same load, counted afterwards. */
async function measure(label: string, databaseUrl: string, count: number) {
  const fake = new FakeZendesk();
  const zendeskUrl = await fake.start();
  seedTickets(fake, TICKETS, TEMPLATES);
  const replicas: Replica[] = [];
  try {
    // Started one after the other so that the migration is not part of the measurement.
    for (let n = 0; n < count; n += 1)
      replicas.push(
        await startReplica({ name: `r${n}`, databaseUrl, zendeskUrl, env: { LOG_LEVEL: 'warn' } }),
      );
    const ids = deliveryIds(TICKETS, REPEATS);
    const deliveries = ids.map((id, n) => {
      // Round-robin; a repeat goes to the replica after the one that had the first delivery.
      const replica = replicas[(n < TICKETS ? id : id + 1) % count] as Replica;
      return signDelivery(`${replica.url}/zendesk/webhook`, id, `bench-${n}`);
    });
    const { seconds, latencies, statuses } = await offerLoad(deliveries, OFFERED_PER_SECOND);
    const drainStart = Date.now();
    await waitFor('every delivery processed', () => isIdle((replicas[0] as Replica).url), 600_000);
    const drainSeconds = (Date.now() - drainStart) / 1000;
    for (const r of replicas) r.kill('SIGTERM');
    const exitCodes = await Promise.all(replicas.map((r) => r.exited));
    const { tasks, tickets, notes, exactlyOnce } = await countOutcome({
      databaseUrl,
      fake,
      tickets: TICKETS,
      repeats: REPEATS,
      statuses,
      exitCodes,
    });
    const result = {
      label,
      perSecond: ids.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      drainSeconds,
      tasks,
      tickets,
      notes,
      exactlyOnce,
    };
    console.log(
      `${label}: accepted ${result.perSecond.toFixed(0)}/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms; ` +
        `backlog done ${drainSeconds.toFixed(1)} s after the last delivery; ${result.tasks} tasks on ${result.tickets} tickets, ` +
        `${notes} notes; statuses ${JSON.stringify(Object.fromEntries(statuses))}; exactly once: ${exactlyOnce ? 'yes' : 'NO'}`,
    );
    return result;
  } finally {
    for (const r of replicas) r.kill('SIGKILL');
    await fake.stop();
  }
}

const suite: Suite = {
  title: 'Webhook intake: two replicas on Postgres beside one on SQLite (serve processes, loopback)',
  async run() {
    console.log(
      `${TICKETS} tickets + ${REPEATS} repeats (to another replica), offered at ${OFFERED_PER_SECOND}/s round-robin`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'pa-bench-replicas-'));
    const database = await createTestDatabase();
    try {
      const sqlite = await measure('SQLite, 1 replica   ', `sqlite:${join(dir, 'bot.db')}`, 1);
      // One replica on Postgres separates what the store costs from what a second replica brings.
      const single = await measure('Postgres, 1 replica ', await database.freshSchema(), 1);
      const postgres = await measure('Postgres, 2 replicas', await database.freshSchema(), 2);
      return {
        ok:
          sqlite.exactlyOnce &&
          single.exactlyOnce &&
          postgres.exactlyOnce &&
          postgres.perSecond >= WEBHOOK_TARGET.perSecond &&
          postgres.p99 < WEBHOOK_TARGET.p99Ms,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  },
};

export default suite;
