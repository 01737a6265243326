import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createStore } from '../../src/adapters/store/create-store.js';
import { signWebhook } from '../../src/adapters/zendesk/verify-webhook-signature.js';
import { FakeZendesk } from '../../test/adapters/zendesk/fake-zendesk-server.js';
import { deliver, SECRET, tempDatabase, waitFor } from '../../test/e2e/zendesk-harness.js';
import { percentile } from '../measure.js';
import type { Suite } from '../run-suite.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET = { perSecond: 300, p99Ms: 50 };
const TICKETS = 1500;
/** Extra deliveries of tickets already sent (Zendesk retries): must change nothing. */
const REPEATS = 300;
/** Offered load: deliveries are sent on this schedule whatever the answers (open loop), as Zendesk does. */
const RATE_PER_SECOND = 330;

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

function seed(fake: FakeZendesk): void {
  const now = Date.now();
  for (let id = 1; id <= TICKETS + WARM_UP; id += 1) {
    const [subject, description] = TEMPLATES[id % TEMPLATES.length] as readonly [string, string];
    fake.addUser(100_000 + id, `customer${id}@example.com`);
    fake.addTicket({
      id,
      subject,
      description,
      created_at: new Date(now - 60_000).toISOString(),
      requester_id: 100_000 + id,
    });
  }
}

/** `privacy-assistant serve` in its own process, as in production; the load and Zendesk stay outside it. */
async function serve(databaseUrl: string, zendeskUrl: string) {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: databaseUrl,
        ZENDESK_API_URL: zendeskUrl,
        ZENDESK_EMAIL: 'bot@caliroots.example',
        ZENDESK_API_TOKEN: 'bench-token',
        ZENDESK_WEBHOOK_SECRET: SECRET,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    out += String(chunk);
  });
  proc.stderr.resume();
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  await waitFor('serve to listen', () => /listening on (http:\/\/\S+)/.test(out), 60_000);
  return {
    url: /listening on (http:\/\/\S+)/.exec(out)?.[1] as string,
    stop: () => {
      proc.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * The load generator runs on its own thread (plain JavaScript, node:http with keep-alive), so that
 * neither the fake Zendesk nor the counting shares its event loop: latencies are the bot's, not ours.
 * Deliveries are sent on an open-loop schedule of RATE_PER_SECOND, as Zendesk sends them, whatever
 * the answers.
 */
const LOAD_GENERATOR = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const { url, rate, deliveries } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: 128 });
const latencies = [];
const statuses = {};
const send = (d) => new Promise((resolve, reject) => {
  const t0 = process.hrtime.bigint();
  const req = request(url, { method: 'POST', agent, headers: {
    'content-type': 'application/json', 'content-length': Buffer.byteLength(d.body),
    'x-zendesk-webhook-invocation-id': d.invocation,
    'x-zendesk-webhook-signature-timestamp': d.timestamp,
    'x-zendesk-webhook-signature': d.signature } }, (res) => {
    res.resume();
    res.on('end', () => {
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
      resolve();
    });
  });
  req.on('error', reject);
  req.end(d.body);
});
(async () => {
  const started = process.hrtime.bigint();
  const inFlight = [];
  let next = 0;
  while (next < deliveries.length) {
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const due = Math.min(deliveries.length, Math.floor(elapsed * rate) + 1);
    while (next < due) inFlight.push(send(deliveries[next++]));
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inFlight);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  parentPort.postMessage({ latencies, statuses, seconds });
})();
`;

interface SignedDelivery {
  body: string;
  timestamp: string;
  signature: string;
  invocation: string;
}

function offerLoad(
  url: string,
  deliveries: SignedDelivery[],
): Promise<{ latencies: number[]; statuses: Map<number, number>; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_GENERATOR, {
      eval: true,
      workerData: { url, rate: RATE_PER_SECOND, deliveries },
    });
    worker.once(
      'message',
      (m: { latencies: number[]; statuses: Record<string, number>; seconds: number }) => {
        resolve({
          latencies: m.latencies,
          statuses: new Map(Object.entries(m.statuses).map(([k, v]) => [Number(k), v])),
          seconds: m.seconds,
        });
        void worker.terminate();
      },
    );
    worker.once('error', reject);
  });
}

/** True when the bot reports nothing left to process or deliver. */
async function idle(url: string): Promise<boolean> {
  const res = await fetch(`${url}/readyz`);
  const body = (await res.json()) as { pending?: { inbox: number; outbox: number } };
  return body.pending?.inbox === 0 && body.pending.outbox === 0;
}

const suite: Suite = {
  title: 'Zendesk webhook intake (serve on SQLite, loopback)',
  async run() {
    const fake = new FakeZendesk();
    const zendeskUrl = await fake.start();
    seed(fake);
    const db = tempDatabase();
    const bot = await serve(db.url, zendeskUrl);
    let stopped = false;
    try {
      const ids = [
        ...Array.from({ length: TICKETS }, (_, i) => i + 1),
        ...Array.from({ length: REPEATS }, (_, i) => ((i * 7) % TICKETS) + 1),
      ];
      // Signed up front (well within the 5-minute window) so that the load generator stays light.
      const signed: SignedDelivery[] = ids.map((id, n) => {
        const body = JSON.stringify({ ticket_id: String(id) });
        const timestamp = new Date().toISOString();
        return { body, timestamp, signature: signWebhook(SECRET, timestamp, body), invocation: `bench-${n}` };
      });
      // Like a load balancer's readiness probe: traffic starts once the bot answers /readyz. A few
      // tickets at 20/s warm the process; they are processed before the measured burst and not counted.
      await waitFor('readiness', async () => (await fetch(`${bot.url}/readyz`)).ok, 30_000);
      for (let id = TICKETS + 1; id <= TICKETS + WARM_UP; id += 1) {
        await deliver(bot.url, JSON.stringify({ ticket_id: String(id) }));
        await new Promise((r) => setTimeout(r, 50));
      }
      await waitFor('the warm-up tickets to be processed', () => idle(bot.url), 60_000);
      const { latencies, statuses, seconds } = await offerLoad(`${bot.url}/zendesk/webhook`, signed);
      const perSecond = ids.length / seconds;
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);

      const drainStart = Date.now();
      await waitFor('the bot to process every delivery', () => idle(bot.url), 600_000);
      const drainSeconds = (Date.now() - drainStart) / 1000;
      const exitCode = await bot.stop();
      stopped = true;

      // Counted from the bot's own database and the fake Zendesk's record of notes.
      const store = await createStore(db.url);
      await store.migrate();
      const tasks = (await store.findTasks({ limit: 100_000 })).filter((t) => Number(t.ticketId) <= TICKETS);
      const pending = { inbox: await store.countPendingInbox(), outbox: await store.countPendingOutbox() };
      await store.close();
      const pairs = new Set(tasks.map((t) => `${t.ticketId}:${t.type}`));
      const ticketsWithTasks = new Set(tasks.map((t) => t.ticketId));
      const notesPerTicket = [...fake.comments].filter(([id]) => id <= TICKETS).map(([, c]) => c.length);
      const notes = notesPerTicket.reduce((a, b) => a + b, 0);
      const exactlyOnce =
        pairs.size === tasks.length &&
        notesPerTicket.every((n) => n === 1) &&
        notes === ticketsWithTasks.size &&
        (statuses.get(202) ?? 0) === TICKETS &&
        (statuses.get(200) ?? 0) === REPEATS &&
        pending.inbox === 0 &&
        pending.outbox === 0 &&
        exitCode === 0;

      console.log(
        `deliveries: ${ids.length} (${TICKETS} tickets + ${REPEATS} repeats), offered at ${RATE_PER_SECOND}/s; HTTP statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      console.log(
        `accepted: ${perSecond.toFixed(0)}/s (target ≥ ${TARGET.perSecond}); latency p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target < ${TARGET.p99Ms})`,
      );
      console.log(
        `processed: ${tasks.length} tasks on ${ticketsWithTasks.size} tickets, ${notes} notes; backlog done ${drainSeconds.toFixed(1)} s after the last delivery; exactly once: ${exactlyOnce ? 'yes' : 'NO'}`,
      );
      return { ok: perSecond >= TARGET.perSecond && p99 < TARGET.p99Ms && exactlyOnce };
    } finally {
      if (!stopped) await bot.stop();
      await fake.stop();
      db.remove();
    }
  },
};

export default suite;
