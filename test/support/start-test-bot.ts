import { Writable } from 'node:stream';
import { type App, createApp } from '../../src/app/create-app.js';
import { createServeExtensions } from '../../src/app/create-serve-extensions.js';
import { type RunningServer, startServer } from '../../src/app/start-server.js';

/** Real time, shifted by `offsetMs` and by each `advance` (retry waits without waiting). */
export function steppingClock(offsetMs = 0) {
  let offset = offsetMs;
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
  };
}

export type SteppingClock = ReturnType<typeof steppingClock>;

/** Collects what the app logs (pino JSON lines on its stderr). */
export function logCapture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export interface TestBot {
  app: App;
  server: RunningServer;
  clock: SteppingClock;
  logs: () => string;
  stop(): Promise<void>;
}

/**
 * The real app and server on port 0 with `env` (staff locale English and debug logs unless it
 * says otherwise), its logs kept in memory, and worker loops fast enough for tests.
 */
export async function startTestBot(env: Record<string, string>, clock = steppingClock()): Promise<TestBot> {
  const logs = logCapture();
  const app = createApp({
    env: { LOG_LEVEL: 'debug', STAFF_LOCALE: 'en', ...env },
    stderr: logs.stream,
    clock,
  });
  const server = await startServer(app, {
    port: 0,
    host: '127.0.0.1',
    extensions: createServeExtensions(app),
    inboxIntervalMs: 20,
    outboxIntervalMs: 20,
    drainMs: 2_000,
  });
  return {
    app,
    server,
    clock,
    logs: logs.text,
    async stop() {
      await server.stop();
      await app.close();
    },
  };
}
