import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZendeskApi } from '../../../src/adapters/zendesk/create-zendesk-api.js';
import { createZendeskGateway } from '../../../src/adapters/zendesk/create-zendesk-gateway.js';
import { DeliveryError } from '../../../src/core/ports/outbox.js';
import type { TicketGateway } from '../../../src/core/ports/ticket-gateway.js';
import { FakeZendesk } from './fake-zendesk-server.js';

const now = new Date('2025-03-03T09:00:00Z');
let fake: FakeZendesk;
let gateway: TicketGateway;

beforeEach(async () => {
  fake = new FakeZendesk();
  const baseUrl = await fake.start();
  gateway = createZendeskGateway(
    createZendeskApi({ baseUrl, email: 'bot@caliroots.example', token: 'tok123', timeoutMs: 2000 }),
    { now: () => now },
  );
  fake.addUser(77, 'anna@example.com');
  fake.addTicket({
    id: 10,
    subject: 'Radera mitt konto',
    description: 'Hej, jag vill att ni raderar mina uppgifter.',
    created_at: '2025-03-01T10:15:00Z',
    requester_id: 77,
    tags: ['web'],
  });
});
afterEach(() => fake.stop());

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('createZendeskGateway', () => {
  it('reads a ticket and its requester with token auth', async () => {
    expect(await gateway.getTicket('10')).toEqual({
      id: '10',
      subject: 'Radera mitt konto',
      description: 'Hej, jag vill att ni raderar mina uppgifter.',
      createdAt: '2025-03-01T10:15:00.000Z',
      requester: { id: '77', email: 'anna@example.com' },
      tags: ['web'],
    });
    const auth = Buffer.from('bot@caliroots.example/token:tok123').toString('base64');
    expect(fake.calls.map((c) => [c.method, c.path, c.authorization])).toEqual([
      ['GET', '/api/v2/tickets/10.json', `Basic ${auth}`],
      ['GET', '/api/v2/users/77.json', `Basic ${auth}`],
    ]);
  });

  it('gives null for a ticket that does not exist, and a requester without e-mail when the user is gone', async () => {
    expect(await gateway.getTicket('999')).toBeNull();
    fake.addTicket({ id: 11, subject: 's', description: 'd', requester_id: 78 });
    expect((await gateway.getTicket('11'))?.requester).toEqual({ id: '78', email: null });
  });

  it('updates tags and the comment in one call, never with a tags-only endpoint', async () => {
    await gateway.updateTicket('10', {
      addTags: ['privacy_request', 'privacy_erasure'],
      removeTags: ['web'],
      comment: { body: 'Internal note', public: false },
    });
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({
      method: 'PUT',
      path: '/api/v2/tickets/10.json',
      body: {
        ticket: {
          additional_tags: ['privacy_request', 'privacy_erasure'],
          remove_tags: ['web'],
          comment: { body: 'Internal note', public: false },
        },
      },
    });
    expect(fake.tickets.get(10)?.tags).toEqual(['privacy_request', 'privacy_erasure']);
  });

  it('turns a 429 that node-zendesk resolves into a retryable DeliveryError with Retry-After', async () => {
    fake.failNext(1, { status: 429, headers: { 'retry-after': '7' }, body: { error: 'rate' } });
    const error = await failure(gateway.getTicket('10'));
    expect(error.opts).toEqual({ status: 429, retryAfterMs: 7000, permanent: false });
    expect(error.message).not.toContain('Radera');
  });

  it('treats 503 with and without Retry-After, 502 and 500 as retryable', async () => {
    fake.failNext(1, { status: 503, headers: { 'retry-after': '2' } });
    expect((await failure(gateway.updateTicket('10', { addTags: ['x'] }))).opts).toMatchObject({
      status: 503,
      retryAfterMs: 2000,
      permanent: false,
    });
    for (const status of [503, 502, 500, 504]) {
      fake.failNext(1, { status, body: { error: 'down' } });
      expect((await failure(gateway.getTicket('10'))).opts, String(status)).toMatchObject({
        status,
        permanent: false,
      });
    }
  });

  it('treats other 4xx as permanent, except 408 and 409', async () => {
    for (const [status, permanent] of [
      [403, true],
      [422, true],
      [401, true],
      [409, false],
      [408, false],
    ] as const) {
      fake.failNext(1, { status, body: { error: 'x' } });
      expect(
        (await failure(gateway.updateTicket('10', { addTags: ['x'] }))).opts,
        String(status),
      ).toMatchObject({
        status,
        permanent,
      });
    }
  });

  it('reports an unreachable Zendesk as retryable', async () => {
    await fake.stop();
    const error = await failure(gateway.getTicket('10'));
    expect(error.opts.permanent).toBeUndefined();
  });

  it('reports a ticket of an unexpected shape or an empty answer as retryable, naming the missing fields', async () => {
    fake.intercept((call) =>
      call.path === '/api/v2/tickets/10.json' ? { status: 200, body: { ticket: { id: 10 } } } : undefined,
    );
    const error = await failure(gateway.getTicket('10'));
    expect(error.message).toContain('created_at');
    expect(error.opts.permanent).toBeUndefined();
    fake.clearInterceptors();
    fake.intercept((call) => (call.path === '/api/v2/tickets/11.json' ? { status: 200 } : undefined));
    expect((await failure(gateway.getTicket('11'))).opts.permanent).toBeUndefined();
  });
});
