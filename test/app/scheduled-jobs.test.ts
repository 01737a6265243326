import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/create-app.js';
import { createScheduledJobs, type ScheduledJob } from '../../src/app/create-scheduled-jobs.js';
import { manualClock } from '../core/tasks/task-fixtures.js';

type Clock = ReturnType<typeof manualClock>;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-jobs-'));
  dirs.push(dir);
  return join(dir, 'bot.db');
}

const ENV = {
  LOG_LEVEL: 'silent',
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'signing-secret',
  SLACK_DIGEST_CHANNEL: 'C0PRIVACY',
  DIGEST_USERS: 'U0LEAD',
};

/** One bot process: the real app on the SQLite file, with its scheduled jobs run by hand. */
async function boot(file: string, clock: Clock, holder: string, env: Record<string, string> = {}) {
  const app: App = createApp({ env: { ...ENV, ...env, DATABASE_URL: `sqlite:${file}` }, clock });
  const store = await app.store();
  const jobs: ScheduledJob[] = createScheduledJobs(app, store, holder);
  return {
    app,
    jobs,
    /** Runs every job once, as the timers would; returns the names of the jobs this process ran. */
    async tick(): Promise<string[]> {
      const ran: string[] = [];
      for (const job of jobs) if ((await job.run()) !== null) ran.push(job.name);
      return ran;
    },
  };
}

/** The reminders and digests in the outbox, read straight from the database file. */
function sent(file: string, kind: 'reminder' | 'digest') {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        'SELECT dedupe_key AS key, created_at AS at FROM outbox WHERE kind = ? ORDER BY created_at, dedupe_key',
      )
      .all(kind) as Array<{ key: string; at: string }>;
  } finally {
    db.close();
  }
}

/** Weekdays from `from` to `to` inclusive, without the dates in `except` (counted here, not by the bot). */
function weekdays(from: string, to: string, except: string[]): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 86_400_000) {
    const date = new Date(t);
    const day = date.toISOString().slice(0, 10);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6 && !except.includes(day)) days.push(day);
  }
  return days;
}

const STEP = 30 * 60_000;

describe('scheduled reminders and digests across restarts', () => {
  it('sends each reminder and each day’s digest exactly once, late after downtime, never twice', async () => {
    const file = tempFile();
    const clock = manualClock('2025-11-25T09:00:00.000Z');
    let bot = await boot(file, clock, 'first');
    const service = await bot.app.taskService();
    const { created } = await service.createTasks({
      source: 'zendesk',
      ticketId: '9001',
      types: ['access'],
      receivedAt: '2025-11-25T10:00',
      requester: { email: 'eva@example.com', zendeskUserId: null },
      language: 'sv',
      actor: 'test',
    });
    const access = created[0];
    expect(access?.due).toBe('2025-12-29');

    const down: Array<[string, string]> = [
      // Down over the 09:00 digest and the due-3 reminder of Monday 22 December.
      ['2025-12-22T07:00:00.000Z', '2025-12-22T10:00:00.000Z'],
      // Down all of Tuesday 30 December: that digest is not made up, the overdue reminder is.
      ['2025-12-29T20:00:00.000Z', '2025-12-31T06:00:00.000Z'],
    ];
    let breachId: string | undefined;
    for (let t = Date.parse('2025-11-25T09:00:00Z'); t <= Date.parse('2026-01-09T12:00:00Z'); t += STEP) {
      const now = new Date(t).toISOString();
      clock.set(now);
      if (down.some(([from, to]) => now >= from && now < to)) {
        if (now === down[0]?.[0] || now === down[1]?.[0]) await bot.app.close();
        continue;
      }
      if (down.some(([, to]) => now === to) || now === '2025-12-10T12:00:00.000Z') {
        // A new process on the same database file.
        if (now === '2025-12-10T12:00:00.000Z') await bot.app.close();
        bot = await boot(file, clock, `restart-${now}`);
      }
      if (now === '2025-12-19T14:00:00.000Z') {
        const tasks = await bot.app.taskService();
        const { created: breach } = await tasks.createTasks({
          source: 'manual',
          ticketId: null,
          types: ['breach'],
          receivedAt: now,
          requester: null,
          language: 'en',
          actor: 'test',
        });
        breachId = breach[0]?.id;
      }
      if (now === '2025-12-22T15:00:00.000Z' && breachId) {
        const tasks = await bot.app.taskService();
        expect((await tasks.act(breachId, { type: 'withdraw' }, 'test')).ok).toBe(true);
      }
      await bot.tick();
    }
    await bot.app.close();

    const byTime = (a: string[], b: string[]) =>
      (a[1] as string).localeCompare(b[1] as string) || (a[0] as string).localeCompare(b[0] as string);
    const reminders = sent(file, 'reminder')
      .map(({ key, at }) => [key.split(':').slice(2).join(':'), at])
      .sort(byTime);
    const breachHours = [6, 12, 18, 24, 30, 36, 42, 48, 54, 60].map((h) => [
      `breach-${h}h`,
      new Date(Date.parse('2025-12-19T14:00:00Z') + h * 3_600_000).toISOString(),
    ]);
    expect(reminders).toEqual(
      [
        ['due-7:2025-12-29', '2025-12-16T08:00:00.000Z'],
        ...breachHours,
        // 66 hours fell at 08:00Z while the bot was down; due-3 at 09:00 local too: both go out on restart.
        ['breach-66h', '2025-12-22T10:00:00.000Z'],
        ['due-3:2025-12-29', '2025-12-22T10:00:00.000Z'],
        // The first run after the 72 hours (14:00Z) is at 14:30Z.
        ['breach-72h', '2025-12-22T14:30:00.000Z'],
        ['due-1:2025-12-29', '2025-12-24T08:00:00.000Z'],
        ['overdue-2025-12-30', '2025-12-31T06:00:00.000Z'],
        ['overdue-2025-12-31', '2025-12-31T08:00:00.000Z'],
        ['overdue-2026-01-02', '2026-01-02T08:00:00.000Z'],
        ['overdue-2026-01-05', '2026-01-05T08:00:00.000Z'],
        ['overdue-2026-01-07', '2026-01-07T08:00:00.000Z'],
        ['overdue-2026-01-08', '2026-01-08T08:00:00.000Z'],
        ['overdue-2026-01-09', '2026-01-09T08:00:00.000Z'],
      ].sort(byTime),
    );

    const digests = sent(file, 'digest');
    // Public holidays: 25–26 December, 1 and 6 January. 30 December was missed entirely.
    const days = weekdays('2025-11-25', '2026-01-09', [
      '2025-12-25',
      '2025-12-26',
      '2026-01-01',
      '2026-01-06',
      '2025-12-30',
    ]);
    expect(digests.map((d) => d.key)).toEqual(
      days.flatMap((day) => [`digest:${day}:channel:C0PRIVACY`, `digest:${day}:user:U0LEAD`]),
    );
    const at = new Map(digests.map((d) => [d.key.split(':')[1], d.at]));
    // 10:00 local on the first day (the bot started then), 09:00 local otherwise, 11:00 after the outage.
    expect(at.get('2025-11-25')).toBe('2025-11-25T09:00:00.000Z');
    expect(at.get('2025-12-01')).toBe('2025-12-01T08:00:00.000Z');
    expect(at.get('2025-12-22')).toBe('2025-12-22T10:00:00.000Z');
  }, 60_000);

  it('keeps 09:00 local for the digest when the clocks change', async () => {
    const file = tempFile();
    const clock = manualClock('2026-03-26T06:00:00.000Z');
    const bot = await boot(file, clock, 'one');
    for (
      let t = Date.parse('2026-03-26T06:00:00Z');
      t <= Date.parse('2026-03-31T12:00:00Z');
      t += 15 * 60_000
    ) {
      clock.set(new Date(t).toISOString());
      await bot.tick();
    }
    await bot.app.close();
    const channel = sent(file, 'digest').filter((d) => d.key.endsWith('C0PRIVACY'));
    // Thursday and Friday in winter time (08:00Z), Monday and Tuesday in summer time (07:00Z).
    expect(channel).toEqual([
      { key: 'digest:2026-03-26:channel:C0PRIVACY', at: '2026-03-26T08:00:00.000Z' },
      { key: 'digest:2026-03-27:channel:C0PRIVACY', at: '2026-03-27T08:00:00.000Z' },
      { key: 'digest:2026-03-30:channel:C0PRIVACY', at: '2026-03-30T07:00:00.000Z' },
      { key: 'digest:2026-03-31:channel:C0PRIVACY', at: '2026-03-31T07:00:00.000Z' },
    ]);
  });
});

describe('scheduled jobs on two replicas', () => {
  it('runs each job on one replica only and moves it to the other when the holder dies', async () => {
    const file = tempFile();
    const clock = manualClock('2025-12-15T06:00:00.000Z');
    const a = await boot(file, clock, 'replica-a');
    const b = await boot(file, clock, 'replica-b');
    await (await a.app.taskService()).createTasks({
      source: 'manual',
      ticketId: '7',
      types: ['erasure'],
      receivedAt: '2025-11-25T10:00',
      requester: null,
      language: 'en',
      actor: 'test',
    });
    const ranBy = { a: new Set<string>(), b: new Set<string>() };
    const aDiesAt = '2025-12-22T06:00:00.000Z';
    for (
      let t = Date.parse('2025-12-15T06:00:00Z');
      t <= Date.parse('2025-12-24T12:00:00Z');
      t += 5 * 60_000
    ) {
      const now = new Date(t).toISOString();
      clock.set(now);
      if (now < aDiesAt) for (const name of await a.tick()) ranBy.a.add(name);
      for (const name of await b.tick()) ranBy.b.add(`${name}${now < aDiesAt ? '' : ' after'}`);
    }
    await a.app.close();
    await b.app.close();
    // A started first and held every lease until it died; B then took each job over.
    expect([...ranBy.a].sort()).toEqual(['job:digest', 'job:purge', 'job:reminders']);
    expect([...ranBy.b].sort()).toEqual(['job:digest after', 'job:purge after', 'job:reminders after']);
    const reminders = sent(file, 'reminder').map((r) => r.key.split(':').slice(2).join(':'));
    expect(reminders).toEqual(['due-7:2025-12-29', 'due-3:2025-12-29', 'due-1:2025-12-29']);
    const digestDays = sent(file, 'digest')
      .filter((d) => d.key.endsWith('C0PRIVACY'))
      .map((d) => [d.key.split(':')[1], d.at]);
    expect(digestDays).toEqual([
      ['2025-12-15', '2025-12-15T08:00:00.000Z'],
      ['2025-12-16', '2025-12-16T08:00:00.000Z'],
      ['2025-12-17', '2025-12-17T08:00:00.000Z'],
      ['2025-12-18', '2025-12-18T08:00:00.000Z'],
      ['2025-12-19', '2025-12-19T08:00:00.000Z'],
      // A died at 07:00 local; its one-minute digest lease ran out long before 09:00.
      ['2025-12-22', '2025-12-22T08:00:00.000Z'],
      ['2025-12-23', '2025-12-23T08:00:00.000Z'],
      ['2025-12-24', '2025-12-24T08:00:00.000Z'],
    ]);
  }, 60_000);
});

describe('the nightly retention purge', () => {
  it('erases personal data of tasks closed longer ago than RETENTION_MONTHS, once a night at 03:00', async () => {
    const file = tempFile();
    const clock = manualClock('2023-01-10T10:00:00.000Z');
    const bot = await boot(file, clock, 'one', { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '' });
    expect(bot.jobs.map((j) => j.name)).toEqual(['job:purge']);
    const service = await bot.app.taskService();
    const { created } = await service.createTasks({
      source: 'manual',
      ticketId: null,
      types: ['access'],
      receivedAt: '2023-01-10',
      requester: { email: 'eva@example.com', zendeskUserId: null },
      language: 'sv',
      actor: 'test',
    });
    const id = created[0]?.id as string;
    clock.set('2023-02-01T10:00:00.000Z');
    await service.act(id, { type: 'withdraw' }, 'test');
    // 24 months later, at 02:00 local: not yet; from 03:00 local: purged; later that night: nothing more.
    clock.set('2025-02-02T01:00:00.000Z');
    await bot.tick();
    expect((await service.get(id))?.requester).not.toBeNull();
    clock.set('2025-02-02T02:10:00.000Z');
    await bot.tick();
    const purged = await service.get(id);
    expect(purged?.requester).toBeNull();
    expect(purged?.purgedAt).toBe('2025-02-02T02:10:00.000Z');
    clock.set('2025-02-02T05:00:00.000Z');
    const [purge] = bot.jobs;
    expect(await purge?.run()).toBe(0);
    await bot.app.close();
  });
});
