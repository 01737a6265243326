import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { loadPlaybooks } from '../../../src/app/load-playbooks.js';
import { type IntakeDeps, intakeTicket } from '../../../src/core/intake/intake-ticket.js';
import type { TicketVerdict } from '../../../src/core/intake/intake-types.js';
import type { Store } from '../../../src/core/ports/store.js';
import type { Ticket } from '../../../src/core/ports/ticket-gateway.js';
import { createTaskService } from '../../../src/core/tasks/create-task-service.js';
import { recordingLogger } from '../../support/silent-logger.js';

const clock = { now: () => new Date('2025-03-04T08:00:00Z') };
const playbooks = loadPlaybooks();
let store: Store;
let lines: Array<{ level: string; obj: unknown; msg?: string }>;

beforeEach(async () => {
  store = await createStore('sqlite::memory:');
  await store.migrate();
  lines = [];
});
afterEach(() => store.close());

const ticket = (overrides: Partial<Ticket> = {}): Ticket => ({
  id: '501',
  subject: 'Verwijder mijn account',
  description: 'Graag al mijn gegevens verwijderen en een kopie sturen. Groet, Piet (piet@example.nl)',
  createdAt: '2025-03-03T23:30:00.000Z',
  requester: { id: '9001', email: 'piet@example.nl' },
  tags: [],
  ...overrides,
});

const verdict = (v: Partial<TicketVerdict>): TicketVerdict => ({
  language: 'nl',
  privacy: true,
  types: [],
  confidence: 0.9,
  evidence: [],
  ...v,
});

function deps(v: TicketVerdict, opts: Partial<IntakeDeps> = {}): IntakeDeps {
  const service = createTaskService({
    store,
    clock,
    calendar: { country: 'SE', timeZone: 'Europe/Stockholm' },
    playbooks,
    destinations: ['zendesk', 'slack'],
  });
  return {
    triage: () => v,
    createTasks: service.createTasks,
    enqueue: (messages, now) => store.enqueue(messages, now),
    canAnswer: () => true,
    publicReply: false,
    clock,
    logger: recordingLogger(lines),
    ...opts,
  };
}

async function outbox() {
  const claimed = await store.claimOutbox({
    now: '2030-01-01T00:00:00Z',
    limit: 100,
    leaseMs: 1,
    worker: 't',
  });
  return claimed.map((m) => `${m.destination}:${m.kind}`).sort();
}

describe('intakeTicket', () => {
  it('creates one task per right, received when the ticket was created, with only e-mail and user id', async () => {
    const outcome = await intakeTicket(deps(verdict({ types: ['access', 'erasure'] })), ticket());
    expect(outcome).toMatchObject({ kind: 'request', existing: [], replyQueued: false });
    const tasks = await store.findTasks({ ticketId: '501' });
    expect(tasks.map((t) => t.type).sort()).toEqual(['access', 'erasure']);
    for (const task of tasks) {
      expect(task).toMatchObject({
        source: 'zendesk',
        receivedAt: '2025-03-03T23:30:00.000Z',
        requester: { email: 'piet@example.nl', zendeskUserId: '9001' },
        language: 'nl',
        status: 'received',
      });
      // Received on 4 March in Stockholm (00:30 local): one month later.
      expect(task.due).toBe('2025-04-04');
    }
    expect(await outbox()).toEqual([
      'slack:task.created',
      'slack:task.created',
      'zendesk:task.created',
      'zendesk:task.created',
    ]);
  });

  it('counts a ticket created ahead of our clock as received now, never refusing it', async () => {
    const ahead = ticket({ id: '502', createdAt: '2025-03-04T09:30:00.000Z' }); // 90 min after our clock
    const outcome = await intakeTicket(deps(verdict({ types: ['erasure'] })), ahead);
    expect(outcome).toMatchObject({ kind: 'request' });
    const [task] = await store.findTasks({ ticketId: '502' });
    expect(task?.receivedAt).toBe('2025-03-04T08:00:00.000Z');
    expect(lines.some((l) => l.level === 'warn')).toBe(true);
  });

  it('leaves a ticket that is not about privacy untouched', async () => {
    const outcome = await intakeTicket(
      deps(verdict({ privacy: false, types: [] }), { publicReply: true }),
      ticket(),
    );
    expect(outcome).toEqual({ kind: 'not-privacy' });
    expect(await store.findTasks({})).toEqual([]);
    expect(await outbox()).toEqual([]);
  });

  it('creates no task for a privacy question, and replies only when public replies are on and the policy answers', async () => {
    const question = verdict({ privacy: false, types: ['question'] });
    expect(await intakeTicket(deps(question), ticket())).toEqual({ kind: 'question', replyQueued: false });
    expect(await outbox()).toEqual([]);
    const unanswerable = deps(question, { publicReply: true, canAnswer: () => false });
    expect(await intakeTicket(unanswerable, ticket())).toEqual({ kind: 'question', replyQueued: false });
    expect(await intakeTicket(deps(question, { publicReply: true }), ticket())).toEqual({
      kind: 'question',
      replyQueued: true,
    });
    expect(await store.findTasks({})).toEqual([]);
    expect(await outbox()).toEqual(['zendesk:ticket.reply']);
  });

  it('queues one acknowledgement when public replies are on, even when the ticket is processed again', async () => {
    const d = deps(verdict({ types: ['erasure', 'question'] }), { publicReply: true });
    const first = await intakeTicket(d, ticket());
    const again = await intakeTicket(d, ticket());
    expect(first).toMatchObject({ kind: 'request', replyQueued: true });
    expect(again).toMatchObject({ kind: 'request', created: [], replyQueued: true });
    if (first.kind !== 'request' || again.kind !== 'request') throw new Error('unexpected outcome');
    expect(again.existing).toEqual(first.created);
    expect(await outbox()).toEqual(['slack:task.created', 'zendesk:task.created', 'zendesk:ticket.reply']);
  });

  it('acknowledges nothing for a repeat of an open request (linked as a duplicate)', async () => {
    const d = deps(verdict({ types: ['erasure'] }), { publicReply: true });
    await intakeTicket(d, ticket());
    const repeat = await intakeTicket(d, ticket({ id: '502', createdAt: '2025-03-04T07:00:00.000Z' }));
    expect(repeat).toMatchObject({ kind: 'request', replyQueued: false });
    const [task] = await store.findTasks({ ticketId: '502' });
    expect(task?.status).toBe('duplicate');
  });

  it('queues no acknowledgement for a breach report alone, and says so in the log', async () => {
    const d = deps(verdict({ types: ['breach'] }), { publicReply: true });
    const outcome = await intakeTicket(d, ticket());
    expect(outcome).toMatchObject({ kind: 'request', replyQueued: false });
    expect(await outbox()).toEqual(['slack:task.created', 'zendesk:task.created']);
    expect(JSON.stringify(lines)).toContain('"replyQueued":false');
  });

  it('logs ticket and task ids but no e-mail address or ticket text', async () => {
    await intakeTicket(deps(verdict({ types: ['erasure'] })), ticket());
    const logged = JSON.stringify(lines);
    expect(logged).toContain('501');
    const [task] = await store.findTasks({ ticketId: '501' });
    expect(logged).toContain(task?.id);
    for (const secret of ['piet@example.nl', 'Piet', 'Verwijder', 'gegevens'])
      expect(logged).not.toContain(secret);
  });
});
