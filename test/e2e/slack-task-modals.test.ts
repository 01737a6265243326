import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, elementsOf, OUTSIDER, STAFF, STAFF_2, submitView } from '../adapters/slack/slack-harness.js';
import { startTaskBot, type TaskBot } from '../adapters/slack/task-harness.js';
import { waitFor } from './zendesk-harness.js';

let h: TaskBot;
beforeAll(async () => {
  h = await startTaskBot();
});
afterAll(async () => {
  await h?.stop();
});

type View = { callback_id: string; private_metadata: string; blocks: unknown[]; title: { text: string } };

/** Clicks the button and returns the modal the bot opened for it. */
async function openModal(task: Parameters<TaskBot['click']>[0], actionId: string): Promise<View> {
  const before = h.slack.callsTo('views.open').length;
  await h.click(task, STAFF, actionId);
  await waitFor('the modal', () => h.slack.callsTo('views.open').length > before);
  const call = h.slack.callsTo('views.open').at(-1);
  expect(call?.body.trigger_id).toMatch(/^trigger-/);
  return call?.body.view as View;
}

const reasonValues = (reason: string, box: string, ticked: boolean) => ({
  reason: { reason: { type: 'plain_text_input', value: reason } },
  [box]: { [box]: { type: 'checkboxes', selected_options: ticked ? [{ value: 'yes' }] : [] } },
});

describe('slack: Extend and Refuse modals', () => {
  it('Extend asks the reason, records the one extension with the notice, and updates the card', async () => {
    const task = await h.newTask('9301', 'access');
    const view = await openModal(task, 'task.extend');
    expect(view.callback_id).toBe('task.extend');
    expect(view.title.text).toBe('Extend the deadline');
    expect(JSON.stringify(view.blocks)).toMatch(
      /The first month ends .*; the extended deadline would be \d{4}-\d{2}-\d{2}/,
    );

    const tooShort = await submitView(h.bot.server.url, STAFF, {
      callback_id: 'task.extend',
      private_metadata: view.private_metadata,
      values: reasonValues('x', 'notice', true),
    });
    expect(await tooShort.json()).toEqual({
      response_action: 'errors',
      errors: { reason: 'Give a reason of 3 to 500 characters.' },
    });
    expect((await h.current(task)).extension).toBeNull();

    const ok = await submitView(h.bot.server.url, STAFF, {
      callback_id: 'task.extend',
      private_metadata: view.private_metadata,
      values: reasonValues('Data spread over six systems', 'notice', true),
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('');
    const extended = await h.current(task);
    expect(extended.extension).toMatchObject({
      reason: 'Data spread over six systems',
      by: `slack:${STAFF}`,
    });
    expect(extended.extension?.noticeSentAt).not.toBeNull();
    expect(extended.due > task.due).toBe(true);
    await h.waitForCard(task, /Extended on .* the requester has been told/);
    expect(await h.cardText(task)).not.toContain('six systems');
    expect(await h.cardText(task)).toContain(extended.due);

    // The GDPR allows one extension: a second is refused inside the modal.
    const again = await submitView(h.bot.server.url, STAFF, {
      callback_id: 'task.extend',
      private_metadata: view.private_metadata,
      values: reasonValues('Still complex', 'notice', false),
    });
    expect(await again.json()).toEqual({
      response_action: 'errors',
      errors: { reason: 'This task has already been extended; the GDPR allows one extension.' },
    });
  });

  it('an extension without notice shows the reminder and the "notice sent" button, which records it', async () => {
    const task = await h.newTask('9302', 'portability');
    const view = await openModal(task, 'task.extend');
    await submitView(h.bot.server.url, STAFF, {
      callback_id: 'task.extend',
      private_metadata: view.private_metadata,
      values: reasonValues('Many requests this month', 'notice', false),
    });
    await h.waitForCard(task, /has not been told yet/);
    await h.click(task, STAFF, 'task.notice');
    await waitFor('the notice', async () => (await h.current(task)).extension?.noticeSentAt != null);
    await h.waitForCard(task, /the requester has been told/);
  });

  it('Refuse records the reason and whether the right to complain was told, and closes the card', async () => {
    const task = await h.newTask('9303', 'erasure');
    const view = await openModal(task, 'task.refuse');
    expect(JSON.stringify(view.blocks)).toMatch(/Before refusing, make sure of these steps/);
    const res = await submitView(h.bot.server.url, STAFF, {
      callback_id: 'task.refuse',
      private_metadata: view.private_metadata,
      values: reasonValues('Invoices must be kept for seven years (Zweistein rule)', 'complaint', true),
    });
    expect(res.status).toBe(200);
    expect(await h.current(task)).toMatchObject({
      status: 'refused',
      refusal: {
        reason: 'Invoices must be kept for seven years (Zweistein rule)',
        complaintRightNotified: true,
      },
    });
    await h.waitForCard(task, /was told of the right to complain/);
    expect(await h.cardText(task)).not.toContain('Zweistein');
  });

  it('refuses a modal submission from outside the privacy team, and ignores forged metadata', async () => {
    const task = await h.newTask('9304', 'restriction');
    const view = await openModal(task, 'task.refuse');
    const outsider = await submitView(h.bot.server.url, OUTSIDER, {
      callback_id: 'task.refuse',
      private_metadata: view.private_metadata,
      values: reasonValues('No reason', 'complaint', false),
    });
    expect(await outsider.json()).toMatchObject({ response_action: 'errors' });
    const forged = await submitView(h.bot.server.url, STAFF, {
      callback_id: 'task.refuse',
      private_metadata: '{"nope":1}',
      values: reasonValues('No reason', 'complaint', false),
    });
    expect(await forged.json()).toMatchObject({ response_action: 'errors' });
    expect((await h.current(task)).status).toBe('received');
  });

  it('offers no Refuse on an objection card, and a forged refusal of one is refused with the reason', async () => {
    const task = await h.newTask('9305', 'objection');
    const card = await cardOf(h.bot, h.slack, task.id);
    const actions = elementsOf(card?.message ?? null).map((e) => e.action_id);
    expect(actions).toContain('task.complete');
    expect(actions).not.toContain('task.refuse');
    const res = await submitView(h.bot.server.url, STAFF, {
      callback_id: 'task.refuse',
      private_metadata: JSON.stringify({ t: task.id }),
      values: reasonValues('We have a legitimate interest', 'complaint', false),
    });
    expect(JSON.stringify(await res.json())).toContain('cannot be refused');
    expect((await h.current(task)).status).toBe('received');
  });

  it("opens Extend and Refuse in the clicker's Slack language, like the refusals inside them", async () => {
    h.slack.locales.set(STAFF_2, 'de-DE');
    const task = await h.newTask('9306', 'access');
    for (const [action, title] of [
      ['task.extend', 'Frist verlängern'],
      ['task.refuse', 'Anfrage ablehnen'],
    ] as const) {
      const before = h.slack.callsTo('views.open').length;
      await h.click(task, STAFF_2, action);
      await waitFor('the modal', () => h.slack.callsTo('views.open').length > before);
      const view = h.slack.callsTo('views.open').at(-1)?.body.view as View;
      expect(JSON.stringify(view.title)).toContain(title);
    }
  });
});
