import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../core/ports/logger.js';
import type { HttpResponse, Route } from './http-types.js';
import { BodyTooLargeError, readBody } from './read-body.js';

const DEFAULT_MAX_BODY = 256 * 1024;

export interface HttpServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops taking requests, lets those in flight finish (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

function send(res: ServerResponse, response: HttpResponse): void {
  const isText = typeof response.body === 'string';
  const payload =
    response.body === undefined ? '' : isText ? (response.body as string) : JSON.stringify(response.body);
  res.writeHead(response.status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...response.headers,
  });
  res.end(payload);
}

function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers))
    out[key] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** The bot's one HTTP server: Zendesk webhooks, Slack events and health checks share it. */
export function createHttpServer(routes: readonly Route[], logger: Logger): HttpServer {
  let inFlight = 0;
  let closing = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const sameFor = routes.filter((r) => r.path === url.pathname);
    const route = sameFor.find((r) => r.method === req.method);
    if (!route) {
      req.resume();
      send(
        res,
        sameFor.length
          ? { status: 405, body: { error: 'method not allowed' } }
          : { status: 404, body: { error: 'not found' } },
      );
      return;
    }
    if (closing) {
      req.resume();
      send(res, {
        status: 503,
        body: { error: 'shutting down' },
        headers: { 'retry-after': '5', connection: 'close' },
      });
      return;
    }
    if ('raw' in route) {
      await route.raw(req, res);
      return;
    }
    try {
      const body = await readBody(req, route.maxBodyBytes ?? DEFAULT_MAX_BODY);
      const request = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: headersOf(req),
        body,
      };
      send(res, await route.handle(request));
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        send(res, { status: 413, body: { error: error.message }, headers: { connection: 'close' } });
        return;
      }
      logger.error({ err: error, path: url.pathname }, 'request failed');
      send(res, { status: 500, body: { error: 'internal error' } });
    }
  }

  const server = createServer((req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
    });
    handle(req, res).catch((error) => {
      logger.error({ err: error }, 'request handler crashed');
      if (!res.headersSent) send(res, { status: 500, body: { error: 'internal error' } });
    });
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      }),
    async close(graceMs = 10_000) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await closed;
    },
  };
}
