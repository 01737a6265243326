import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import { answerMessage, helpMessage } from './answer-message.js';

/** `help` alone, in any of the four languages, asks for the help text rather than the policy. */
const HELP = /^(help|hulp|hjälp|hilfe|\?)$/i;

/** Strips the bot's own mention (`<@U123>` or `<@U123|name>`) from a message. */
function withoutMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Questions asked by mentioning the bot (answered in the message's thread) or in a direct message
 * to it (answered there). Anyone in the workspace may ask.
 */
export function registerQuestions(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    const question = withoutMention(event.text ?? '', context.botUserId);
    const reply =
      !question || HELP.test(question)
        ? helpMessage(
            deps,
            event.user ? await deps.directory.localeOf(event.user) : deps.settings.staffLocale,
          )
        : answerMessage(deps, question, 'mention');
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      ...reply,
      unfurl_links: false,
    });
  });

  app.message(async ({ message, context, client }) => {
    // Only what a person typed in the bot's DM: no edits, joins, bot posts or file shares.
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    const question = withoutMention(message.text ?? '', context.botUserId);
    const reply =
      !question || HELP.test(question)
        ? helpMessage(deps, await deps.directory.localeOf(message.user))
        : answerMessage(deps, question, 'dm');
    await client.chat.postMessage({
      channel: message.channel,
      // A question asked in a thread of the DM is answered in that thread.
      ...(message.thread_ts && { thread_ts: message.thread_ts }),
      ...reply,
      unfurl_links: false,
    });
  });
}
