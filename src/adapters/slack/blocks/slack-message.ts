import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type View = types.View;

/** A message or view body: Block Kit plus the plain `text` Slack shows in notifications and old clients. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack refuses more than 50 blocks in a message (100 in a Home tab or modal). */
export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_VIEW_BLOCKS = 100;

export const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
export const markdown = (text: string) => ({ type: 'mrkdwn' as const, text });
