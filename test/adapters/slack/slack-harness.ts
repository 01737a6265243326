import { createHmac } from 'node:crypto';
import { type SteppingClock, startTestBot, type TestBot } from '../../support/start-test-bot.js';
import type { FakeSlackApi } from './fake-slack-api.js';

export const SIGNING_SECRET = 'e2e-slack-signing-secret';
export const PRIVACY_CHANNEL = 'CPRIVACY';
/** Members of the privacy channel; everyone else is not staff. */
export const STAFF = 'USTAFF1';
export const STAFF_2 = 'USTAFF2';
export const OUTSIDER = 'UOUTSIDER';

export type SlackBot = TestBot;

/** The real app and server on port 0 with Slack (HTTP mode) pointed at `fake`, fast worker loops. */
export function startSlackBot(opts: {
  fake: FakeSlackApi;
  databaseUrl?: string;
  env?: Record<string, string>;
  clock?: SteppingClock;
}): Promise<SlackBot> {
  opts.fake.channelMembers.set(PRIVACY_CHANNEL, [STAFF, STAFF_2, 'UBOT']);
  return startTestBot(
    {
      DATABASE_URL: opts.databaseUrl ?? 'sqlite::memory:',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: opts.fake.apiUrl,
      SLACK_PRIVACY_CHANNEL: PRIVACY_CHANNEL,
      ...opts.env,
    },
    opts.clock,
  );
}

/** Slack's v0 request signature over the raw body. */
export function signSlack(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  signature?: string;
  retryNum?: number;
}

/** POSTs a request to /slack/events signed as Slack would (override parts to forge one). */
export function sendToSlack(url: string, body: string, contentType: string, opts: SendOptions = {}) {
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': opts.signature ?? signSlack(opts.secret ?? SIGNING_SECRET, timestamp, body),
      ...(opts.retryNum !== undefined && {
        'x-slack-retry-num': String(opts.retryNum),
        'x-slack-retry-reason': 'http_timeout',
      }),
    },
    body,
  });
}

/** A slash command as Slack posts it (form-encoded). */
export function slashCommand(
  url: string,
  fake: FakeSlackApi,
  user: string,
  text: string,
  opts: SendOptions = {},
) {
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'caliroots',
    channel_id: 'CGENERAL',
    channel_name: 'general',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/privacy',
    text,
    api_app_id: 'A1',
    response_url: fake.responseUrl(`cmd-${Math.random().toString(36).slice(2)}`),
    trigger_id: 'trigger-cmd',
  }).toString();
  return sendToSlack(url, body, 'application/x-www-form-urlencoded', opts);
}

/** An Events API callback (JSON). */
export function slackEvent(
  url: string,
  event: Record<string, unknown>,
  eventId: string,
  opts: SendOptions = {},
) {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event,
  });
  return sendToSlack(url, body, 'application/json', opts);
}

/** An interactivity payload (block actions, view submissions): form-encoded `payload=<json>`. */
export function interaction(url: string, payload: Record<string, unknown>, opts: SendOptions = {}) {
  const body = new URLSearchParams({
    payload: JSON.stringify({
      team: { id: 'T1', domain: 'caliroots' },
      api_app_id: 'A1',
      token: 'legacy',
      ...payload,
    }),
  }).toString();
  return sendToSlack(url, body, 'application/x-www-form-urlencoded', opts);
}

/** A click on a button (or a select) in a message, as `user`. */
export function clickAction(
  url: string,
  fake: FakeSlackApi,
  user: string,
  action: Record<string, unknown>,
  message: { channel: string; ts: string } = { channel: PRIVACY_CHANNEL, ts: '1.0' },
) {
  return interaction(url, {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), team_id: 'T1' },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    response_url: fake.responseUrl(`act-${Math.random().toString(36).slice(2)}`),
    container: { type: 'message', channel_id: message.channel, message_ts: message.ts },
    channel: { id: message.channel, name: 'privacy' },
    message: { ts: message.ts, text: 'card', type: 'message' },
    actions: [{ block_id: 'b', action_ts: String(Date.now() / 1000), ...action }],
  });
}

/** A modal submission, as `user`, with `values` as Slack puts them in `view.state.values`. */
export function submitView(
  url: string,
  user: string,
  view: { callback_id: string; private_metadata: string; values: Record<string, Record<string, unknown>> },
) {
  return interaction(url, {
    type: 'view_submission',
    user: { id: user, username: user.toLowerCase(), team_id: 'T1' },
    trigger_id: 'trigger-view',
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: { values: view.values },
      hash: 'h',
      team_id: 'T1',
      app_id: 'A1',
      blocks: [],
      title: { type: 'plain_text', text: 't' },
    },
  });
}

/** Every text a message carries (fallback and all block texts), for content checks. */
export function textOf(body: Record<string, unknown>): string {
  return JSON.stringify([body.text, body.blocks]);
}

/** Where the task's card was posted (from the store) and its current content (from the fake). */
export async function cardOf(bot: SlackBot, fake: FakeSlackApi, taskId: string) {
  const store = await bot.app.store();
  const raw = await store.getState(`slack-card:${taskId}`);
  if (!raw) return null;
  const ref = JSON.parse(raw) as { channel: string; ts: string };
  const message = fake.messages.get(`${ref.channel}:${ref.ts}`) ?? null;
  return { ref, message };
}

type Element = { action_id?: string; value?: string; options?: Array<{ value: string }> };

/** The interactive elements of a message (actions blocks and section accessories). */
export function elementsOf(message: Record<string, unknown> | null): Element[] {
  const blocks = (message?.blocks ?? []) as Array<{
    type: string;
    elements?: Element[];
    accessory?: Element;
  }>;
  return blocks.flatMap((b) => [
    ...(b.type === 'actions' ? (b.elements ?? []) : []),
    ...(b.accessory ? [b.accessory] : []),
  ]);
}
