import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-cli-tasks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let env: Record<string, string>;
let dbCount = 0;
beforeEach(() => {
  dbCount += 1;
  env = {
    DATABASE_URL: `sqlite:${join(dir, `t${dbCount}`, 'pa.db')}`,
    LOG_LEVEL: 'silent',
    STAFF_LOCALE: 'en',
  };
});

const cli = (...args: string[]) => runCliCaptured(args, env);

async function json(...args: string[]) {
  const result = await cli(...args, '--json');
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.err}`);
  return JSON.parse(result.out);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Closes a task's record years ago, as only time could: the CLI cannot purge as of a later "now". */
function backdateClosed(url: string, id: string, closedAt: string) {
  const db = new Database(url.replace(/^sqlite:/, ''));
  db.prepare('UPDATE tasks SET closed_at = ? WHERE id = ?').run(closedAt, id);
  db.close();
}

describe('privacy-assistant tasks', () => {
  it('creates a task once per ticket and type, and lists it without the requester address', async () => {
    const create = [
      'tasks',
      'create',
      '--type',
      'erasure',
      '--received',
      '2025-03-05T10:15',
      '--ticket',
      '4711',
    ];
    const created = await json(...create, '--requester', 'eva.berg@example.com', '--lang', 'sv');
    expect(created).toMatchObject({
      type: 'erasure',
      status: 'received',
      ticketId: '4711',
      receivedAt: '2025-03-05T09:15:00.000Z',
      due: '2025-04-07',
      dueAt: '2025-04-07T21:59:59.999Z',
      language: 'sv',
    });
    const again = await cli(...create);
    expect(again.out).toContain(`Task ${created.id} already exists`);

    const listed = await cli('tasks', 'list', '--status', 'all', '--json');
    const tasks = JSON.parse(listed.out);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      id: created.id,
      type: 'erasure',
      status: 'received',
      ticketId: '4711',
      receivedAt: '2025-03-05T09:15:00.000Z',
      due: '2025-04-07',
      dueAt: '2025-04-07T21:59:59.999Z',
      assignee: null,
    });
    expect(listed.out).not.toContain('eva.berg');
    expect((await cli('tasks', 'list')).out).not.toContain('eva.berg');

    const shown = await cli('tasks', 'show', created.id);
    expect(shown.out).toContain('Requester: eva.berg@example.com');
    expect(shown.out).toContain('keep-bookkeeping: Keep only what bookkeeping law requires (7 years)');
  });

  it('reads --ticket as Slack and the console do (#number, ticket URL) and refuses anything else, writing nothing', async () => {
    const create = (ticket: string) =>
      cli('tasks', 'create', '--type', 'erasure', '--received', '2025-03-05', '--ticket', ticket);
    const first = await json(
      'tasks',
      'create',
      '--type',
      'erasure',
      '--received',
      '2025-03-05',
      '--ticket',
      '#9001',
    );
    expect(first).toMatchObject({ ticketId: '9001' });
    const byUrl = await create('https://caliroots.zendesk.com/agent/tickets/9001');
    expect(byUrl.out).toContain(`Task ${first.id} already exists`);
    for (const bad of ['abc/../../users/1', '0', '9001x', '']) {
      const refused = await create(bad);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('--ticket must be a Zendesk ticket number');
    }
    expect(JSON.parse((await cli('tasks', 'list', '--status', 'all', '--json')).out)).toHaveLength(1);
  });

  it('links a repeat request of the same person as a duplicate', async () => {
    const first = await json(
      'tasks',
      'create',
      '--type',
      'access',
      '--received',
      '2025-03-05',
      '--requester',
      'a@example.com',
    );
    const second = await cli(
      'tasks',
      'create',
      '--type',
      'access',
      '--received',
      '2025-03-12',
      '--requester',
      'A@Example.com',
    );
    expect(second.out).toMatch(new RegExp(`as a duplicate of open task ${first.id} \\(due 2025-04-07\\)`));
  });

  it('walks a task through its lifecycle and records who did what', async () => {
    const task = await json('tasks', 'create', '--type', 'objection', '--received', today());
    await json('tasks', 'assign', task.id, 'U042', '--as', 'slack:U001');
    await json('tasks', 'start', task.id);
    for (const item of ['stop-marketing', 'add-suppression', 'confirm-requester'])
      await json('tasks', 'check', task.id, item);
    await json('tasks', 'check', task.id, 'confirm-requester', '--undo');
    expect((await cli('tasks', 'complete', task.id)).code).toBe(1);
    await json('tasks', 'check', task.id, 'confirm-requester');
    const done = await json('tasks', 'complete', task.id);
    expect(done).toMatchObject({ status: 'completed', assignee: 'U042' });
    const shown = await json('tasks', 'show', task.id);
    expect(shown.audit.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'assign',
      'start',
      'check',
      'check',
      'check',
      'check',
      'check',
      'complete',
    ]);
    expect(shown.audit[1]).toMatchObject({
      actor: 'slack:U001',
      before: { assignee: null },
      after: { assignee: 'U042' },
    });
    expect(shown.audit[2].actor).toMatch(/^cli:/);
  });

  it.each([
    [
      'a second extension',
      ['extend', '--reason', 'Many systems'],
      ['extend', '--reason', 'Still many'],
      /already been extended/,
    ],
    ['a notice without an extension', ['start'], ['notice'], /has not been extended/],
    [
      'completing a withdrawn task',
      ['withdraw'],
      ['complete'],
      /A task that is withdrawn cannot take the action "Complete"\. The task is closed\./,
    ],
    ['an unknown checklist item', ['start'], ['check', 'fly'], /no item "fly"/],
  ])(
    'refuses %s with a clear message, exit 1, and changes nothing',
    async (_name, first, second, message) => {
      const task = await json('tasks', 'create', '--type', 'access', '--received', today());
      const [action, ...rest] = first as string[];
      await json('tasks', action!, task.id, ...rest);
      const before = await json('tasks', 'show', task.id);
      const [again, ...more] = second as string[];
      const refused = await cli('tasks', again!, task.id, ...more);
      expect(refused.code).toBe(1);
      expect(refused.out).toBe('');
      expect(refused.err).toMatch(message);
      expect(await json('tasks', 'show', task.id)).toEqual(before);
    },
  );

  it('refuses an extension after the first month', async () => {
    const task = await json('tasks', 'create', '--type', 'erasure', '--received', '2020-01-10');
    const late = await cli('tasks', 'extend', task.id, '--reason', 'Complex');
    expect(late.code).toBe(1);
    expect(late.err).toMatch(/The first month has ended/);
  });

  it('records a refusal with its reason and the complaint-right notice, and shows the refusal steps when not told', async () => {
    const task = await json('tasks', 'create', '--type', 'erasure', '--received', today());
    const refused = await cli('tasks', 'refuse', task.id, '--reason', 'Identity not proven');
    expect(refused.out).toContain('right to complain to the supervisory authority');
    const shown = await json('tasks', 'show', task.id);
    expect(shown.refusal).toEqual({ reason: 'Identity not proven', complaintRightNotified: false });
    const other = await json('tasks', 'create', '--type', 'access', '--received', today());
    expect(
      await json('tasks', 'refuse', other.id, '--reason', 'Excessive', '--complaint-notified'),
    ).toMatchObject({ refusal: { complaintRightNotified: true } });
    expect((await cli('tasks', 'refuse', other.id)).err).toMatch(/Missing --reason/);
  });

  it('lists overdue tasks and tasks due within some days; paused ones only when asked', async () => {
    const overdue = await json('tasks', 'create', '--type', 'access', '--received', '2020-01-10');
    const paused = await json('tasks', 'create', '--type', 'access', '--received', '2020-01-11');
    await json('tasks', 'pause', paused.id, '--reason', 'clarification');
    const fresh = await json('tasks', 'create', '--type', 'access', '--received', today());
    const ids = async (...args: string[]) =>
      (await json('tasks', 'list', ...args)).map((t: { id: string }) => t.id);
    expect(await ids('--overdue')).toEqual([overdue.id]);
    expect(await ids('--due-within', '3')).toEqual([overdue.id]);
    expect(await ids('--due-within', '45')).toEqual([overdue.id, fresh.id]);
    expect(await ids('--overdue', '--status', 'awaiting_identity')).toEqual([paused.id]);
    expect(await ids()).toEqual([overdue.id, paused.id, fresh.id]);
    expect(await ids('--type', 'erasure')).toEqual([]);
  });

  it('purges personal data of tasks closed longer ago than RETENTION_MONTHS', async () => {
    const task = await json(
      'tasks',
      'create',
      '--type',
      'access',
      '--received',
      today(),
      '--requester',
      'old@example.com',
    );
    await json('tasks', 'withdraw', task.id);
    const soon = await json('tasks', 'purge');
    expect(soon.tasks).toBe(0);
    const future = await cli('tasks', 'purge', '--now', '2099-01-01T00:00:00Z');
    expect(future.code).toBe(2);
    expect(future.err).toMatch(/lies in the future/);
    expect((await json('tasks', 'show', task.id)).requester).not.toBeNull();
    backdateClosed(env.DATABASE_URL as string, task.id, '2020-01-07T00:00:00.000Z');
    const later = await json('tasks', 'purge');
    expect(later).toMatchObject({ retentionMonths: 24, tasks: 1 });
    const shown = await json('tasks', 'show', task.id);
    expect(shown.requester).toBeNull();
    expect(shown.audit.at(-1)).toMatchObject({ action: 'purged' });
    expect(JSON.stringify(shown)).not.toContain('old@example.com');
  });

  it.each([
    [['tasks', 'create', '--type', 'access'], 2, /Missing --received/],
    [
      ['tasks', 'create', '--type', 'access', '--received', '2025-01-01', '--requester', 'not-an-address'],
      2,
      /--requester must be an e-mail/,
    ],
    [
      ['tasks', 'create', '--type', 'access', '--received', '2025-01-01', '--lang', 'fr'],
      2,
      /--lang must be one of/,
    ],
    [['tasks', 'list', '--status', 'open'], 2, /--status must be "all" or/],
    [['tasks', 'list', '--due-within', 'soon'], 2, /--due-within must be a whole number/],
    [['tasks', 'pause', 'x', '--reason', 'holiday'], 2, /--reason must be identity or clarification/],
    [['tasks', 'show'], 2, /Missing <id>/],
    [['tasks', 'show', 'no-such-id'], 1, /There is no task no-such-id/],
    [['tasks', 'start', 'no-such-id'], 1, /There is no task no-such-id/],
    [['tasks', 'purge', '--now', 'tomorrow'], 2, /--now must be a date/],
    [['tasks', 'purge', '--now', '0001-01-01'], 2, /--now must lie in the years 1970–2999/],
    [['tasks', 'purge', '--now', '2999-01-01'], 2, /purge time 2999-01-01 lies in the future/],
    [
      ['tasks', 'create', '--type', 'erasure', '--received', '2052-03-05'],
      2,
      /received date 2052-03-05 lies in the future/,
    ],
    [['tasks', 'create', '--type', 'breach', '--received', '2999-01-01T10:00'], 2, /lies in the future/],
    [
      ['tasks', 'create', '--type', 'erasure', '--received', '0025-03-05'],
      2,
      /--received must lie in the years 1970–2999/,
    ],
    [
      ['tasks', 'create', '--type', 'erasure', '--received', '2025-01-31T10:00+25:00'],
      2,
      /--received must be a date/,
    ],
    [
      ['tasks', 'create', '--type', 'erasure', '--received', '2025-01-31', 'extra'],
      2,
      /Unexpected argument "extra"/,
    ],
    [['tasks', 'show', 'some-id', 'extra'], 2, /Unexpected argument "extra"[\s\S]*tasks show <id>/],
    [['tasks', 'list', 'extra'], 2, /Unexpected argument "extra"/],
    [['tasks', 'start', 'some-id', 'extra'], 2, /Unexpected argument "extra"/],
    [['tasks', 'assign', 'some-id', 'U1', 'extra'], 2, /Unexpected argument "extra"/],
    [['tasks', 'purge', 'extra'], 2, /Unexpected argument "extra"/],
    [['tasks', 'fly'], 2, /Unknown tasks command "fly"/],
  ])('answers %j with exit %i and a clear message', async (args, exit, message) => {
    const result = await cli(...(args as string[]));
    expect(result.code).toBe(exit);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });

  it('speaks the staff language', async () => {
    env.STAFF_LOCALE = 'nl';
    const task = await json('tasks', 'create', '--type', 'access', '--received', today());
    await json('tasks', 'withdraw', task.id);
    const refused = await cli('tasks', 'complete', task.id);
    expect(refused.err).toContain(
      'Bij een taak met status ingetrokken kan de actie "Afronden" niet. De taak is afgesloten.',
    );
  });
});
