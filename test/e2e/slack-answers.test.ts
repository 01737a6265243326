import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../adapters/slack/fake-slack-api.js';
import {
  clickAction,
  OUTSIDER,
  type SlackBot,
  sendToSlack,
  slackEvent,
  slashCommand,
  startSlackBot,
  textOf,
} from '../adapters/slack/slack-harness.js';
import { waitFor } from './zendesk-harness.js';

let fake: FakeSlackApi;
let bot: SlackBot;

beforeAll(async () => {
  fake = new FakeSlackApi();
  await fake.start();
  bot = await startSlackBot({ fake });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

type Block = { type: string; text?: { text: string }; elements?: Array<Record<string, unknown>> };
const buttons = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])) as Array<{
    action_id: string;
    value: string;
  }>;

describe('slack: requests and signatures', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await sendToSlack(
      bot.server.url,
      JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'legacy' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
  });

  it('rejects a forged signature, a wrong secret and a stale timestamp with 401, changing nothing', async () => {
    const before = fake.calls.length;
    const forged = await slashCommand(bot.server.url, fake, OUTSIDER, 'tasks all', {
      signature: 'v0=deadbeef',
    });
    const wrongSecret = await slashCommand(bot.server.url, fake, OUTSIDER, 'help', { secret: 'guessed' });
    const stale = await slashCommand(bot.server.url, fake, OUTSIDER, 'help', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect([forged.status, wrongSecret.status, stale.status]).toEqual([401, 401, 401]);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls.length).toBe(before);
  });
});

describe('slack: policy answers', () => {
  it('/privacy in Dutch answers in Dutch in the acknowledgement itself (no Web API round trip): 24 months after the last interaction, citing §8', async () => {
    const res = await slashCommand(bot.server.url, fake, OUTSIDER, 'Hoe lang bewaren jullie mijn gegevens?');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string; blocks: Block[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/24 maanden/);
    expect(body.text).toMatch(/laatste interactie/);
    expect(body.text).toMatch(/§8 Hoe lang bewaren we uw gegevens\?/);
    const context = body.blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(context)).toMatch(/Bron: §8/);
    expect(buttons(body.blocks).map((b) => b.action_id)).toEqual([
      'answer.section',
      'answer.helpful',
      'answer.unhelpful',
    ]);
  });

  it('answers in English with the Dutch original cited, and hands off a question outside the policy', async () => {
    const english = await slashCommand(bot.server.url, fake, OUTSIDER, 'How long do you keep my data?');
    const answer = (await english.json()) as { text: string; blocks: Block[] };
    expect(answer.text).toMatch(/24 months/);
    expect(JSON.stringify(answer.blocks)).toMatch(/Dutch original, which prevails: §8 Hoe lang/);

    const parcel = await slashCommand(
      bot.server.url,
      fake,
      OUTSIDER,
      'Where is my parcel? It has not arrived.',
    );
    const handOff = (await parcel.json()) as { text: string; blocks: Block[] };
    expect(handOff.text).toMatch(/customer service team will be happy to help/);
    expect(buttons(handOff.blocks).map((b) => b.action_id)).toEqual(['answer.helpful', 'answer.unhelpful']);
  });

  it('answers a mention in its thread, without the mention in the question', async () => {
    const res = await slackEvent(
      bot.server.url,
      {
        type: 'app_mention',
        user: OUTSIDER,
        text: '<@UBOT> Wie lange speichern Sie meine Daten?',
        ts: '1700000100.000200',
        channel: 'CGENERAL',
        event_ts: '1700000100.000200',
      },
      'Ev-mention-1',
    );
    expect(res.status).toBe(200);
    await waitFor('the threaded answer', () =>
      fake.callsTo('chat.postMessage').some((c) => c.body.thread_ts === '1700000100.000200'),
    );
    const reply = fake.callsTo('chat.postMessage').find((c) => c.body.thread_ts === '1700000100.000200');
    expect(reply?.body.channel).toBe('CGENERAL');
    expect(textOf(reply?.body ?? {})).toMatch(/24 Monate/);
    expect(textOf(reply?.body ?? {})).toMatch(/§8/);
  });

  it('answers a direct message in the DM, and ignores Slack retries of the same event', async () => {
    const event = {
      type: 'message',
      channel_type: 'im',
      user: OUTSIDER,
      text: 'Hur länge sparar ni mina uppgifter?',
      ts: '1700000200.000300',
      channel: 'DOUTSIDER',
      event_ts: '1700000200.000300',
    };
    await slackEvent(bot.server.url, event, 'Ev-dm-1');
    await waitFor('the DM answer', () =>
      fake.callsTo('chat.postMessage').some((c) => c.body.channel === 'DOUTSIDER'),
    );
    // Slack retries the same event id (it thought the first delivery timed out).
    const retry = await slackEvent(bot.server.url, event, 'Ev-dm-1', { retryNum: 1 });
    const retry2 = await slackEvent(bot.server.url, event, 'Ev-dm-1', { retryNum: 2 });
    expect([retry.status, retry2.status]).toEqual([200, 200]);
    await new Promise((r) => setTimeout(r, 300));
    const answers = fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'DOUTSIDER');
    expect(answers).toHaveLength(1);
    expect(textOf(answers[0]?.body ?? {})).toMatch(/24 månader/);
    expect(bot.logs()).toMatch(/repeated Slack event ignored/);
  });

  it("ignores the bot's own messages and message edits in the DM", async () => {
    const before = fake.callsTo('chat.postMessage').length;
    await slackEvent(
      bot.server.url,
      {
        type: 'message',
        channel_type: 'im',
        subtype: 'message_changed',
        channel: 'DOUTSIDER',
        ts: '1.1',
        event_ts: '1.1',
      },
      'Ev-edit-1',
    );
    await slackEvent(
      bot.server.url,
      {
        type: 'message',
        channel_type: 'im',
        bot_id: 'BBOT',
        user: 'UBOT',
        text: 'an answer',
        channel: 'DOUTSIDER',
        ts: '1.2',
        event_ts: '1.2',
      },
      'Ev-self-1',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.callsTo('chat.postMessage').length).toBe(before);
  });

  it("shows the whole section in a modal in the answer's language", async () => {
    const res = await slashCommand(bot.server.url, fake, OUTSIDER, 'Hoe lang bewaren jullie mijn gegevens?');
    const body = (await res.json()) as { blocks: Block[] };
    const show = buttons(body.blocks).find((b) => b.action_id === 'answer.section');
    const click = await clickAction(bot.server.url, fake, OUTSIDER, {
      type: 'button',
      action_id: 'answer.section',
      value: show?.value,
    });
    expect(click.status).toBe(200);
    await waitFor('the section modal', () => fake.callsTo('views.open').length > 0);
    const view = fake.callsTo('views.open').at(-1)?.body.view as { blocks: Block[]; title: { text: string } };
    expect(view.title.text).toBe('Privacyverklaring');
    const text = JSON.stringify(view.blocks);
    expect(text).toMatch(/§8 Hoe lang bewaren we uw gegevens\?/);
    expect(text).toMatch(/24 maanden/);
    expect(text).toMatch(/zo lang u een account hebt/);
  });

  it('stores helpful / not-helpful votes, one per answer and person, without the question', async () => {
    const res = await slashCommand(
      bot.server.url,
      fake,
      OUTSIDER,
      'Hoe lang bewaren jullie de gegevens van jan.jansen@example.nl?',
    );
    const body = (await res.json()) as { blocks: Block[] };
    const helpful = buttons(body.blocks).find((b) => b.action_id === 'answer.helpful');
    const unhelpful = buttons(body.blocks).find((b) => b.action_id === 'answer.unhelpful');
    // The question is neither in the button value (sent back to Slack with every click) nor stored.
    expect(helpful?.value).not.toMatch(/jan\.jansen|bewaren|gegevens/);
    const store = await bot.app.store();
    await clickAction(bot.server.url, fake, OUTSIDER, {
      type: 'button',
      action_id: 'answer.helpful',
      value: helpful?.value,
    });
    await waitFor('the vote', async () => (await store.listFeedback({ limit: 10 })).length === 1);
    await clickAction(bot.server.url, fake, OUTSIDER, {
      type: 'button',
      action_id: 'answer.unhelpful',
      value: unhelpful?.value,
    });
    await waitFor(
      'the changed vote',
      async () => (await store.listFeedback({ limit: 10 }))[0]?.helpful === false,
    );
    await clickAction(bot.server.url, fake, 'USOMEONE', {
      type: 'button',
      action_id: 'answer.helpful',
      value: helpful?.value,
    });
    await waitFor('a second voter', async () => (await store.listFeedback({ limit: 10 })).length === 2);
    // A button posted before questions were dropped still carries one: it is not stored.
    const legacy = { ...JSON.parse(helpful?.value ?? '{}'), q: 'Hoe lang, vraagt Jan Jansen?' };
    await clickAction(bot.server.url, fake, 'ULEGACY', {
      type: 'button',
      action_id: 'answer.helpful',
      value: JSON.stringify(legacy),
    });
    await waitFor('a legacy vote', async () => (await store.listFeedback({ limit: 10 })).length === 3);
    const votes = await store.listFeedback({ limit: 10 });
    expect(votes.map((v) => v.helpful).sort()).toEqual([false, true, true]);
    for (const vote of votes) {
      expect(vote).toMatchObject({ answered: true, sectionId: '8', language: 'nl', source: 'slack' });
      expect(vote.question).toBeNull();
      expect(Date.parse(vote.expiresAt) - Date.parse(vote.at)).toBe(90 * 86_400_000);
    }
    await waitFor('the thanks', () =>
      fake.callsTo('respond').some((c) => /feedback helpen|met je feedback/.test(String(c.body.text))),
    );
  });

  it("/privacy help (and an empty /privacy) reply with the commands in the asker's Slack language", async () => {
    fake.locales.set('USWEDE', 'sv-SE');
    const res = await slashCommand(bot.server.url, fake, 'USWEDE', 'help');
    expect(res.status).toBe(200);
    await waitFor('the help text', () =>
      fake.callsTo('respond').some((c) => /Integritetsassistent/.test(String(c.body.text))),
    );
    const empty = await slashCommand(bot.server.url, fake, OUTSIDER, '');
    expect(empty.status).toBe(200);
    await waitFor('the English help', () =>
      fake.callsTo('respond').some((c) => /`\/privacy tasks all`: all open tasks/.test(String(c.body.text))),
    );
  });
});
