import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardOf,
  OUTSIDER,
  STAFF,
  STAFF_2,
  slackEvent,
  slashCommand,
  textOf,
} from '../adapters/slack/slack-harness.js';
import { startTaskBot, type TaskBot } from '../adapters/slack/task-harness.js';
import { waitFor } from './zendesk-harness.js';

let h: TaskBot;
beforeAll(async () => {
  h = await startTaskBot();
});
afterAll(async () => {
  await h?.stop();
});

/** Sends a slash command and returns what the bot posted to its response URL. */
async function command(user: string, text: string): Promise<{ text: string; all: string }> {
  const before = h.slack.callsTo('respond').length;
  const res = await slashCommand(h.bot.server.url, h.slack, user, text);
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('');
  await waitFor(`the reply to /privacy ${text}`, () => h.slack.callsTo('respond').length > before);
  const reply = h.slack.callsTo('respond').at(-1)?.body ?? {};
  return { text: String(reply.text), all: textOf(reply) };
}

const monthsAgo = (n: number) => new Date(Date.now() - n * 31 * 86_400_000).toISOString();

describe('slack: /privacy commands', () => {
  it('/privacy new <type> <ticket> creates the task by hand (type names in any staff language) and posts its card', async () => {
    const reply = await command(STAFF, 'new verwijdering 9401 nl');
    expect(reply.text).toMatch(/^Created: Erasure for ticket #9401, due \d{4}-\d{2}-\d{2}\./);
    const [task] = await (await h.service()).list({ ticketId: '9401' });
    expect(task).toMatchObject({ type: 'erasure', language: 'nl', source: 'zendesk', requester: null });
    const audit = await (await h.service()).audit(task?.id ?? '');
    expect(audit[0]).toMatchObject({ action: 'created', actor: `slack:${STAFF}` });
    await waitFor('its card', async () => (await cardOf(h.bot, h.slack, task?.id ?? '')) !== null);

    const again = await command(STAFF, 'new erasure #9401');
    expect(again.text).toMatch(
      /^Ticket #9401 already has a task for this right \(Erasure, due \d{4}-\d{2}-\d{2}\); nothing changed\.$/,
    );
    const dated = await command(
      STAFF,
      'new Auskunft https://caliroots.zendesk.com/agent/tickets/9402 2025-03-03',
    );
    expect(dated.text).toMatch(/^Created: Access for ticket #9402, due 2025-04-03\./);
  });

  it('explains bad input to /privacy new and changes nothing; refuses it to outsiders', async () => {
    expect((await command(STAFF, 'new erasure 9403 2099-01-01')).text).toMatch(/lies in the future/);
    expect((await command(STAFF, 'new erasure 9403 0025-01-01')).text).toMatch(
      /outside the supported years 1970–2999/,
    );
    expect((await command(STAFF, 'new erasure 9403 tomorrow')).text).toMatch(
      /I do not understand "tomorrow"/,
    );
    expect((await command(STAFF, 'new erasure ticket')).text).toMatch(/"ticket" is not a ticket number/);
    expect((await command(STAFF, 'new teleportation 9403')).text).toMatch(/Unknown type "teleportation"/);
    expect((await command(OUTSIDER, 'new erasure 9403')).text).toMatch(/privacy team/);
    expect(await (await h.service()).list({ ticketId: '9403' })).toEqual([]);
  });

  it('/privacy tasks lists mine; "all" lists the team\'s; "overdue" only the late ones, marked', async () => {
    const late = await h.newTask('9410', 'rectification', monthsAgo(3));
    const mine = await h.newTask('9411', 'access');
    const theirs = await h.newTask('9412', 'portability');
    await (await h.service()).act(mine.id, { type: 'assign', assignee: STAFF }, 'test');
    await (await h.service()).act(theirs.id, { type: 'assign', assignee: STAFF_2 }, 'test');

    const own = await command(STAFF, 'tasks');
    expect(own.all).toContain('#9411');
    expect(own.all).not.toContain('#9412');
    expect(own.all).toMatch(/Your open privacy tasks/);

    const all = await command(STAFF, 'tasks all');
    for (const ticket of ['#9410', '#9411', '#9412']) expect(all.all).toContain(ticket);
    expect(all.all).toContain(`<@${STAFF_2}>`);

    const overdue = await command(STAFF_2, 'tasks overdue');
    expect(overdue.all).toContain('#9410');
    expect(overdue.all).toContain('⚠️');
    expect(overdue.all).not.toContain('#9411');
    expect(late.status).toBe('received');

    expect((await command(OUTSIDER, 'tasks all')).text).toMatch(/privacy team/);
  });

  it('a question that starts like a command is still a question', async () => {
    const res = await slashCommand(
      h.bot.server.url,
      h.slack,
      OUTSIDER,
      'new rules: how long do you keep my data?',
    );
    const body = (await res.json()) as { text: string };
    expect(body.text).toMatch(/24 months/);
  });
});

describe('slack: App Home', () => {
  it("shows staff their tasks and the team's by due date with overdue ones marked; others only how to ask", async () => {
    await h.newTask('9420', 'objection', monthsAgo(2));
    const before = h.slack.callsTo('views.publish').length;
    await slackEvent(
      h.bot.server.url,
      { type: 'app_home_opened', user: STAFF, channel: 'DSTAFF', tab: 'home', event_ts: '1.5' },
      'Ev-home-1',
    );
    await waitFor('the home view', () => h.slack.callsTo('views.publish').length > before);
    const staffView = h.slack.callsTo('views.publish').at(-1)?.body;
    expect(staffView?.user_id).toBe(STAFF);
    const text = JSON.stringify(staffView?.view);
    expect(text).toMatch(/My open tasks/);
    expect(text).toMatch(/The team's open tasks/);
    expect(text).toContain('#9420');
    expect(text).toContain('⚠️');
    const team = text.slice(text.indexOf("The team's open tasks"));
    // Soonest due first: the task received two months ago comes before this month's.
    expect(team.indexOf('#9420')).toBeLessThan(team.indexOf('#9411'));
    expect((staffView?.view as { blocks: unknown[] } | undefined)?.blocks.length).toBeLessThanOrEqual(100);

    h.slack.locales.set('UDUTCH', 'nl-NL');
    await slackEvent(
      h.bot.server.url,
      { type: 'app_home_opened', user: 'UDUTCH', channel: 'DOUT', tab: 'home', event_ts: '1.6' },
      'Ev-home-2',
    );
    await waitFor('the outsider home view', () =>
      h.slack.callsTo('views.publish').some((c) => c.body.user_id === 'UDUTCH'),
    );
    const outsiderView = JSON.stringify(
      h.slack.callsTo('views.publish').find((c) => c.body.user_id === 'UDUTCH')?.body.view,
    );
    expect(outsiderView).toMatch(/Stel je vraag over onze privacyverklaring/);
    expect(outsiderView).not.toContain('#9420');
  });
});
