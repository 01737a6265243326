import { fileURLToPath } from 'node:url';
import { spawnTsx } from '../support/spawn-tsx.js';
import { SECRET, waitFor } from './zendesk-harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Replica {
  name: string;
  pid: number;
  url: string;
  /** Everything the process wrote (stdout and its pino logs on stderr). */
  output(): string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * `privacy-assistant serve` in its own OS process, as an operator runs a replica: port 0 on
 * loopback, the shared DATABASE_URL, a Zendesk API token of its own, and `env` on top (short
 * leases and poll intervals for tests).
 */
export async function startReplica(opts: {
  name: string;
  databaseUrl: string;
  zendeskUrl: string;
  env?: Record<string, string>;
  /** Moves the replica's wall clock by this much (see shift-clock.ts). */
  clockShiftMs?: number;
}): Promise<Replica> {
  const child = spawnTsx(
    [
      ...(opts.clockShiftMs ? ['--import', './test/e2e/shift-clock.ts'] : []),
      'src/cli/main.ts',
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: opts.databaseUrl,
        ZENDESK_API_URL: opts.zendeskUrl,
        ZENDESK_EMAIL: 'bot@caliroots.example',
        ZENDESK_API_TOKEN: replicaToken(opts.name),
        ZENDESK_WEBHOOK_SECRET: SECRET,
        STAFF_LOCALE: 'en',
        LOG_LEVEL: 'info',
        ...(opts.clockShiftMs && { TEST_CLOCK_SHIFT_MS: String(opts.clockShiftMs) }),
        ...opts.env,
      },
    },
  );
  const listening = /listening on (http:\/\/\S+)/;
  let gone = false;
  void child.exited.then(() => {
    gone = true;
  });
  await waitFor(
    `replica ${opts.name} to listen`,
    () => {
      if (gone) throw new Error(`replica ${opts.name} exited before listening:\n${child.output()}`);
      return listening.test(child.output());
    },
    60_000,
  );
  return {
    name: opts.name,
    pid: child.pid,
    url: listening.exec(child.output())?.[1] as string,
    output: child.output,
    exited: child.exited,
    kill: child.kill,
  };
}

/** The Zendesk API token a replica uses; its calls carry it in their Basic authorization. */
export function replicaToken(name: string): string {
  return `zendesk-token-${name}`;
}

export interface Gate {
  /** Base URL to give a replica as ZENDESK_API_URL. */
  url: string;
  /** Requests held so far (never answered). */
  held(): number;
  stop(): Promise<void>;
}

/**
 * A loopback proxy in front of the fake Zendesk that forwards the first `pass` requests and then
 * holds every further one without answering: a replica behind it keeps its claimed work in flight,
 * as one that hangs and is then killed.
 */
export async function startGate(targetApiUrl: string, opts: { pass: number }): Promise<Gate> {
  const { createServer } = await import('node:http');
  const target = new URL(targetApiUrl);
  let passed = 0;
  let held = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (passed >= opts.pass) {
      held += 1;
      return;
    }
    passed += 1;
    const upstream = await fetch(`${target.origin}${req.url}`, {
      method: req.method,
      headers: {
        authorization: req.headers.authorization ?? '',
        'content-type': req.headers['content-type'] ?? 'application/json',
      },
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const retryAfter = upstream.headers.get('retry-after');
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      ...(retryAfter && { 'retry-after': retryAfter }),
    });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    held: () => held,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
