import type { RequestListener } from 'node:http';
import { App, type AuthorizeResult, type Logger as BoltLogger, HTTPReceiver, webApi } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';
import { dedupeEvents } from './listeners/dedupe-events.js';
import { registerAnswerActions } from './listeners/register-answer-actions.js';
import { registerHome } from './listeners/register-home.js';
import { registerPrivacyCommand } from './listeners/register-privacy-command.js';
import { registerQuestions } from './listeners/register-questions.js';
import { registerTaskActions } from './listeners/register-task-actions.js';
import { registerTaskModals } from './listeners/register-task-modals.js';
import type { SlackDeps } from './slack-deps.js';

/** Where Slack sends events, commands and interactivity in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAppOptions {
  botToken: string;
  /** HTTP mode: requests are verified with it (HMAC v0, 5-minute window). */
  signingSecret?: string;
  /** Socket Mode (xapp-…): no public URL needed. Takes precedence over HTTP mode. */
  appToken?: string;
  /** Client used inside listeners: bounded retries, see `interactiveClientOptions`. */
  clientOptions: webApi.WebClientOptions;
  boltLogger: BoltLogger;
  logger: Logger;
  deps: SlackDeps;
}

export interface SlackApp {
  app: App;
  mode: 'http' | 'socket';
  /** The HTTP handler for POST /slack/events (HTTP mode only). */
  requestListener: RequestListener | null;
  /** Resolves the bot's identity (auth.test) ahead of the first event; throws on a bad token. */
  warmUp(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Web API options for calls made while someone waits (Slack's 3 seconds, a modal's trigger): a
 * couple of quick retries and no waiting out a rate limit, instead of the client's default of
 * ten retries over half an hour.
 */
export function interactiveClientOptions(
  apiUrl: string | undefined,
  logger: BoltLogger,
): webApi.WebClientOptions {
  return {
    ...(apiUrl && { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` }),
    logger,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 800, randomize: true },
    rejectRateLimitedCalls: true,
    timeout: 5_000,
  };
}

/**
 * The Bolt app with every listener registered. The bot's identity comes from one `auth.test`,
 * remembered once it succeeds (a failure is retried on the next event rather than cached).
 */
export function createSlackApp(opts: SlackAppOptions): SlackApp {
  const identityClient = new webApi.WebClient(opts.botToken, opts.clientOptions);
  let identity: Promise<AuthorizeResult> | null = null;
  const authorize = async (): Promise<AuthorizeResult> => {
    identity ??= identityClient.auth.test().then(
      (r) => ({ botToken: opts.botToken, botId: r.bot_id, botUserId: r.user_id, teamId: r.team_id }),
      (error: unknown) => {
        identity = null;
        throw error;
      },
    );
    return identity;
  };

  const socket = Boolean(opts.appToken);
  const receiver =
    socket || !opts.signingSecret
      ? null
      : new HTTPReceiver({
          signingSecret: opts.signingSecret,
          endpoints: SLACK_EVENTS_PATH,
          logger: opts.boltLogger,
          // Slack sends at most a few kilobytes; a modal submission with long reasons stays far below this.
          bodyLimit: 1024 * 1024,
        });
  if (!socket && !receiver)
    throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  const app = new App({
    authorize,
    logger: opts.boltLogger,
    clientOptions: opts.clientOptions,
    ...(receiver ? { receiver } : { socketMode: true, appToken: opts.appToken }),
  });
  app.error(async (error) => {
    opts.logger.error({ err: error }, 'slack listener failed');
  });

  dedupeEvents(app, opts.deps);
  registerPrivacyCommand(app, opts.deps);
  registerQuestions(app, opts.deps);
  registerAnswerActions(app, opts.deps);
  registerTaskActions(app, opts.deps);
  registerTaskModals(app, opts.deps);
  registerHome(app, opts.deps);

  return {
    app,
    mode: socket ? 'socket' : 'http',
    requestListener: receiver ? receiver.requestListener : null,
    async warmUp() {
      await authorize();
    },
    async start() {
      if (socket) await app.start();
    },
    async stop() {
      if (socket) await app.stop();
    },
  };
}
