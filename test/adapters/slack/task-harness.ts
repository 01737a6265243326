import { expect } from 'vitest';
import type { Task } from '../../../src/core/tasks/task.js';
import { SECRET, seedTickets, tempDatabase, waitFor } from '../../e2e/zendesk-harness.js';
import { FakeZendesk } from '../zendesk/fake-zendesk-server.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { cardOf, clickAction, elementsOf, type SlackBot, startSlackBot, textOf } from './slack-harness.js';

/** The bot with Slack and Zendesk both on loopback fakes, on a temporary SQLite file. */
export async function startTaskBot(env: Record<string, string> = {}) {
  const slack = new FakeSlackApi();
  await slack.start();
  const zendesk = new FakeZendesk();
  const zendeskUrl = await zendesk.start();
  seedTickets(zendesk);
  const db = tempDatabase();
  const bot: SlackBot = await startSlackBot({
    fake: slack,
    databaseUrl: db.url,
    env: {
      ZENDESK_SUBDOMAIN: 'caliroots',
      ZENDESK_API_URL: zendeskUrl,
      ZENDESK_EMAIL: 'bot@caliroots.example',
      ZENDESK_API_TOKEN: 'zendesk-token',
      ZENDESK_WEBHOOK_SECRET: SECRET,
      ...env,
    },
  });
  const service = () => bot.app.taskService();
  const current = async (task: Task) => (await (await service()).get(task.id)) as Task;

  return {
    slack,
    zendesk,
    bot,
    service,
    current,
    async stop() {
      await bot.stop();
      await slack.stop();
      await zendesk.stop();
      db.remove();
    },
    /** A task for a new ticket (with its own requester), once its card is posted. */
    async newTask(ticketId: string, type: Task['type'], receivedAt = new Date().toISOString()) {
      zendesk.addTicket({ id: Number(ticketId), subject: 'Privacy', description: 'A request.' });
      const { created } = await (await service()).createTasks({
        source: 'zendesk',
        ticketId,
        types: [type],
        receivedAt,
        requester: { email: `requester-${ticketId}@example.com`, zendeskUserId: ticketId },
        language: 'en',
        actor: 'test',
      });
      const task = created[0] as Task;
      await waitFor(`the card of ${ticketId}`, async () => (await cardOf(bot, slack, task.id)) !== null);
      return task;
    },
    /** Clicks an element of the task's card as `user` (a select picks the option `pick` accepts). */
    async click(task: Task, user: string, actionId: string, pick?: (value: string) => boolean) {
      const card = await cardOf(bot, slack, task.id);
      const element = elementsOf(card?.message ?? null).find((e) => e.action_id?.startsWith(actionId));
      if (!element) throw new Error(`no ${actionId} on the card: ${JSON.stringify(card?.message)}`);
      const option = element.options?.find((o) => (pick ? pick(o.value) : true));
      const action = option
        ? { type: 'static_select', action_id: element.action_id, selected_option: { value: option.value } }
        : { type: 'button', action_id: element.action_id, value: element.value };
      const res = await clickAction(bot.server.url, slack, user, action, card?.ref);
      expect(res.status).toBe(200);
    },
    cardText: async (task: Task) => textOf((await cardOf(bot, slack, task.id))?.message ?? {}),
    waitForVersion: (task: Task, version: number) =>
      waitFor(`task version ${version}`, async () => (await current(task)).version >= version),
    async waitForCard(task: Task, pattern: RegExp) {
      await waitFor(`the card to show ${pattern}`, async () =>
        pattern.test(textOf((await cardOf(bot, slack, task.id))?.message ?? {})),
      );
    },
  };
}

export type TaskBot = Awaited<ReturnType<typeof startTaskBot>>;
