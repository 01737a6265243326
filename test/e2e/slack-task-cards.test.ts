import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../src/core/tasks/task.js';
import { OPEN_CARD_ACTIONS } from '../adapters/slack/slack-fixtures.js';
import {
  cardOf,
  elementsOf,
  OUTSIDER,
  PRIVACY_CHANNEL,
  STAFF,
  textOf,
} from '../adapters/slack/slack-harness.js';
import { startTaskBot, type TaskBot } from '../adapters/slack/task-harness.js';
import { deliver, waitFor } from './zendesk-harness.js';

let h: TaskBot;
beforeAll(async () => {
  h = await startTaskBot();
});
afterAll(async () => {
  await h?.stop();
});

describe('slack: task cards', () => {
  it('posts a card for a ticket from Zendesk with no e-mail, name or ticket text in any Slack message', async () => {
    const res = await deliver(h.bot.server.url, '{"ticket_id": "9001"}');
    expect(res.status).toBe(202);
    await waitFor(
      'the erasure task',
      async () => (await (await h.service()).list({ ticketId: '9001' })).length === 1,
    );
    const [task] = await (await h.service()).list({ ticketId: '9001' });
    await waitFor('its card', async () => (await cardOf(h.bot, h.slack, (task as Task).id)) !== null);
    const card = await cardOf(h.bot, h.slack, (task as Task).id);
    expect(card?.ref.channel).toBe(PRIVACY_CHANNEL);
    const text = textOf(card?.message ?? {});
    expect(text).toContain('Erasure');
    expect(text).toContain('<https://caliroots.zendesk.com/agent/tickets/9001|#9001>');
    expect(text).toContain('2025-04-04');
    expect(text).toMatch(/overdue by \d+ days/);
    expect(String(card?.message?.text)).toMatch(/^Privacy request: Erasure · #9001 · 2025-04-04/);
    expect(elementsOf(card?.message ?? null).map((e) => e.action_id)).toEqual(
      expect.arrayContaining(OPEN_CARD_ACTIONS),
    );
    // The customer's details and words stay in Zendesk.
    const everything = JSON.stringify(h.slack.calls).toLowerCase();
    for (const secret of [
      'lotte',
      'vries',
      'example.nl',
      'account verwijderen',
      'persoonsgegevens',
      'vriendelijke',
    ])
      expect(everything).not.toContain(secret);
    expect(h.bot.logs().toLowerCase()).not.toContain('lotte.de.vries');
  });

  it('Claim assigns the task to the clicker and starts it, audits it, updates the card in place and notes it in Zendesk', async () => {
    const task = await h.newTask('9201', 'access');
    const before = await cardOf(h.bot, h.slack, task.id);
    const notesBefore = h.zendesk.updates(9201).length;
    await h.click(task, STAFF, 'task.claim');
    await h.waitForVersion(task, 3);
    expect(await h.current(task)).toMatchObject({ assignee: STAFF, status: 'in_progress' });
    const audit = await (await h.service()).audit(task.id);
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['created', 'test'],
      ['assign', `slack:${STAFF}`],
      ['start', `slack:${STAFF}`],
    ]);
    await h.waitForCard(task, new RegExp(`<@${STAFF}>`));
    const after = await cardOf(h.bot, h.slack, task.id);
    expect(after?.ref).toEqual(before?.ref);
    expect(h.slack.callsTo('chat.postMessage').filter((c) => textOf(c.body).includes('#9201'))).toHaveLength(
      1,
    );
    expect(textOf(after?.message ?? {})).toContain('in progress');
    await waitFor('the Zendesk note of the change', () => h.zendesk.updates(9201).length > notesBefore);
  });

  it('refuses task actions to someone outside the privacy team, politely and in their language', async () => {
    const task = await h.newTask('9202', 'erasure');
    h.slack.locales.set(OUTSIDER, 'de-DE');
    await h.click(task, OUTSIDER, 'task.claim');
    await waitFor('the refusal', () =>
      h.slack.callsTo('respond').some((c) => /nur das Datenschutzteam/.test(String(c.body.text))),
    );
    const refusal = h.slack
      .callsTo('respond')
      .find((c) => /nur das Datenschutzteam/.test(String(c.body.text)));
    expect(refusal?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(await h.current(task)).toMatchObject({ version: 1, assignee: null, status: 'received' });
  });

  it('pauses for the requester, resumes on "Identity verified", and ticks that checklist item', async () => {
    const task = await h.newTask('9203', 'access');
    await h.click(task, STAFF, 'task.pause', (v) => v.endsWith('|identity'));
    await h.waitForVersion(task, 2);
    expect((await h.current(task)).status).toBe('awaiting_identity');
    await h.waitForCard(task, /paused: the clock stands still/);
    expect(
      elementsOf((await cardOf(h.bot, h.slack, task.id))?.message ?? null).map((e) => e.action_id),
    ).toContain('task.resume');
    await h.click(task, STAFF, 'task.verify');
    await h.waitForVersion(task, 3);
    const verified = await h.current(task);
    expect(verified.status).toBe('in_progress');
    expect(verified.pauses).toHaveLength(1);
    expect(verified.pauses[0]?.to).not.toBeNull();
    expect(verified.checklist.find((i) => i.id === 'verify-identity')).toMatchObject({
      done: true,
      doneBy: `slack:${STAFF}`,
    });
    await h.waitForCard(task, /✅ ~Verify the requester/);
  });

  it('refuses Complete until the checklist is done, then completes and closes the card', async () => {
    const task = await h.newTask('9204', 'rectification');
    await h.click(task, STAFF, 'task.claim');
    await h.waitForVersion(task, 3);
    await h.click(task, STAFF, 'task.complete');
    await waitFor('the checklist refusal', () =>
      h.slack
        .callsTo('respond')
        .some((c) =>
          /The checklist is not done yet; still open: Verify the requester's identity/.test(
            String(c.body.text),
          ),
        ),
    );
    for (const item of (await h.current(task)).checklist) {
      const version = (await h.current(task)).version;
      await h.click(task, STAFF, `task.check:${item.id}`);
      await h.waitForVersion(task, version + 1);
      await waitFor(
        'the card to show the tick',
        async () =>
          !elementsOf((await cardOf(h.bot, h.slack, task.id))?.message ?? null).some(
            (e) => e.action_id === `task.check:${item.id}` && JSON.parse(e.value ?? '{}').d === true,
          ),
      );
    }
    await h.click(task, STAFF, 'task.complete');
    await waitFor('completion', async () => (await h.current(task)).status === 'completed');
    await h.waitForCard(task, /completed/);
    expect(elementsOf((await cardOf(h.bot, h.slack, task.id))?.message ?? null)).toEqual([]);
  });
});
