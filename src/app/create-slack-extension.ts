import { randomUUID } from 'node:crypto';
import { webApi } from '@slack/bolt';
import { type Loop, runEvery } from '../adapters/scheduler/run-every.js';
import { createBoltLogger } from '../adapters/slack/create-bolt-logger.js';
import {
  createSlackApp,
  interactiveClientOptions,
  SLACK_EVENTS_PATH,
} from '../adapters/slack/create-slack-app.js';
import { createSlackOutboxHandler } from '../adapters/slack/create-slack-outbox-handler.js';
import { createStaffDirectory } from '../adapters/slack/create-staff-directory.js';
import { createTaskCards } from '../adapters/slack/create-task-cards.js';
import type { SlackDeps } from '../adapters/slack/slack-deps.js';
import type { SlackSettings } from '../adapters/slack/slack-settings.js';
import { createTypeLookup } from '../core/commands/parse-staff-command.js';
import { answerQuestion } from '../core/knowledge/answer-question.js';
import { getSection } from '../core/knowledge/get-section.js';
import { LANGUAGES } from '../core/language/languages.js';
import type { App } from './create-app.js';
import type { ServerContext, ServerExtension } from './server-extension.js';

/** Inbox source of Slack event ids: recorded only so that Slack's retries are recognised. */
export const SLACK_EVENT_SOURCE = 'slack-event';
const FEEDBACK_ERASE_INTERVAL_MS = 3_600_000;

/**
 * The Slack door: Bolt on `POST /slack/events` of the shared server (or Socket Mode with
 * SLACK_APP_TOKEN) for questions, commands, task buttons and App Home, and the `slack` outbox
 * handler for task cards, reminders and digests. Null when SLACK_BOT_TOKEN is not set.
 */
export async function createSlackExtension(
  app: App,
  context: ServerContext,
): Promise<ServerExtension | null> {
  const config = app.config;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) return null;
  const logger = app.logger.child({ component: 'slack' });
  const boltLogger = createBoltLogger(logger);
  const { store } = context;
  const settings: SlackSettings = {
    privacyChannel: config.SLACK_PRIVACY_CHANNEL ?? null,
    privacyUsergroup: config.SLACK_PRIVACY_USERGROUP ?? null,
    staffLocale: config.STAFF_LOCALE,
    defaultLanguage: config.DEFAULT_LANGUAGE,
    zendeskSubdomain: config.ZENDESK_SUBDOMAIN ?? null,
    calendar: { country: config.COUNTRY, timeZone: config.TZ },
  };
  if (!settings.privacyChannel)
    logger.warn('SLACK_PRIVACY_CHANNEL is not set: task cards and channel reminders are not posted');
  if (!settings.privacyChannel && !settings.privacyUsergroup)
    logger.warn(
      'neither SLACK_PRIVACY_CHANNEL nor SLACK_PRIVACY_USERGROUP is set: nobody may act on tasks in Slack',
    );

  const tasks = await app.taskService();
  // Built before the server listens, so the first question does not wait for the index.
  const index = app.knowledge();
  const clientOptions = interactiveClientOptions(config.SLACK_API_URL, boltLogger);
  const directory = createStaffDirectory({
    client: new webApi.WebClient(token, clientOptions),
    settings,
    logger,
  });
  const deps: SlackDeps = {
    settings,
    tasks,
    answer: (question) => answerQuestion(index, question, { fallbackLanguage: config.DEFAULT_LANGUAGE }),
    section: (id, language) => getSection(index, id, language),
    feedback: store,
    directory,
    firstDelivery: async (eventId) =>
      (await store.acceptDelivery({
        source: SLACK_EVENT_SOURCE,
        deliveryId: eventId,
        dedupeKey: `${SLACK_EVENT_SOURCE}:${eventId}`,
        payload: {},
        receivedAt: app.clock.now().toISOString(),
      })) === 'accepted',
    kickOutbox: context.kickOutbox,
    typeOf: createTypeLookup((type) => LANGUAGES.map((l) => app.translate(`tasks:type.${type}`, l))),
    translate: app.translate,
    clock: app.clock,
    logger,
    newId: randomUUID,
  };
  const slack = createSlackApp({
    botToken: token,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    clientOptions,
    boltLogger,
    logger,
    deps,
  });
  const deliver = createSlackOutboxHandler({
    // No retries of its own: the outbox retries with backoff and honours Retry-After.
    client: new webApi.WebClient(token, {
      ...(clientOptions.slackApiUrl && { slackApiUrl: clientOptions.slackApiUrl }),
      logger: boltLogger,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 10_000,
    }),
    tasks,
    cards: createTaskCards(store),
    leases: store,
    worker: context.worker,
    leaseMs: app.config.OUTBOX_LEASE_MS,
    directory,
    settings,
    translate: app.translate,
    clock: app.clock,
    logger,
  });

  let eraseLoop: Loop | undefined;
  return {
    name: 'slack',
    routes: slack.requestListener
      ? [{ method: 'POST', path: SLACK_EVENTS_PATH, raw: slack.requestListener }]
      : [],
    // The event ids need no processing; completing them lets the retention purge prune them.
    inbox: { [SLACK_EVENT_SOURCE]: async () => {} },
    outbox: { slack: deliver },
    async start() {
      await slack.warmUp().catch((error: unknown) => {
        logger.error(
          { err: error },
          'Slack auth.test failed: check SLACK_BOT_TOKEN (xoxb-…, OAuth & Permissions) and SLACK_API_URL; will retry on the first event',
        );
      });
      await slack.start();
      eraseLoop = runEvery(
        'slack-feedback-erase',
        FEEDBACK_ERASE_INTERVAL_MS,
        async () => {
          const erased = await store.eraseExpiredFeedback(app.clock.now().toISOString());
          if (erased > 0) logger.info({ erased }, 'erased expired feedback questions');
          return 0;
        },
        logger,
      );
      eraseLoop.kick();
      logger.info({ mode: slack.mode }, 'slack ready');
    },
    async stop() {
      await eraseLoop?.stop();
      await slack.stop();
    },
  };
}
