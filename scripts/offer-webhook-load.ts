import { Worker } from 'node:worker_threads';
import { createStore } from '../src/adapters/store/create-store.js';
import { signWebhook } from '../src/adapters/zendesk/verify-webhook-signature.js';
import type { FakeZendesk } from '../test/adapters/zendesk/fake-zendesk-server.js';
import { SECRET } from '../test/e2e/zendesk-harness.js';

/**
 * Load for the webhook benches (zendesk-intake, replicas): tickets in the fake Zendesk, signed
 * deliveries offered open-loop from a thread of their own, and the exactly-once count afterwards.
 */

/** What a webhook intake must sustain: 300 accepted per second with p99 under 50 ms. */
export const WEBHOOK_TARGET = { perSecond: 300, p99Ms: 50 } as const;
/** Offered load, open loop (sent on schedule whatever the answers), as Zendesk sends: a little above the target. */
export const OFFERED_PER_SECOND = 330;

/** Tickets 1…count in `fake`, texts taken in turn from `templates`, each with its own requester, created a minute ago. */
export function seedTickets(
  fake: FakeZendesk,
  count: number,
  templates: ReadonlyArray<readonly [string, string]>,
): void {
  const createdAt = new Date(Date.now() - 60_000).toISOString();
  for (let id = 1; id <= count; id += 1) {
    const [subject, description] = templates[id % templates.length] as readonly [string, string];
    fake.addUser(100_000 + id, `customer${id}@example.com`);
    fake.addTicket({ id, subject, description, created_at: createdAt, requester_id: 100_000 + id });
  }
}

/** Every ticket once, then `repeats` more deliveries of tickets already sent (Zendesk retries). */
export function deliveryIds(tickets: number, repeats: number): number[] {
  return [
    ...Array.from({ length: tickets }, (_, i) => i + 1),
    ...Array.from({ length: repeats }, (_, i) => ((i * 7) % tickets) + 1),
  ];
}

export interface SignedDelivery {
  /** The webhook URL of the replica it goes to. */
  url: string;
  body: string;
  timestamp: string;
  signature: string;
  invocation: string;
}

/** A delivery of `ticketId` signed up front (well within the 5-minute window), so that sending stays light. */
export function signDelivery(url: string, ticketId: number, invocation: string): SignedDelivery {
  const body = JSON.stringify({ ticket_id: String(ticketId) });
  const timestamp = new Date().toISOString();
  return { url, body, timestamp, signature: signWebhook(SECRET, timestamp, body), invocation };
}

/**
 * The load generator runs on its own thread (plain JavaScript, node:http with keep-alive), so that
 * neither the fake Zendesk nor the counting shares its event loop: latencies are the bot's, not ours.
 * Deliveries are sent on an open-loop schedule of `rate` per second, as Zendesk sends them, whatever
 * the answers.
 */
const LOAD_GENERATOR = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const { rate, deliveries } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: 128 });
const latencies = [];
const statuses = {};
const send = (d) => new Promise((resolve, reject) => {
  const t0 = process.hrtime.bigint();
  const req = request(d.url, { method: 'POST', agent, headers: {
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

/** Sends every delivery on schedule; resolves with the latencies, the HTTP statuses and how long it took. */
export function offerLoad(
  deliveries: SignedDelivery[],
  rate: number,
): Promise<{ latencies: number[]; statuses: Map<number, number>; seconds: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_GENERATOR, { eval: true, workerData: { rate, deliveries } });
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

/** True when the bot (or the store it shares) reports nothing left to process or deliver. */
export async function isIdle(url: string): Promise<boolean> {
  const res = await fetch(`${url}/readyz`);
  const body = (await res.json()) as { pending?: { inbox: number; outbox: number } };
  return body.pending?.inbox === 0 && body.pending.outbox === 0;
}

/**
 * What the load left behind, counted from the bot's database and the fake Zendesk's notes for
 * tickets 1…tickets: exactly once means one task per (ticket, right), one note per request ticket,
 * every new ticket answered 202 and every repeat 200, nothing pending, and every process exited 0.
 */
export async function countOutcome(opts: {
  databaseUrl: string;
  fake: FakeZendesk;
  tickets: number;
  repeats: number;
  statuses: Map<number, number>;
  exitCodes: Array<number | null>;
}): Promise<{ tasks: number; tickets: number; notes: number; exactlyOnce: boolean }> {
  const store = await createStore(opts.databaseUrl);
  await store.migrate();
  const tasks = (await store.findTasks({ limit: 1_000_000 })).filter(
    (t) => Number(t.ticketId) <= opts.tickets,
  );
  const pending = { inbox: await store.countPendingInbox(), outbox: await store.countPendingOutbox() };
  await store.close();
  const pairs = new Set(tasks.map((t) => `${t.ticketId}:${t.type}`));
  const ticketsWithTasks = new Set(tasks.map((t) => t.ticketId));
  const notesPerTicket = [...opts.fake.comments]
    .filter(([id]) => id <= opts.tickets)
    .map(([, c]) => c.length);
  const notes = notesPerTicket.reduce((a, b) => a + b, 0);
  const exactlyOnce =
    pairs.size === tasks.length &&
    notesPerTicket.every((n) => n === 1) &&
    notes === ticketsWithTasks.size &&
    (opts.statuses.get(202) ?? 0) === opts.tickets &&
    (opts.statuses.get(200) ?? 0) === opts.repeats &&
    pending.inbox === 0 &&
    pending.outbox === 0 &&
    opts.exitCodes.every((code) => code === 0);
  return { tasks: tasks.length, tickets: ticketsWithTasks.size, notes, exactlyOnce };
}
