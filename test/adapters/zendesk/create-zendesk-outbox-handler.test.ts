import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { createZendeskApi } from '../../../src/adapters/zendesk/create-zendesk-api.js';
import { createZendeskGateway } from '../../../src/adapters/zendesk/create-zendesk-gateway.js';
import { createZendeskOutboxHandler } from '../../../src/adapters/zendesk/create-zendesk-outbox-handler.js';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { loadPlaybooks } from '../../../src/app/load-playbooks.js';
import { intakeTicket } from '../../../src/core/intake/intake-ticket.js';
import type { TicketVerdict } from '../../../src/core/intake/intake-types.js';
import { DeliveryError, type OutboxMessage } from '../../../src/core/ports/outbox.js';
import type { Store } from '../../../src/core/ports/store.js';
import { createTaskService, type TaskService } from '../../../src/core/tasks/create-task-service.js';
import { recordingLogger } from '../../support/silent-logger.js';
import { FakeZendesk } from './fake-zendesk-server.js';

const clock = { now: () => new Date('2025-03-04T08:00:00Z') };
const playbooks = loadPlaybooks();
const translate = createTranslate();
let fake: FakeZendesk;
let store: Store;
let service: TaskService;
let handle: (message: OutboxMessage) => Promise<void>;
let handlerFor: (worker: string) => (message: OutboxMessage) => Promise<void>;

const verdict: TicketVerdict = {
  language: 'nl',
  privacy: true,
  types: ['access', 'erasure'],
  confidence: 0.95,
  evidence: [
    { type: 'erasure', phrase: 'al mijn gegevens verwijderen' },
    { type: 'access', phrase: 'een kopie sturen' },
  ],
};

beforeEach(async () => {
  fake = new FakeZendesk();
  const baseUrl = await fake.start();
  store = await createStore('sqlite::memory:');
  await store.migrate();
  service = createTaskService({
    store,
    clock,
    calendar: { country: 'SE', timeZone: 'Europe/Stockholm' },
    playbooks,
    destinations: ['zendesk'],
  });
  const gateway = createZendeskGateway(
    createZendeskApi({ baseUrl, email: 'bot@x.example', token: 't' }),
    clock,
  );
  handlerFor = (worker) =>
    createZendeskOutboxHandler({
      gateway,
      tasks: store,
      triage: () => verdict,
      answer: () => ({
        answer: 'We keep your data for up to 24 months.',
        citation: 'Privacy policy, section 8',
      }),
      sectionsFor: (type) => (type === 'erasure' ? ['§11.3 Erasure of your personal data'] : []),
      playbooks,
      translate,
      staffLocale: 'en',
      timeZone: 'Europe/Stockholm',
      logger: recordingLogger(),
      leases: store,
      worker,
      leaseMs: 60_000,
      clock,
    });
  handle = handlerFor('w1');
  fake.addUser(9001, 'piet@example.nl');
  fake.addTicket({
    id: 501,
    subject: 'Verwijder mijn account',
    description: 'Graag al mijn gegevens verwijderen en een kopie sturen.',
    created_at: '2025-03-03T23:30:00Z',
    requester_id: 9001,
  });
});
afterEach(async () => {
  await fake.stop();
  await store.close();
});

async function queued(): Promise<OutboxMessage[]> {
  return store.claimOutbox({ now: '2030-01-01T00:00:00Z', limit: 100, leaseMs: 60_000, worker: 't' });
}

async function createTasks(publicReply = false) {
  await intakeTicket(
    {
      triage: () => verdict,
      createTasks: service.createTasks,
      enqueue: (m, now) => store.enqueue(m, now),
      canAnswer: () => true,
      publicReply,
      clock,
      logger: recordingLogger(),
    },
    {
      id: '501',
      subject: 's',
      description: 'd',
      createdAt: '2025-03-03T23:30:00.000Z',
      requester: { id: '9001', email: 'piet@example.nl' },
      tags: [],
    },
  );
  return queued();
}

describe('zendesk outbox handler', () => {
  it('writes one internal note in the staff language for the tasks of a ticket, with tags, in one call', async () => {
    const messages = await createTasks();
    expect(messages.map((m) => m.kind)).toEqual(['task.created', 'task.created']);
    for (const message of messages) await handle(message);
    const updates = fake.updates(501);
    expect(updates).toHaveLength(1);
    const ticket = (updates[0]?.body as { ticket: Record<string, unknown> } | undefined)?.ticket ?? {};
    const tasks = await store.findTasks({ ticketId: '501' });
    expect(ticket.additional_tags).toEqual(
      expect.arrayContaining([
        'privacy_request',
        'privacy_access',
        'privacy_erasure',
        ...tasks.map((t) => `privacy_task_${t.id}`),
      ]),
    );
    const comment = ticket.comment as { body: string; public: boolean };
    expect(comment.public).toBe(false);
    expect(comment.body).toContain('Privacy request recognised');
    expect(comment.body).toContain('“al mijn gegevens verwijderen”');
    expect(comment.body).toContain('Due: April 4, 2025');
    expect(comment.body).toContain("Verify the requester's identity");
    expect(comment.body).toContain('• §11.3 Erasure of your personal data');
    expect(comment.body).toContain('Dutch');
    for (const task of tasks) expect(comment.body).toContain(task.id);
    expect(fake.comments.get(501)).toHaveLength(1);
  });

  it('does not write the note twice when a delivery is retried after Zendesk took it', async () => {
    const [first] = await createTasks();
    if (!first) throw new Error('no message');
    await handle(first);
    await handle(first);
    expect(fake.updates(501)).toHaveLength(1);
  });

  it('lets one worker at a time write a ticket: two replicas delivering its two tasks write one note', async () => {
    const [first, second] = await createTasks();
    if (!first || !second) throw new Error('no messages');
    const results = await Promise.allSettled([handlerFor('w1')(first), handlerFor('w2')(second)]);
    const refused = results.filter((r) => r.status === 'rejected');
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DeliveryError);
    // The refused delivery is retried later and finds the note already written.
    for (const [i, r] of results.entries())
      if (r.status === 'rejected') await handlerFor('w3')([first, second][i]!);
    expect(fake.updates(501)).toHaveLength(1);
    expect(fake.comments.get(501)).toHaveLength(1);
  });

  it('waits while another worker holds the ticket, writing nothing, and goes ahead once it is free', async () => {
    const [first] = await createTasks();
    if (!first) throw new Error('no message');
    await store.acquireLease('zendesk-ticket:501', 'other-replica', clock.now().toISOString(), 60_000);
    const busy = await handle(first).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(DeliveryError);
    expect((busy as DeliveryError).opts.retryAfterMs).toBeGreaterThan(0);
    expect(fake.updates(501)).toHaveLength(0);
    await store.releaseLease('zendesk-ticket:501', 'other-replica');
    await handle(first);
    expect(fake.updates(501)).toHaveLength(1);
  });

  it('notes a task change and moves the status tags; a checklist tick makes no call', async () => {
    for (const message of await createTasks()) await handle(message);
    const [erasure] = await store.findTasks({ ticketId: '501', type: ['erasure'] });
    if (!erasure) throw new Error('no task');
    const deliverNext = async () => {
      const [message] = await queued();
      if (!message) throw new Error('nothing queued');
      await handle(message);
      await store.markDelivered(message.id, clock.now().toISOString());
      return message;
    };
    const tags = () => fake.tickets.get(501)?.tags ?? [];
    const lastComment = () => fake.comments.get(501)?.at(-1)?.body ?? '';

    await service.act(erasure.id, { type: 'pause', reason: 'identity' }, 'U123');
    await deliverNext();
    expect(lastComment()).toContain('paused by Slack user U123: waiting for proof of identity');
    expect(lastComment()).toContain('deadline clock is stopped');
    expect(tags()).toEqual(
      expect.arrayContaining(['privacy_erasure_awaiting_identity', 'privacy_erasure_paused']),
    );

    await service.act(erasure.id, { type: 'check', item: 'erase-data', done: true }, 'U123');
    await deliverNext();
    expect(fake.updates(501)).toHaveLength(2);

    await service.act(erasure.id, { type: 'verify' }, 'U123');
    const verify = await deliverNext();
    expect(lastComment()).toContain('Identity verified for Erasure');
    expect(tags()).toContain('privacy_erasure_in_progress');
    expect(tags()).not.toContain('privacy_erasure_awaiting_identity');
    expect(tags()).not.toContain('privacy_erasure_paused');
    expect(tags().filter((t) => t.startsWith('privacy_note_'))).toHaveLength(1);
    // The same change delivered again (crash before it was marked delivered) writes nothing.
    await handle(verify);
    expect(fake.updates(501)).toHaveLength(3);
  });

  it('sends the public acknowledgement in the customer language with the due date and identity check', async () => {
    const messages = await createTasks(true);
    const reply = messages.find((m) => m.kind === 'ticket.reply');
    if (!reply) throw new Error('no reply queued');
    await handle(reply);
    await handle(reply);
    const comments = fake.comments.get(501) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.public).toBe(true);
    expect(comments[0]?.body).toContain('4 april 2025');
    expect(comments[0]?.body).toContain('verwijdering van uw persoonsgegevens');
    expect(comments[0]?.body).toContain('e-mailadres dat aan uw Caliroots-account');
    expect(fake.tickets.get(501)?.tags).toContain('privacy_replied_acknowledgement');
  });

  it('answers a privacy question publicly with the citation', async () => {
    await store.enqueue(
      [
        {
          destination: 'zendesk',
          kind: 'ticket.reply',
          payload: { ticketId: '501', reply: 'answer', language: 'en', taskIds: [] },
        },
      ],
      clock.now().toISOString(),
    );
    for (const message of await queued()) await handle(message);
    const [comment] = fake.comments.get(501) ?? [];
    expect(comment?.public).toBe(true);
    expect(comment?.body).toContain('We keep your data for up to 24 months.');
    expect(comment?.body).toContain('Source: Privacy policy, section 8');
  });

  it('fails with a retryable DeliveryError on a 429 and succeeds on the retry', async () => {
    const [first] = await createTasks();
    fake.failNext(1, { status: 429, headers: { 'retry-after': '3' } }, (c) => c.method === 'PUT');
    const error = await handle(first as OutboxMessage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).opts).toMatchObject({ retryAfterMs: 3000, permanent: false });
    await handle(first as OutboxMessage);
    expect(fake.comments.get(501)).toHaveLength(1);
  });

  it('does nothing when the ticket was deleted, and refuses unknown kinds permanently', async () => {
    const [first] = await createTasks();
    fake.tickets.delete(501);
    await handle(first as OutboxMessage);
    expect(fake.updates()).toHaveLength(0);
    const odd = { ...(first as OutboxMessage), kind: 'ticket.mystery' };
    await expect(handle(odd)).rejects.toMatchObject({ opts: { permanent: true } });
  });
});
