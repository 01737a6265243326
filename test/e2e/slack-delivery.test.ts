import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest/build-digest.js';
import { digestDedupeKey } from '../../src/core/digest/digest.js';
import { type Reminder, reminderDedupeKey } from '../../src/core/reminders/reminder.js';
import type { Task } from '../../src/core/tasks/task.js';
import { reminderFor } from '../adapters/slack/slack-fixtures.js';
import { cardOf, PRIVACY_CHANNEL, STAFF, textOf } from '../adapters/slack/slack-harness.js';
import { startTaskBot, type TaskBot } from '../adapters/slack/task-harness.js';
import { waitFor } from './zendesk-harness.js';

let h: TaskBot;
beforeAll(async () => {
  h = await startTaskBot();
});
afterAll(async () => {
  await h?.stop();
});

const calendar = { country: 'SE' as const, timeZone: 'Europe/Stockholm' };
const store = () => h.bot.app.store();
/** Messages that exist in Slack (posted successfully), matching `pattern`. */
const stored = (pattern: RegExp) => [...h.slack.messages.values()].filter((m) => pattern.test(textOf(m)));
const posts = (pattern: RegExp) =>
  h.slack.callsTo('chat.postMessage').filter((c) => pattern.test(textOf(c.body)));

async function enqueueReminder(reminder: Reminder) {
  await (await store()).enqueue(
    [
      {
        destination: 'slack',
        kind: 'reminder',
        dedupeKey: reminderDedupeKey(reminder),
        payload: { reminder },
      },
    ],
    new Date().toISOString(),
  );
  h.bot.server.context.kickOutbox();
}

describe('slack: delivery through the outbox', () => {
  it('waits out a 429 (Retry-After) on a card, then posts it exactly once', async () => {
    h.slack.failNext('chat.postMessage', 1, {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { ok: false, error: 'ratelimited' },
    });
    h.zendesk.addTicket({ id: 9501, subject: 'Privacy', description: 'A request.' });
    const { created } = await (await h.service()).createTasks({
      source: 'zendesk',
      ticketId: '9501',
      types: ['access'],
      receivedAt: new Date().toISOString(),
      requester: null,
      language: 'en',
      actor: 'test',
    });
    const task = created[0] as Task;
    await waitFor(
      'the rate-limited attempt',
      () => h.slack.callsTo('chat.postMessage').length > 0 && /"status":429/.test(h.bot.logs()),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await cardOf(h.bot, h.slack, task.id)).toBeNull();
    h.bot.clock.advance(31_000);
    await waitFor('the card after Retry-After', async () => (await cardOf(h.bot, h.slack, task.id)) !== null);
    expect(posts(/#9501/)).toHaveLength(2);
    expect(stored(/#9501/)).toHaveLength(1);
  });

  it('keeps a card through a Slack outage and posts a new one when the old message was deleted', async () => {
    const task = await h.newTask('9502', 'erasure');
    const first = await cardOf(h.bot, h.slack, task.id);
    h.slack.messages.delete(`${first?.ref.channel}:${first?.ref.ts}`);
    h.slack.failNext('chat.update', 2, { status: 503, body: { ok: false } });
    await (await h.service()).act(task.id, { type: 'assign', assignee: STAFF }, 'test');
    h.bot.server.context.kickOutbox();
    await waitFor('a failed attempt', () => h.slack.callsTo('chat.update').length >= 1);
    for (let i = 0; i < 4; i += 1) {
      h.bot.clock.advance(120_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    await waitFor(
      'the re-posted card',
      async () => (await cardOf(h.bot, h.slack, task.id))?.ref.ts !== first?.ref.ts,
    );
    const card = await cardOf(h.bot, h.slack, task.id);
    expect(textOf(card?.message ?? {})).toContain(`<@${STAFF}>`);
    expect(posts(/#9502/)).toHaveLength(2);
  });

  it('sends a reminder to the assignee by DM in their language, with a link to the card', async () => {
    const task = await h.newTask('9503', 'access');
    h.slack.locales.set('UREMINDED', 'sv-SE');
    await enqueueReminder(
      reminderFor(task, { recipient: { type: 'user', id: 'UREMINDED' }, point: 'due-1', workingDaysLeft: 1 }),
    );
    await waitFor('the DM', () =>
      h.slack.callsTo('chat.postMessage').some((c) => c.body.channel === 'UREMINDED'),
    );
    const dm = h.slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'UREMINDED');
    expect(String(dm?.body.text)).toMatch(
      /^⏰ Tillgång · #9503: frist \d{4}-\d{2}-\d{2}, 1 arbetsdag kvar\.$/,
    );
    expect(textOf(dm?.body ?? {})).toContain('https://caliroots.slack.com/archives/CPRIVACY/p');
  });

  it("answers the card's thread with a channel reminder, and drops reminders of closed tasks", async () => {
    const task = await h.newTask('9504', 'breach');
    const card = await cardOf(h.bot, h.slack, task.id);
    await enqueueReminder(
      reminderFor(task, { kind: 'breach', point: 'breach-24h', hoursLeft: 47, workingDaysLeft: null }),
    );
    await waitFor('the threaded reminder', () => posts(/🚨/).length === 1);
    const [reminder] = posts(/🚨/);
    expect(reminder?.body).toMatchObject({
      channel: PRIVACY_CHANNEL,
      thread_ts: card?.ref.ts,
      reply_broadcast: true,
    });
    expect(String(reminder?.body.text)).toMatch(
      /47 hours left of the 72 to notify the supervisory authority/,
    );

    await (await h.service()).act(task.id, { type: 'withdraw' }, 'test');
    await enqueueReminder(
      reminderFor(task, { kind: 'breach', point: 'breach-30h', hoursLeft: 41, workingDaysLeft: null }),
    );
    await waitFor('an empty outbox', async () => (await (await store()).countPendingOutbox()) === 0);
    expect(posts(/🚨/)).toHaveLength(1);
  });

  it('posts the digest to a channel and by DM, under 50 blocks however long it is', async () => {
    const now = new Date().toISOString();
    const open = await (await h.service()).list({ status: ['received', 'in_progress'] });
    // 120 more overdue copies of an open task: far more lines than a message can hold.
    const late = Array.from(
      { length: 120 },
      (_, i): Task => ({
        ...(open[0] as Task),
        id: `late-${i}`,
        ticketId: String(20_000 + i),
        due: '2025-01-02',
        dueAt: '2025-01-02T22:59:59.999Z',
      }),
    );
    const many = [...open, ...late];
    const digest = buildDigest(many, [], { now, calendar, since: null });
    const recipients = [
      { type: 'channel' as const, id: 'CDIGEST' },
      { type: 'user' as const, id: 'ULEAD' },
    ];
    h.slack.locales.set('ULEAD', 'de-DE');
    await (await store()).enqueue(
      recipients.map((recipient) => ({
        destination: 'slack',
        kind: 'digest',
        dedupeKey: digestDedupeKey(digest.date, recipient),
        payload: { digest, recipient },
      })),
      now,
    );
    h.bot.server.context.kickOutbox();
    await waitFor('both digests', () =>
      ['CDIGEST', 'ULEAD'].every((id) =>
        h.slack.callsTo('chat.postMessage').some((c) => c.body.channel === id),
      ),
    );
    const channel = h.slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'CDIGEST')?.body ?? {};
    const lead = h.slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'ULEAD')?.body ?? {};
    expect(String(channel.text)).toMatch(new RegExp(`^Privacy digest ${digest.date}: Overdue: \\d+`));
    expect(String(lead.text)).toMatch(/^Datenschutz-Übersicht/);
    for (const body of [channel, lead]) {
      expect((body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
      expect(textOf(body)).toMatch(/…and \d+ more|…und \d+ weitere/);
    }
  });

  it('gives up on a malformed payload at once instead of retrying it', async () => {
    await (await store()).enqueue(
      [{ destination: 'slack', kind: 'reminder', payload: { reminder: { taskId: 1 } } }],
      new Date().toISOString(),
    );
    h.bot.server.context.kickOutbox();
    await waitFor(
      'the dead message',
      () => /malformed reminder payload/.test(h.bot.logs()) || /"dead":true/.test(h.bot.logs()),
    );
    expect(await (await store()).countPendingOutbox()).toBe(0);
  });
});
