import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import type { Store } from '../../../src/core/ports/store.js';
import { type CreateTasksInput, createTaskService } from '../../../src/core/tasks/create-task-service.js';
import { TaskInputError } from '../../../src/core/tasks/task-errors.js';
import { manualClock, playbooks, SE } from './task-fixtures.js';

let store: Store;
beforeEach(async () => {
  store = await createStore('sqlite::memory:');
  await store.migrate();
});
afterEach(() => store.close());

function setup(
  start = '2025-03-05T10:00:00.000Z',
  over: Partial<Parameters<typeof createTaskService>[0]> = {},
) {
  const clock = manualClock(start);
  const service = createTaskService({
    store,
    clock,
    calendar: SE,
    playbooks,
    destinations: ['zendesk', 'slack'],
    retention: store,
    ...over,
  });
  return { clock, service };
}

const input = (over: Partial<CreateTasksInput> = {}): CreateTasksInput => ({
  source: 'zendesk',
  ticketId: '1001',
  types: ['erasure'],
  receivedAt: '2025-03-05T09:12:00Z',
  requester: { email: 'Eva.Berg@Example.com', zendeskUserId: '77' },
  language: 'sv',
  actor: 'zendesk:intake',
  ...over,
});

const claimAll = () =>
  store.claimOutbox({ now: '2030-01-01T00:00:00.000Z', limit: 1000, leaseMs: 1000, worker: 't' });

describe('task service: creating tasks', () => {
  it('creates one task per type with its deadline, checklist, audit entry and a message per destination', async () => {
    const { service } = setup();
    const { created, existing } = await service.createTasks(input({ types: ['erasure', 'access'] }));
    expect(existing).toEqual([]);
    expect(created.map((t) => [t.type, t.status, t.due])).toEqual([
      ['erasure', 'received', '2025-04-07'],
      ['access', 'received', '2025-04-07'],
    ]);
    expect(created[0]?.checklist.map((i) => i.id)).toEqual(playbooks.byType.erasure.items.map((i) => i.id));
    const trail = await service.audit(created[0]!.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'created', actor: 'zendesk:intake', before: null });
    expect(JSON.stringify(trail)).not.toMatch(/eva/i);
    const messages = await claimAll();
    expect(messages.map((m) => [m.destination, m.kind, m.payload.taskId])).toEqual([
      ['zendesk', 'task.created', created[0]!.id],
      ['slack', 'task.created', created[0]!.id],
      ['zendesk', 'task.created', created[1]!.id],
      ['slack', 'task.created', created[1]!.id],
    ]);
    expect(messages[0]?.payload).toEqual({
      taskId: created[0]!.id,
      action: 'created',
      actor: 'zendesk:intake',
      at: '2025-03-05T10:00:00.000Z',
      // Ids, statuses and dates of this version only: no contact details, no free text.
      facts: {
        version: created[0]!.version,
        status: 'received',
        assignee: null,
        due: created[0]!.due,
        dueAt: created[0]!.dueAt,
        pause: null,
      },
    });
  });

  it('changes nothing when the same ticket is processed again', async () => {
    const { service } = setup();
    const first = await service.createTasks(input());
    const pending = await store.countPendingOutbox();
    const again = await service.createTasks(input());
    expect(again).toEqual({ created: [], existing: first.created });
    expect(await store.countPendingOutbox()).toBe(pending);
    expect(await service.list()).toHaveLength(1);
  });

  it('links a repeat request of the same person and type within 30 days instead of starting a second clock', async () => {
    const { service } = setup('2025-04-07T10:00:00.000Z');
    const [original] = (await service.createTasks(input())).created;
    const repeat = await service.createTasks(
      input({
        ticketId: '1002',
        receivedAt: '2025-03-20T08:00:00Z',
        requester: { email: ' eva.berg@example.COM', zendeskUserId: null },
      }),
    );
    expect(repeat.created[0]).toMatchObject({
      status: 'duplicate',
      duplicateOf: original!.id,
      due: original!.due,
      dueAt: original!.dueAt,
      checklist: [],
    });
    const otherType = await service.createTasks(
      input({ ticketId: '1003', types: ['access'], receivedAt: '2025-03-20T08:00:00Z' }),
    );
    expect(otherType.created[0]?.status).toBe('received');
    const later = await service.createTasks(input({ ticketId: '1004', receivedAt: '2025-04-06T08:00:00Z' }));
    expect(later.created[0]?.status).toBe('received');
    const someoneElse = await service.createTasks(
      input({
        ticketId: '1005',
        receivedAt: '2025-03-21T08:00:00Z',
        requester: { email: 'other@example.com', zendeskUserId: null },
      }),
    );
    expect(someoneElse.created[0]?.status).toBe('received');
  });

  it('starts a new clock once the earlier request is closed', async () => {
    const { service } = setup('2025-03-10T10:00:00.000Z');
    const [original] = (await service.createTasks(input())).created;
    await service.act(original!.id, { type: 'withdraw' }, 'U1');
    const next = await service.createTasks(input({ ticketId: '1002', receivedAt: '2025-03-10T08:00:00Z' }));
    expect(next.created[0]?.status).toBe('received');
  });

  it('reads a manual date in the configured zone and validates its input', async () => {
    const { service } = setup();
    const { created } = await service.createTasks(
      input({ source: 'manual', ticketId: null, receivedAt: '2025-01-31', requester: null }),
    );
    expect(created[0]).toMatchObject({
      receivedAt: '2025-01-30T23:00:00.000Z',
      due: '2025-02-28',
      requesterKey: null,
    });
    await expect(service.createTasks(input({ types: [] }))).rejects.toThrow();
    await expect(service.createTasks(input({ receivedAt: 'last tuesday' }))).rejects.toMatchObject({
      code: 'TASK.INVALID_DATE',
    });
  });
});

describe('task service: the receipt date', () => {
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaskInputError);
    return error as TaskInputError;
  };

  it('refuses a receipt later than now (plus 5 minutes of clock skew) and writes nothing', async () => {
    const { service } = setup('2025-03-05T10:00:00.000Z');
    for (const receivedAt of ['2025-03-05T10:05:01Z', '2025-03-06', '2052-03-05', '2030-01-01T10:00']) {
      const error = await refusal(service.createTasks(input({ receivedAt, types: ['breach'] })));
      expect(error).toMatchObject({
        code: 'TASK.RECEIVED_IN_FUTURE',
        messageKey: 'tasks:errors.RECEIVED_IN_FUTURE',
        vars: { value: receivedAt },
      });
    }
    expect(await service.list({})).toEqual([]);
    expect(await store.countPendingOutbox()).toBe(0);
    const { created } = await service.createTasks(input({ receivedAt: '2025-03-05T10:05:00Z' }));
    expect(created).toHaveLength(1);
  });

  it('refuses years outside 1970-2999 instead of reading 0025 as 1925', async () => {
    const { service } = setup();
    for (const receivedAt of ['0025-03-05', '0001-01-01T10:00', '1969-12-31', '9999-12-31']) {
      const error = await refusal(service.createTasks(input({ receivedAt })));
      expect(error).toMatchObject({
        code: 'TASK.DATE_OUT_OF_RANGE',
        vars: { value: receivedAt, min: '1970' },
      });
    }
    expect(await service.list({})).toEqual([]);
  });
});

describe('task service: acting on tasks', () => {
  it('writes the change, an audit entry with before/after and a message per destination', async () => {
    const { service, clock } = setup();
    const [task] = (await service.createTasks(input())).created;
    await claimAll();
    clock.set('2025-03-06T08:00:00.000Z');
    const result = await service.act(task!.id, { type: 'assign', assignee: 'U123' }, 'slack:U9');
    expect(result).toMatchObject({
      ok: true,
      task: { assignee: 'U123', version: 2, updatedAt: '2025-03-06T08:00:00.000Z' },
    });
    const trail = await service.audit(task!.id);
    expect(trail[1]).toMatchObject({
      action: 'assign',
      actor: 'slack:U9',
      at: '2025-03-06T08:00:00.000Z',
      before: { assignee: null },
      after: { assignee: 'U123' },
    });
    const messages = await claimAll();
    expect(messages.map((m) => [m.destination, m.kind, m.payload.action])).toEqual([
      ['zendesk', 'task.changed', 'assign'],
      ['slack', 'task.changed', 'assign'],
    ]);
  });

  it('writes nothing for an illegal transition or a repeated click', async () => {
    const { service } = setup();
    const [task] = (await service.createTasks(input({ types: ['objection'] }))).created;
    await service.act(task!.id, { type: 'assign', assignee: 'U1' }, 'U1');
    const before = {
      task: await service.get(task!.id),
      audit: await service.audit(task!.id),
      pending: await store.countPendingOutbox(),
    };
    expect(await service.act(task!.id, { type: 'extend', reason: 'x' }, 'U1')).toMatchObject({
      ok: false,
      code: 'TASK.EXTENSION_NOT_ALLOWED',
    });
    expect(await service.act(task!.id, { type: 'assign', assignee: 'U1' }, 'U1')).toMatchObject({ ok: true });
    expect({
      task: await service.get(task!.id),
      audit: await service.audit(task!.id),
      pending: await store.countPendingOutbox(),
    }).toEqual(before);
    expect(await service.act('missing', { type: 'start' }, 'U1')).toMatchObject({
      ok: false,
      code: 'TASK.NOT_FOUND',
    });
  });

  it('re-applies an action on top of a concurrent change instead of losing either', async () => {
    const { service: other } = setup();
    let interfered = false;
    const racing: Store = {
      ...store,
      updateTask: async (change) => {
        if (!interfered) {
          interfered = true;
          await other.act(change.task.id, { type: 'check', item: 'erase-data', done: true }, 'U-other');
        }
        return store.updateTask(change);
      },
    };
    const { service } = setup(undefined, { store: racing });
    const [task] = (await service.createTasks(input())).created;
    const result = await service.act(task!.id, { type: 'assign', assignee: 'U1' }, 'U1');
    expect(result.ok).toBe(true);
    const stored = await service.get(task!.id);
    expect(stored?.assignee).toBe('U1');
    expect(stored?.checklist.find((i) => i.id === 'erase-data')?.done).toBe(true);
    expect(stored?.version).toBe(3);
    expect((await service.audit(task!.id)).map((e) => e.action)).toEqual(['created', 'check', 'assign']);
  });

  it('gives up with TASK.CONFLICT when every attempt conflicts', async () => {
    const always: Store = { ...store, updateTask: async () => 'conflict' };
    const { service } = setup(undefined, { store: always });
    const [task] = (await service.createTasks(input())).created;
    expect(await service.act(task!.id, { type: 'start' }, 'U1')).toMatchObject({
      ok: false,
      code: 'TASK.CONFLICT',
    });
  });
});

describe('task service: listing', () => {
  it('lists overdue and soon-due tasks; a paused task is neither while its clock stands', async () => {
    const { service, clock } = setup('2025-01-01T10:00:00.000Z');
    // Each request is recorded as it arrives: a receipt may not lie ahead of the clock.
    const mk = async (ticketId: string, receivedAt: string) => {
      clock.set(receivedAt);
      return (await service.createTasks(input({ ticketId, receivedAt, types: ['access'], requester: null })))
        .created[0]!;
    };
    const overdue = await mk('1', '2025-01-02T10:00:00Z'); // due 2025-02-03
    const paused = await mk('2', '2025-01-06T10:00:00Z'); // due 2025-02-06
    clock.set('2025-01-10T10:00:00.000Z');
    await service.act(paused.id, { type: 'pause', reason: 'identity' }, 'U1');
    const soon = await mk('3', '2025-01-20T10:00:00Z'); // due 2025-02-20
    const later = await mk('4', '2025-02-10T10:00:00Z'); // due 2025-03-10
    clock.set('2025-02-14T10:00:00.000Z');
    const ids = async (q: Parameters<typeof service.list>[0]) => (await service.list(q)).map((t) => t.id);
    expect(await ids({ overdue: true })).toEqual([overdue.id]);
    expect(await ids({ dueWithinDays: 6 })).toEqual([overdue.id, soon.id]);
    expect(await ids({ dueWithinDays: 5 })).toEqual([overdue.id]);
    expect(await ids({ overdue: true, status: ['awaiting_identity'] })).toEqual([paused.id]);
    expect(await ids({})).toEqual([overdue.id, paused.id, soon.id, later.id]);
    expect(await ids({ type: ['erasure'] })).toEqual([]);
  });
});

describe('task service: retention', () => {
  it('erases personal fields of tasks closed longer ago than the retention period, and prunes delivered rows', async () => {
    const { service, clock } = setup('2023-01-10T10:00:00.000Z');
    const [old] = (await service.createTasks(input({ ticketId: '1', receivedAt: '2023-01-10' }))).created;
    await service.act(old!.id, { type: 'withdraw' }, 'U1');
    clock.set('2023-06-10T10:00:00.000Z');
    const [recent] = (
      await service.createTasks(input({ ticketId: '2', types: ['access'], receivedAt: '2023-06-10' }))
    ).created;
    await service.act(recent!.id, { type: 'withdraw' }, 'U1');
    for (const m of await claimAll()) await store.markDelivered(m.id, '2023-06-10T10:00:00.000Z');
    await store.enqueue(
      [{ destination: 'slack', kind: 'slack.digest', payload: {}, dedupeKey: 'fresh' }],
      '2025-05-20T10:00:00.000Z',
    );

    clock.set('2025-05-31T12:00:00.000Z');
    const result = await service.purge({ olderThanMonths: 24, now: '2025-05-31T12:00:00.000Z' });
    expect(result).toEqual({ closedBefore: '2023-05-31T12:00:00.000Z', tasks: 1, outbox: 8, inbox: 0 });
    expect(await service.get(old!.id)).toMatchObject({
      requester: null,
      requesterKey: null,
      purgedAt: '2025-05-31T12:00:00.000Z',
      type: 'erasure',
    });
    expect((await service.get(recent!.id))?.requester).not.toBeNull();
    expect((await service.audit(old!.id)).map((e) => e.action)).toEqual(['created', 'withdraw', 'purged']);
    expect(await store.countPendingOutbox()).toBe(1);
  });

  it('refuses a "now" later than the clock: it would erase personal data too early', async () => {
    const { service, clock } = setup('2023-01-10T10:00:00.000Z');
    const [old] = (await service.createTasks(input({ ticketId: '1', receivedAt: '2023-01-10' }))).created;
    await service.act(old!.id, { type: 'withdraw' }, 'U1');
    clock.set('2023-02-01T00:00:00.000Z');
    await expect(service.purge({ olderThanMonths: 1, now: '2099-01-01T00:00:00Z' })).rejects.toMatchObject({
      code: 'TASK.PURGE_IN_FUTURE',
      vars: { value: '2099-01-01T00:00:00Z' },
    });
    expect((await service.get(old!.id))?.requester).not.toBeNull();
    expect((await service.purge({ olderThanMonths: 1, now: '2023-01-31T00:00:00Z' })).tasks).toBe(0);
    expect((await service.purge({ olderThanMonths: 0 })).tasks).toBe(1);
  });
});
