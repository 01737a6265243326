import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { createHttpServer } from '../adapters/http/create-http-server.js';
import type { HttpRequest, Route } from '../adapters/http/http-types.js';
import { type Loop, runEvery } from '../adapters/scheduler/run-every.js';
import { deliverOutbox, type OutboxHandler } from '../core/delivery/deliver-outbox.js';
import { processInbox } from '../core/delivery/process-inbox.js';
import { DeliveryError, type OutboxMessage } from '../core/ports/outbox.js';
import type { App } from './create-app.js';
import { createRequestPriority } from './create-request-priority.js';
import type { ServerContext, ServerExtension, ServerExtensionFactory } from './server-extension.js';

export interface ServerOptions {
  port: number;
  host: string;
  extensions: readonly ServerExtensionFactory[];
  /** How often the workers look for due work when nothing wakes them (ms); default WORKER_POLL_MS. */
  inboxIntervalMs?: number;
  outboxIntervalMs?: number;
  /**
   * How long a claimed delivery or message stays hidden from other replicas (ms); default
   * INBOX_LEASE_MS / OUTBOX_LEASE_MS. A replica that dies mid-way leaves its work for another
   * replica once this runs out, so it must exceed the longest processing time.
   */
  inboxLeaseMs?: number;
  outboxLeaseMs?: number;
  /** How long shutdown may spend finishing requests and flushing the outbox (ms). */
  drainMs?: number;
  /** What counts as a burst of requests, during which background work waits (tests tune it). */
  priority?: Parameters<typeof createRequestPriority>[0];
}

export interface RunningServer {
  address: AddressInfo;
  url: string;
  context: ServerContext;
  /** Names of the extensions that are configured and running. */
  extensions: string[];
  /** Graceful stop: no new requests, finish in-flight work, flush the outbox, then close. */
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server (health checks plus each extension's routes) and the inbox and outbox
 * workers on the app's store. Deliveries recorded by one instance and not processed are processed
 * by the next instance on the same database.
 */
export async function startServer(app: App, opts: ServerOptions): Promise<RunningServer> {
  const store = await app.store();
  const logger = app.logger;
  const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const loops: { inbox?: Loop; outbox?: Loop } = {};
  const context: ServerContext = {
    store,
    worker,
    kickInbox: () => loops.inbox?.kick(),
    kickOutbox: () => loops.outbox?.kick(),
  };
  const extensions: ServerExtension[] = [];
  for (const factory of opts.extensions) {
    const extension = await factory(context);
    if (extension) extensions.push(extension);
  }
  const processors = Object.assign({}, ...extensions.map((e) => e.inbox ?? {}));
  // Webhooks are acknowledged before background work continues: Zendesk waits for the answer.
  const priority = createRequestPriority(opts.priority);
  const handlers = Object.fromEntries(
    Object.entries(
      Object.assign({}, ...extensions.map((e) => e.outbox ?? {})) as Record<string, OutboxHandler>,
    ).map(([destination, handle]) => [
      destination,
      async (message: OutboxMessage) => {
        await priority.yield();
        await handle(message);
      },
    ]),
  );

  const routes: Route[] = [
    { method: 'GET', path: '/healthz', handle: async () => ({ status: 200, body: { status: 'ok' } }) },
    {
      method: 'GET',
      path: '/readyz',
      handle: async () => {
        const ready = await store.isReady().catch(() => false);
        if (!ready) return { status: 503, body: { status: 'not ready' } };
        const [inbox, outbox] = await Promise.all([store.countPendingInbox(), store.countPendingOutbox()]);
        return { status: 200, body: { status: 'ready', pending: { inbox, outbox } } };
      },
    },
    ...extensions
      .flatMap((e) => e.routes ?? [])
      .map((route) =>
        'handle' in route
          ? {
              ...route,
              handle: (request: HttpRequest) => {
                priority.touch();
                return route.handle(request);
              },
            }
          : {
              ...route,
              raw: (req: IncomingMessage, res: ServerResponse) => {
                priority.touch();
                return route.raw(req, res);
              },
            },
      ),
  ];
  const http = createHttpServer(routes, logger);

  const drainInbox = () =>
    processInbox(
      {
        store,
        worker,
        clock: app.clock,
        logger,
        process: async (delivery) => {
          const process = processors[delivery.source];
          if (!process)
            throw new DeliveryError(`no processor for inbox source ${delivery.source}`, { permanent: true });
          await priority.yield();
          await process(delivery);
        },
      },
      undefined,
      opts.inboxLeaseMs ?? app.config.INBOX_LEASE_MS,
    );
  const drainOutbox = () =>
    deliverOutbox(
      { store, handlers, worker, clock: app.clock, logger },
      undefined,
      opts.outboxLeaseMs ?? app.config.OUTBOX_LEASE_MS,
    );

  loops.inbox = runEvery(
    'inbox',
    opts.inboxIntervalMs ?? app.config.WORKER_POLL_MS,
    async () => {
      const claimed = await drainInbox();
      if (claimed > 0) loops.outbox?.kick();
      return claimed;
    },
    logger,
  );
  loops.outbox = runEvery('outbox', opts.outboxIntervalMs ?? app.config.WORKER_POLL_MS, drainOutbox, logger);
  const address = await http.listen(opts.port, opts.host);
  for (const extension of extensions) await extension.start?.();
  logger.info(
    {
      port: address.port,
      host: opts.host,
      extensions: extensions.map((e) => e.name),
      routes: routes.map((r) => r.path),
    },
    'server listening',
  );

  return {
    address,
    url: `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`,
    context,
    extensions: extensions.map((e) => e.name),
    async stop() {
      const drainMs = opts.drainMs ?? 10_000;
      const deadline = Date.now() + drainMs;
      logger.info('server stopping: no new deliveries');
      await http.close(Math.min(drainMs, 5_000));
      for (const extension of extensions) await extension.stop?.();
      await loops.inbox?.stop();
      await loops.outbox?.stop();
      // Flush what is due now; what is waiting for a retry stays in the outbox for the next start.
      while (Date.now() < deadline && (await drainOutbox()) > 0);
      logger.info({ pendingOutbox: await store.countPendingOutbox() }, 'server stopped');
    },
  };
}
