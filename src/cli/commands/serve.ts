import { z } from 'zod';
import { createServeExtensions } from '../../app/create-serve-extensions.js';
import { isConsoleMode, startConsole } from '../../app/start-console.js';
import { startServer } from '../../app/start-server.js';
import { type CliCommand, CliError } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';

const USAGE = 'privacy-assistant serve [--port <n>] [--host <address>]';

/** Resolves on the first SIGTERM or SIGINT (the orchestrator's stop, or Ctrl-C). */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(signal);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}

/**
 * `serve`: the bot's long-running process. One HTTP server (health checks, the Zendesk webhook,
 * later Slack events) with the inbox and outbox workers; SIGTERM/SIGINT stop it gracefully.
 */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary:
    'Run the bot: HTTP server (PORT, HOST) for Zendesk webhooks and Slack, with its background workers',
  usage: USAGE,
  async run(args, io, app) {
    const { values } = parseFlags(args, { port: { type: 'string' }, host: { type: 'string' } }, USAGE);
    const locale = app.config.STAFF_LOCALE;
    const t = (key: string, vars?: Record<string, unknown>) =>
      app.translate(`zendesk:serve.${key}`, locale, vars);
    const port = z.coerce
      .number()
      .int()
      .min(0)
      .max(65535)
      .safeParse(values.port ?? app.config.PORT);
    if (!port.success) throw new CliError(`${t('badPort')}\nUsage: ${USAGE}`);
    // No Slack and no Zendesk credentials: the console is the only door (stdin/stdout, like Hubot's shell).
    if (isConsoleMode(app.config)) return startConsole(app, io);
    const server = await startServer(app, {
      port: port.data,
      host: values.host ?? app.config.HOST,
      extensions: createServeExtensions(app),
    });
    const doors = server.extensions.length > 0 ? server.extensions.join(', ') : t('noDoors');
    const stopped = stopSignal();
    io.stdout.write(`${t('listening', { url: server.url, doors })}\n`);
    const signal = await stopped;
    app.logger.info({ signal }, 'stop signal received');
    io.stdout.write(`${t('stopping')}\n`);
    await server.stop();
    io.stdout.write(`${t('stopped')}\n`);
    return 0;
  },
};
