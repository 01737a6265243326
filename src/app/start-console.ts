import { userInfo } from 'node:os';
import { createConsoleHandler } from '../adapters/console/create-console-handler.js';
import { runConsole } from '../adapters/console/run-console.js';
import { prepareDigest } from '../core/digest/send-digest.js';
import { answerQuestion } from '../core/knowledge/answer-question.js';
import { hideUrlSecrets } from './check-config.js';
import type { App } from './create-app.js';
import type { Config } from './load-config.js';

export interface ConsoleStreams {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

/** With neither Slack nor Zendesk configured there is no door but the console. */
export function isConsoleMode(config: Config): boolean {
  return !config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.ZENDESK_API_TOKEN;
}

/** Who is at the keyboard, as an actor id: `console:<os user>`. */
function consoleUser(): string {
  try {
    return `console:${userInfo().username}`;
  } catch {
    return 'console:unknown';
  }
}

/**
 * `serve` on the console (like Hubot's shell adapter): questions and `/privacy`-style commands from
 * standard input, answers on standard output, tasks in the configured store (embedded SQLite by
 * default). Logs stay on standard error. Returns the exit code once input ends.
 */
export async function startConsole(app: App, io: ConsoleStreams): Promise<number> {
  const config = app.config;
  const index = app.knowledge();
  const store = await app.store();
  const tasks = await app.taskService();
  const calendar = { country: config.COUNTRY, timeZone: config.TZ };
  const locale = config.STAFF_LOCALE;
  const t = (key: string, vars?: Record<string, unknown>) => app.translate(`console:${key}`, locale, vars);
  const logger = app.logger.child({ component: 'console' });
  const handle = createConsoleHandler({
    answer: (question) => answerQuestion(index, question, { fallbackLanguage: config.DEFAULT_LANGUAGE }),
    translationNotice: (language) => (language === 'nl' ? null : index.knowledge.translationNotice[language]),
    tasks,
    playbooks: app.playbooks(),
    digest: () =>
      prepareDigest({ store, calendar, digestTime: config.DIGEST_TIME }, app.clock.now().toISOString()),
    translate: app.translate,
    staffLocale: locale,
    defaultLanguage: config.DEFAULT_LANGUAGE,
    user: consoleUser(),
    clock: app.clock,
    logger,
  });
  const interactive = (io.stdin as { isTTY?: boolean }).isTTY === true;
  logger.debug({ interactive, store: store.kind }, 'console started');
  const handled = await runConsole(
    {
      input: io.stdin,
      output: io.stdout,
      interactive,
      welcome: t('welcome', { store: hideUrlSecrets(config.DATABASE_URL) }),
      prompt: t('prompt'),
      bye: t('bye'),
    },
    handle,
  );
  logger.debug({ lines: handled }, 'console input ended');
  return 0;
}
