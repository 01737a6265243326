import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageTicket } from '../../src/core/triage/triage-ticket.js';
import { FakeSlackApi } from '../adapters/slack/fake-slack-api.js';
import { FakeZendesk } from '../adapters/zendesk/fake-zendesk-server.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-test-database.js';
import { type Gate, type Replica, startGate, startReplica } from './replica-harness.js';
import { deliver, waitFor } from './zendesk-harness.js';

/** Short claims and fast polling, so that a dead replica's work is taken over in seconds. */
const FAST = { WORKER_POLL_MS: '50', INBOX_LEASE_MS: '2500', OUTBOX_LEASE_MS: '2500' };
const DIGEST_CHANNEL = 'CDIGEST';
const PRIVACY_CHANNEL = 'CPRIVACY';
/** The replicas live on Wednesday 5 March 2025, 10:30 in Stockholm: a working day, past DIGEST_TIME. */
const SHIFT_MS = Date.parse('2025-03-05T09:30:00Z') - Date.now();

/** Tickets written for this test: requests (some asking two rights) and ordinary support mail. */
const TEXTS: ReadonlyArray<readonly [string, string]> = [
  ['Account opheffen', 'Goedemiddag, wilt u mijn account sluiten en al mijn gegevens wissen? Bedankt.'],
  [
    'Welke gegevens?',
    'Ik wil graag weten welke persoonsgegevens u over mij bewaart, en stuur mij daar een kopie van.',
  ],
  ['Ta bort mig', 'Hej! Jag vill att ni tar bort mitt kundkonto och raderar alla uppgifter om mig.'],
  ['Mina uppgifter', 'Skicka mig en kopia av alla personuppgifter ni har om mig, och radera sedan kontot.'],
  [
    'Close my account',
    'Hello, please erase my customer account and every bit of personal data linked to it.',
  ],
  ['Data request', 'Under the GDPR I ask for access to all personal data you process about me.'],
  ['Konto löschen', 'Hallo, bitte löschen Sie mein Kundenkonto und alle über mich gespeicherten Daten.'],
  ['Auskunft', 'Ich bitte um Auskunft über meine personenbezogenen Daten und um eine Kopie davon.'],
  ['Newsletter', 'Please stop using my data for marketing, I object to profiling for advertising.'],
  ['Levering', 'Mijn bestelling 88120 is nog niet aangekomen, kunt u de status nagaan?'],
  ['Byte', 'Kan jag byta mina skor mot en större storlek? Ordernummer 55102.'],
  ['Invoice', 'Could you send me a copy of the invoice for order 77310? Thanks.'],
];
const TICKETS = 24;
const ticketIds = Array.from({ length: TICKETS }, (_, i) => 5001 + i);

function seed(fake: FakeZendesk): void {
  for (const [i, id] of ticketIds.entries()) {
    const [subject, description] = TEXTS[i % TEXTS.length] as readonly [string, string];
    fake.addUser(8000 + i, `customer${i}@example.com`, `Customer ${i}`);
    fake.addTicket({ id, subject, description, created_at: '2025-03-03T09:00:00Z', requester_id: 8000 + i });
  }
}

/** What one replica alone would make of each ticket: the rights triage finds (the oracle). */
function expectedRights(fake: FakeZendesk): Map<number, string[]> {
  return new Map(
    ticketIds.map((id) => {
      const ticket = fake.tickets.get(id);
      const verdict = triageTicket(
        {
          subject: ticket?.subject ?? '',
          description: ticket?.description ?? '',
          createdAt: ticket?.created_at,
        },
        { fallbackLanguage: 'en' },
      );
      return [id, [...new Set(verdict.types.filter((t) => t !== 'question'))].sort()];
    }),
  );
}

let database: TestDatabase;
let fake: FakeZendesk;
let slack: FakeSlackApi;
let gate: Gate;
let fakeUrl: string;
const replicas: Replica[] = [];
let db: pg.Client;
const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  (await db.query<T>(text, values)).rows;

beforeAll(async () => {
  database = await createTestDatabase();
  fake = new FakeZendesk();
  fakeUrl = await fake.start();
  seed(fake);
  slack = new FakeSlackApi();
  await slack.start();
  // Replica A reaches Zendesk through a gate that answers its first two calls (one ticket and its
  // requester) and then never again: A dies with claimed work in flight.
  gate = await startGate(fakeUrl, { pass: 2 });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
});
afterAll(async () => {
  for (const replica of replicas) replica.kill('SIGKILL');
  await Promise.all(replicas.map((r) => r.exited));
  await db?.end();
  await gate?.stop();
  await fake?.stop();
  await slack?.stop();
  await database?.drop();
});

/** Posts ticket `id` to every replica at once, each with its own invocation id (Zendesk retrying). */
async function deliverToAll(targets: Replica[], id: number): Promise<number[]> {
  const body = JSON.stringify({ ticket_id: String(id) });
  return Promise.all(
    targets.map(async (r) => {
      const timestamp = new Date(Date.now() + SHIFT_MS).toISOString();
      const res = await deliver(r.url, body, { invocation: `inv-${id}-${r.name}`, timestamp });
      await res.arrayBuffer();
      return res.status;
    }),
  );
}

const claimedBy = (pid: number) => `%:${pid}:%`;

/** Both replicas: Zendesk (A behind the gate), Slack with cards and the daily digest, fast workers. */
const replicaOptions = (name: string, zendeskUrl: string) => ({
  name,
  databaseUrl: database.url,
  zendeskUrl,
  clockShiftMs: SHIFT_MS,
  env: {
    ...FAST,
    SLACK_BOT_TOKEN: 'xoxb-replica-test',
    SLACK_SIGNING_SECRET: 'replica-signing-secret',
    SLACK_API_URL: slack.apiUrl,
    SLACK_PRIVACY_CHANNEL: PRIVACY_CHANNEL,
    SLACK_DIGEST_CHANNEL: DIGEST_CHANNEL,
    DIGEST_TIME: '09:00',
    TZ: 'Europe/Stockholm',
  },
});

describe('two replicas on one Postgres', () => {
  it('handle each ticket once, send one digest, and the survivor finishes what the killed one had claimed', async () => {
    // 1. Replica A alone: it processes the first ticket, then its Zendesk calls hang, so the
    //    outbox message for that ticket stays claimed by A.
    const a = await startReplica(replicaOptions('a', gate.url));
    replicas.push(a);
    expect(await deliverToAll([a], ticketIds[0] as number)).toEqual([202]);
    const heldByA = (table: 'inbox' | 'outbox') =>
      query<{ id: string; locked_until: Date; table: string }>(
        table === 'inbox'
          ? `SELECT id, locked_until, 'inbox' AS table FROM inbox WHERE status = 'pending' AND locked_by LIKE $1`
          : `SELECT id, locked_until, 'outbox' AS table FROM outbox WHERE destination = 'zendesk' AND delivered_at IS NULL AND locked_by LIKE $1`,
        [claimedBy(a.pid)],
      );
    let outboxOrphans: Awaited<ReturnType<typeof heldByA>> = [];
    await waitFor('A to claim the outbox message of the first ticket', async () => {
      outboxOrphans = await heldByA('outbox');
      return outboxOrphans.length > 0;
    });

    // 2. Replica B joins; the next tickets reach both replicas at the same moment.
    const b = await startReplica(replicaOptions('b', fakeUrl));
    replicas.push(b);
    const half = ticketIds.slice(1, TICKETS / 2 + 4);
    const statuses = await Promise.all(half.map((id) => deliverToAll([a, b], id)));
    for (const pair of statuses) expect(pair.sort()).toEqual([200, 202]);
    let inboxOrphans: Awaited<ReturnType<typeof heldByA>> = [];
    await waitFor('A to hold claimed deliveries it cannot finish', async () => {
      inboxOrphans = await heldByA('inbox');
      return inboxOrphans.length > 0;
    });

    // 3. A dies mid-way, holding claims on deliveries and on a message.
    a.kill('SIGKILL');
    await a.exited;
    const orphans = [...inboxOrphans, ...outboxOrphans];

    // 4. The rest of the tickets (and repeats of earlier ones) reach B only, as a load balancer
    //    would route them once A fails its health checks.
    for (const id of ticketIds.slice(TICKETS / 2 + 4)) expect(await deliverToAll([b], id)).toEqual([202]);
    for (const id of ticketIds.slice(0, 4)) expect(await deliverToAll([b], id)).toEqual([200]);

    await waitFor(
      'B to finish everything, including A’s claimed work once its leases ran out',
      async () => {
        const [row] = await query<{ inbox: number; outbox: number }>(
          `SELECT (SELECT COUNT(*)::int FROM inbox WHERE status <> 'done') AS inbox,
                  (SELECT COUNT(*)::int FROM outbox WHERE delivered_at IS NULL) AS outbox`,
        );
        return row?.inbox === 0 && row?.outbox === 0;
      },
      30_000,
    );

    // Exactly one task per (ticket, type), and exactly the rights triage finds in each ticket.
    const tasks = await query<{ ticket_id: string; type: string }>('SELECT ticket_id, type FROM tasks');
    const pairs = tasks.map((t) => `${t.ticket_id}:${t.type}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const expected = expectedRights(fake);
    for (const id of ticketIds) {
      const stored = tasks
        .filter((t) => t.ticket_id === String(id))
        .map((t) => t.type)
        .sort();
      expect({ id, types: stored }).toEqual({ id, types: expected.get(id) });
    }
    const requestTickets = ticketIds.filter((id) => (expected.get(id) ?? []).length > 0);
    expect(requestTickets.length).toBeGreaterThan(TICKETS / 2);
    expect(
      new Set(
        tasks.filter((t) => (expected.get(Number(t.ticket_id)) ?? []).length > 1).map((t) => t.ticket_id),
      ).size,
    ).toBeGreaterThan(0);

    // Exactly one internal note per request ticket at Zendesk, none on the others.
    for (const id of ticketIds) {
      const notes = fake.comments.get(id) ?? [];
      expect({ id, notes: notes.length }).toEqual({ id, notes: requestTickets.includes(id) ? 1 : 0 });
      expect(notes.every((n) => !n.public)).toBe(true);
    }

    // One Slack card per task, and one digest for the day although both replicas run the digest job.
    const posts = slack.callsTo('chat.postMessage');
    expect(posts.filter((c) => c.body.channel === PRIVACY_CHANNEL && !c.body.thread_ts)).toHaveLength(
      tasks.length,
    );
    expect(posts.filter((c) => c.body.channel === DIGEST_CHANNEL)).toHaveLength(1);
    expect(
      await query("SELECT dedupe_key FROM outbox WHERE kind = 'digest' AND delivered_at IS NOT NULL"),
    ).toEqual([{ dedupe_key: `digest:2025-03-05:channel:${DIGEST_CHANNEL}` }]);

    // Nothing lost: every ticket's delivery is done, and A's orphans were finished by B after
    // their lease ran out (not before: B never took work that A still held).
    const inbox = await query<{ dedupe_key: string; status: string }>('SELECT dedupe_key, status FROM inbox');
    expect(inbox.map((d) => d.dedupe_key).sort()).toEqual(
      ticketIds.map((id) => `zendesk-ticket:${id}`).sort(),
    );
    for (const orphan of orphans) {
      const [row] = await query<{ by: string; at: Date }>(
        orphan.table === 'inbox'
          ? 'SELECT locked_by AS by, processed_at AS at FROM inbox WHERE id = $1'
          : 'SELECT locked_by AS by, delivered_at AS at FROM outbox WHERE id = $1',
        [orphan.id],
      );
      expect(row?.by).toMatch(new RegExp(`:${b.pid}:`));
      expect(row?.at.getTime()).toBeGreaterThanOrEqual(orphan.locked_until.getTime());
    }

    // The survivor stops cleanly; nobody's personal data reached the logs.
    b.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    for (const replica of [a, b]) {
      expect(replica.output()).not.toMatch(/customer\d+@example\.com/);
      expect(replica.output()).not.toContain('Customer 1');
    }
    console.log(
      `tickets ${TICKETS} (${requestTickets.length} requests), tasks ${tasks.length}, A's orphans taken over: ${orphans.length}, gate held ${gate.held()} calls`,
    );
  });
});
