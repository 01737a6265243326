import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signWebhook } from '../../src/adapters/zendesk/verify-webhook-signature.js';
import type { FakeZendesk } from '../adapters/zendesk/fake-zendesk-server.js';
import { type SteppingClock, startTestBot, type TestBot } from '../support/start-test-bot.js';

export const SECRET = 'e2e-webhook-secret';

export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'pa-zendesk-'));
  return {
    url: `sqlite:${join(dir, 'bot.db')}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type Harness = TestBot;

/** The real app and server on port 0, against `fake`, with fast worker loops. */
export function startBot(opts: {
  fake: FakeZendesk;
  zendeskUrl: string;
  databaseUrl: string;
  clock?: SteppingClock;
  env?: Record<string, string>;
}): Promise<Harness> {
  return startTestBot(
    {
      DATABASE_URL: opts.databaseUrl,
      ZENDESK_API_URL: opts.zendeskUrl,
      ZENDESK_EMAIL: 'bot@caliroots.example',
      ZENDESK_API_TOKEN: 'zendesk-token',
      ZENDESK_WEBHOOK_SECRET: SECRET,
      ...opts.env,
    },
    opts.clock,
  );
}

/** POSTs a webhook delivery as Zendesk would sign it (override parts to forge one). */
export function deliver(
  url: string,
  body: string,
  opts: { invocation?: string; timestamp?: string; secret?: string; signature?: string } = {},
): Promise<Response> {
  const timestamp = opts.timestamp ?? new Date().toISOString();
  return fetch(`${url}/zendesk/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-zendesk-webhook-id': 'wh-1',
      'x-zendesk-webhook-invocation-id': opts.invocation ?? `inv-${Math.random().toString(36).slice(2)}`,
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-signature': opts.signature ?? signWebhook(opts.secret ?? SECRET, timestamp, body),
    },
    body,
  });
}

/** Waits (polling) until `check` holds; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

/** Tickets the e2e tests use: written for these tests, not taken from the triage fixtures. */
export function seedTickets(fake: FakeZendesk) {
  fake.addUser(7001, 'lotte.de.vries@example.nl', 'Lotte de Vries');
  fake.addUser(7002, 'sam.jones@example.com', 'Sam Jones');
  fake.addTicket({
    id: 9001,
    subject: 'Account verwijderen',
    description:
      'Hallo, ik wil dat jullie mijn account en al mijn persoonsgegevens verwijderen. Met vriendelijke groet, Lotte de Vries',
    created_at: '2025-03-03T23:30:00Z',
    requester_id: 7001,
  });
  fake.addTicket({
    id: 9002,
    subject: 'Where is my parcel?',
    description: 'Hi, my order 5523190 has not arrived yet, can you check the tracking? Thanks, Sam Jones',
    created_at: '2025-03-04T08:00:00Z',
    requester_id: 7002,
  });
}
