import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../src/adapters/store/create-store.js';
import { signWebhook } from '../../src/adapters/zendesk/verify-webhook-signature.js';
import { FakeZendesk } from '../../test/adapters/zendesk/fake-zendesk-server.js';
import { type Replica, startReplica } from '../../test/e2e/replica-harness.js';
import { SECRET, waitFor } from '../../test/e2e/zendesk-harness.js';
import { createTestDatabase } from '../../test/support/postgres-test-database.js';
import { percentile } from '../measure.js';
import type { Suite } from '../run-suite.js';

const TARGET = { perSecond: 300, p99Ms: 50 };
const TICKETS = 2000;
/** Zendesk retries, each sent to another replica than the first delivery: must change nothing. */
const REPEATS = 400;
/** Offered load, open loop (sent on schedule whatever the answers), spread round-robin as a load balancer does. */
const RATE_PER_SECOND = 330;

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

function seed(fake: FakeZendesk): void {
  const createdAt = new Date(Date.now() - 60_000).toISOString();
  for (let id = 1; id <= TICKETS; id += 1) {
    const [subject, description] = TEMPLATES[id % TEMPLATES.length] as readonly [string, string];
    fake.addUser(100_000 + id, `customer${id}@example.com`);
    fake.addTicket({ id, subject, description, created_at: createdAt, requester_id: 100_000 + id });
  }
}

interface Delivery {
  target: URL;
  body: string;
  timestamp: string;
  signature: string;
  invocation: string;
}

/** Sends every delivery on an open-loop schedule; returns latencies and status counts. */
async function sendAll(deliveries: Delivery[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const send = (d: Delivery) =>
    new Promise<void>((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const req = request(
        d.target,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(d.body),
            'x-zendesk-webhook-invocation-id': d.invocation,
            'x-zendesk-webhook-signature-timestamp': d.timestamp,
            'x-zendesk-webhook-signature': d.signature,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(d.body);
    });
  const started = process.hrtime.bigint();
  const inFlight: Promise<void>[] = [];
  let next = 0;
  while (next < deliveries.length) {
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const due = Math.min(deliveries.length, Math.floor(elapsed * RATE_PER_SECOND) + 1);
    while (next < due) inFlight.push(send(deliveries[next++] as Delivery));
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, latencies, statuses };
}

/** True when the shared store reports nothing left to process or deliver. */
async function idle(url: string): Promise<boolean> {
  const res = await fetch(`${url}/readyz`);
  const body = (await res.json()) as { pending?: { inbox: number; outbox: number } };
  return body.pending?.inbox === 0 && body.pending.outbox === 0;
}

/** One configuration: `count` replicas of `serve` on `databaseUrl`, the same load, counted afterwards. */
async function measure(label: string, databaseUrl: string, count: number) {
  const fake = new FakeZendesk();
  const zendeskUrl = await fake.start();
  seed(fake);
  const replicas: Replica[] = [];
  try {
    // Started one after the other so that the migration is not part of the measurement.
    for (let n = 0; n < count; n += 1)
      replicas.push(
        await startReplica({ name: `r${n}`, databaseUrl, zendeskUrl, env: { LOG_LEVEL: 'warn' } }),
      );
    const ids = [
      ...Array.from({ length: TICKETS }, (_, i) => i + 1),
      ...Array.from({ length: REPEATS }, (_, i) => ((i * 7) % TICKETS) + 1),
    ];
    const deliveries = ids.map((id, n) => {
      // Round-robin; a repeat goes to the replica after the one that had the first delivery.
      const replica = replicas[(n < TICKETS ? id : id + 1) % count] as Replica;
      const body = JSON.stringify({ ticket_id: String(id) });
      const timestamp = new Date().toISOString();
      return {
        target: new URL(`${replica.url}/zendesk/webhook`),
        body,
        timestamp,
        signature: signWebhook(SECRET, timestamp, body),
        invocation: `bench-${n}`,
      };
    });
    const { seconds, latencies, statuses } = await sendAll(deliveries);
    const drainStart = Date.now();
    await waitFor('every delivery processed', () => idle((replicas[0] as Replica).url), 600_000);
    const drainSeconds = (Date.now() - drainStart) / 1000;
    for (const r of replicas) r.kill('SIGTERM');
    const exits = await Promise.all(replicas.map((r) => r.exited));

    const store = await createStore(databaseUrl);
    await store.migrate();
    const tasks = await store.findTasks({ limit: 1_000_000 });
    const pending = { inbox: await store.countPendingInbox(), outbox: await store.countPendingOutbox() };
    await store.close();
    const pairs = new Set(tasks.map((t) => `${t.ticketId}:${t.type}`));
    const ticketsWithTasks = new Set(tasks.map((t) => t.ticketId));
    const notesPerTicket = [...fake.comments.values()].map((c) => c.length);
    const notes = notesPerTicket.reduce((a, b) => a + b, 0);
    const exactlyOnce =
      pairs.size === tasks.length &&
      notesPerTicket.every((n) => n === 1) &&
      notes === ticketsWithTasks.size &&
      (statuses.get(202) ?? 0) === TICKETS &&
      (statuses.get(200) ?? 0) === REPEATS &&
      pending.inbox === 0 &&
      pending.outbox === 0 &&
      exits.every((code) => code === 0);
    const result = {
      label,
      perSecond: ids.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      drainSeconds,
      tasks: tasks.length,
      tickets: ticketsWithTasks.size,
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
      `${TICKETS} tickets + ${REPEATS} repeats (to another replica), offered at ${RATE_PER_SECOND}/s round-robin`,
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
          postgres.perSecond >= TARGET.perSecond &&
          postgres.p99 < TARGET.p99Ms,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  },
};

export default suite;
