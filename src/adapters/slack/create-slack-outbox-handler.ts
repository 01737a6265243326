import type { webApi } from '@slack/bolt';
import type { OutboxHandler } from '../../core/delivery/deliver-outbox.js';
import { withExclusiveLease } from '../../core/delivery/with-exclusive-lease.js';
import type { Clock } from '../../core/ports/clock.js';
import type { CoordinationStore } from '../../core/ports/coordination-store.js';
import type { Logger } from '../../core/ports/logger.js';
import { DeliveryError, type OutboxMessage } from '../../core/ports/outbox.js';
import type { Translate } from '../../core/ports/translate.js';
import type { Reminder } from '../../core/reminders/reminder.js';
import type { Playbooks } from '../../core/tasks/playbooks.js';
import { isOpenStatus, type Task } from '../../core/tasks/task.js';
import { isPaused } from '../../core/tasks/task-deadline.js';
import { renderDigest } from './blocks/render-digest.js';
import { renderReminder } from './blocks/render-reminder.js';
import { renderTaskCard } from './blocks/render-task-card.js';
import type { SlackMessage } from './blocks/slack-message.js';
import type { StaffDirectory } from './create-staff-directory.js';
import type { TaskCards } from './create-task-cards.js';
import { digestPayload, reminderPayload, taskMessagePayload } from './outbox-payloads.js';
import type { SlackSettings } from './slack-settings.js';
import { slackErrorCode, toDeliveryError } from './to-delivery-error.js';

export interface SlackOutboxDeps {
  /** A client without its own retries: the outbox retries, honouring Retry-After. */
  client: webApi.WebClient;
  tasks: { get(id: string): Promise<Task | null>; playbooks: Playbooks };
  cards: TaskCards;
  /** Serialises the card of one task across workers and replicas (no two first posts). */
  leases: Pick<CoordinationStore, 'acquireLease' | 'releaseLease'>;
  worker: string;
  /** As long as the outbox claim (OUTBOX_LEASE_MS): a dead worker's card lease lapses with its claim. */
  leaseMs: number;
  directory: Pick<StaffDirectory, 'localeOf'>;
  settings: SlackSettings;
  translate: Translate;
  clock: Clock;
  logger: Logger;
}

/** The card is gone (deleted by someone): post a new one. */
const CARD_GONE = new Set(['message_not_found', 'channel_not_found', 'cant_update_message']);

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  message: OutboxMessage,
): T {
  const parsed = schema.safeParse(message.payload);
  if (!parsed.success) throw new DeliveryError(`malformed ${message.kind} payload`, { permanent: true });
  return parsed.data;
}

/**
 * Delivers the `slack` outbox: task cards (posted on `task.created`, updated in place on every
 * `task.changed`, always rendered from the task as stored now), reminders and digests. Web API
 * failures become `DeliveryError`s, so a Slack outage or a 429 delays messages but loses none.
 */
export function createSlackOutboxHandler(deps: SlackOutboxDeps): OutboxHandler {
  const { client, settings, logger } = deps;
  const now = () => deps.clock.now().toISOString();

  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw toDeliveryError(error);
    }
  };
  const post = (channel: string, message: SlackMessage, extra: Record<string, unknown> = {}) =>
    call(() =>
      client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false, ...extra }),
    );

  async function syncCard(taskId: string): Promise<void> {
    const channel = settings.privacyChannel;
    if (!channel) return;
    const lease = { leases: deps.leases, holder: deps.worker, now: now(), ttlMs: deps.leaseMs };
    await withExclusiveLease(`slack-card:${taskId}`, lease, async () => {
      const task = await deps.tasks.get(taskId);
      if (!task) {
        logger.warn({ taskId }, 'task of a card message no longer exists');
        return;
      }
      const message = renderTaskCard(task, {
        settings,
        playbooks: deps.tasks.playbooks,
        translate: deps.translate,
        now: now(),
      });
      const ref = await deps.cards.get(taskId);
      if (ref) {
        try {
          await client.chat.update({ channel: ref.channel, ts: ref.ts, ...message });
          return;
        } catch (error) {
          if (!CARD_GONE.has(slackErrorCode(error) ?? '')) throw toDeliveryError(error);
          logger.info({ taskId }, 'task card was deleted; posting a new one');
        }
      }
      const posted = await post(channel, message);
      if (posted.channel && posted.ts)
        await deps.cards.set(taskId, { channel: posted.channel, ts: posted.ts });
    });
  }

  async function permalink(taskId: string): Promise<string | null> {
    const ref = await deps.cards.get(taskId);
    if (!ref) return null;
    try {
      const result = await client.chat.getPermalink({ channel: ref.channel, message_ts: ref.ts });
      return result.permalink ?? null;
    } catch {
      return null;
    }
  }

  async function remind(reminder: Reminder): Promise<void> {
    const task = await deps.tasks.get(reminder.taskId);
    // Selected a moment ago, but the task may have closed or paused since: a stale nudge only confuses.
    if (!task || !isOpenStatus(task.status) || isPaused(task)) {
      logger.debug(
        { taskId: reminder.taskId, point: reminder.point },
        'reminder dropped: task no longer running',
      );
      return;
    }
    const toUser = reminder.recipient.type === 'user' ? reminder.recipient.id : null;
    const channel = toUser ?? settings.privacyChannel;
    if (!channel) return;
    const language = toUser ? await deps.directory.localeOf(toUser) : settings.staffLocale;
    const message = renderReminder(reminder, {
      settings,
      translate: deps.translate,
      language,
      cardUrl: await permalink(reminder.taskId),
    });
    // In the channel, a reminder answers the task's card (and shows in the channel too).
    const card = toUser ? null : await deps.cards.get(reminder.taskId);
    await post(
      channel,
      message,
      card && card.channel === channel ? { thread_ts: card.ts, reply_broadcast: true } : {},
    );
  }

  return async (message) => {
    switch (message.kind) {
      case 'task.created':
      case 'task.changed':
        return syncCard(parse(taskMessagePayload, message).taskId);
      case 'reminder':
        return remind(parse(reminderPayload, message).reminder);
      case 'digest': {
        const { digest, recipient } = parse(digestPayload, message);
        const language =
          recipient.type === 'user' ? await deps.directory.localeOf(recipient.id) : settings.staffLocale;
        await post(recipient.id, renderDigest(digest, { settings, translate: deps.translate, language }));
        return;
      }
      default:
        throw new DeliveryError(`unknown slack message kind ${message.kind}`, { permanent: true });
    }
  };
}
