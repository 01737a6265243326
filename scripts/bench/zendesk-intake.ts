import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createStore } from '../../src/adapters/store/create-store.js';
import { signWebhook } from '../../src/adapters/zendesk/verify-webhook-signature.js';
import { FakeZendesk } from '../../test/adapters/zendesk/fake-zendesk-server.js';
import { SECRET, tempDatabase, waitFor } from '../../test/e2e/zendesk-harness.js';
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

function seed(fake: FakeZendesk): void {
  const now = Date.now();
  for (let id = 1; id <= TICKETS; id += 1) {
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
      const signed = ids.map((id, n) => {
        const body = JSON.stringify({ ticket_id: String(id) });
        const timestamp = new Date().toISOString();
        return { body, timestamp, signature: signWebhook(SECRET, timestamp, body), invocation: `bench-${n}` };
      });
      // Like a load balancer's readiness probe: traffic starts once the bot answers /readyz and has settled
      // (its start-up jobs, e.g. the scheduler's first run, are not what this measures).
      await waitFor('readiness', async () => (await fetch(`${bot.url}/readyz`)).ok, 30_000);
      await new Promise((r) => setTimeout(r, 2000));
      const agent = new Agent({ keepAlive: true, maxSockets: 64 });
      const target = new URL(`${bot.url}/zendesk/webhook`);
      const latencies: number[] = [];
      const statuses = new Map<number, number>();
      const send = (d: (typeof signed)[number]) =>
        new Promise<void>((resolve, reject) => {
          const t0 = process.hrtime.bigint();
          const req = request(
            target,
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
      while (next < signed.length) {
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        const due = Math.min(signed.length, Math.floor(elapsed * RATE_PER_SECOND) + 1);
        while (next < due) inFlight.push(send(signed[next++] as (typeof signed)[number]));
        await new Promise((r) => setTimeout(r, 2));
      }
      await Promise.all(inFlight);
      agent.destroy();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
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
      const tasks = await store.findTasks({ limit: 100_000 });
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
