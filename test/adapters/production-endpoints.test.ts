import { webApi } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { interactiveClientOptions } from '../../src/adapters/slack/create-slack-app.js';
import { toDeliveryError } from '../../src/adapters/slack/to-delivery-error.js';
import { createZendeskApi, zendeskBaseUrl } from '../../src/adapters/zendesk/create-zendesk-api.js';
import { createZendeskGateway } from '../../src/adapters/zendesk/create-zendesk-gateway.js';
import { DeliveryError } from '../../src/core/ports/outbox.js';

/**
 * The real hosts, with no API URL override: what the bot calls in production, intercepted by nock
 * (every other test talks to loopback fakes through ZENDESK_API_URL / SLACK_API_URL). Anything not
 * intercepted is refused: nock lets no request leave this machine while this file runs. (nock is
 * not loaded globally: its fetch interception changes how request bodies reach loopback fakes.)
 */
const quietBolt = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => webApi.LogLevel.ERROR,
  setName() {},
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('production endpoints (intercepted by nock)', () => {
  it('reads a ticket from https://<subdomain>.zendesk.com/api/v2 with the API token, through node-zendesk', async () => {
    const auth = `Basic ${Buffer.from('bot@caliroots.example/token:tok-1').toString('base64')}`;
    const zendesk = nock('https://caliroots.zendesk.com', { reqheaders: { authorization: auth } })
      .get('/api/v2/tickets/4321.json')
      .reply(200, {
        ticket: {
          id: 4321,
          subject: 'Radera mitt konto',
          description: 'Hej, radera mitt konto.',
          created_at: '2026-11-20T08:00:00Z',
          requester_id: 55,
          tags: [],
        },
      })
      .get('/api/v2/users/55.json')
      .reply(200, { user: { id: 55, email: 'kund@example.se', name: 'Kund' } });
    const baseUrl = zendeskBaseUrl({ subdomain: 'caliroots' });
    const gateway = createZendeskGateway(
      createZendeskApi({ baseUrl, email: 'bot@caliroots.example', token: 'tok-1', timeoutMs: 2_000 }),
      { now: () => new Date('2026-11-20T08:00:05Z') },
    );
    const ticket = await gateway.getTicket('4321');
    expect(ticket?.createdAt).toBe('2026-11-20T08:00:00.000Z');
    expect(ticket?.requester).toEqual({ id: '55', email: 'kund@example.se' });
    expect(zendesk.isDone()).toBe(true);
  });

  it('turns a 503 from zendesk.com with Retry-After into a retry at that time', async () => {
    nock('https://caliroots.zendesk.com')
      .get('/api/v2/tickets/4321.json')
      .reply(503, 'Service Unavailable', { 'Retry-After': '30' });
    const gateway = createZendeskGateway(
      createZendeskApi({ baseUrl: zendeskBaseUrl({ subdomain: 'caliroots' }), email: 'b@x.se', token: 't' }),
      { now: () => new Date('2026-11-20T08:00:00Z') },
    );
    const error = await rejection(gateway.getTicket('4321'));
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).opts).toMatchObject({ retryAfterMs: 30_000, status: 503 });
    expect((error as DeliveryError).opts.permanent).not.toBe(true);
  });

  it('posts to https://slack.com/api with the bot token, and maps a 429 to Retry-After', async () => {
    const slack = nock('https://slack.com', { reqheaders: { authorization: 'Bearer xoxb-test' } })
      .post('/api/chat.postMessage', (body) => body.channel === 'C0PRIVACY' && body.text === 'hello')
      .reply(200, { ok: true, channel: 'C0PRIVACY', ts: '1700000000.000100' })
      .post('/api/chat.postMessage')
      .reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '12' });
    const client = new webApi.WebClient('xoxb-test', interactiveClientOptions(undefined, quietBolt));
    const posted = await client.chat.postMessage({ channel: 'C0PRIVACY', text: 'hello' });
    expect(posted.ts).toBe('1700000000.000100');
    const limited = toDeliveryError(
      await rejection(client.chat.postMessage({ channel: 'C0PRIVACY', text: 'x' })),
    );
    expect(limited.opts).toMatchObject({ retryAfterMs: 12_000, status: 429 });
    expect(slack.isDone()).toBe(true);
  });

  it('refuses any other request off this machine', async () => {
    const error = await rejection(fetch('https://example.com/'));
    const { message, cause } = error as Error & { cause?: unknown };
    expect(`${message} ${String(cause)}`).toContain('Disallowed net connect for "example.com:443');
  });
});
