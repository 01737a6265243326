import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/adapters/http/create-http-server.js';
import type { HttpRequest } from '../../../src/adapters/http/http-types.js';
import { recordingLogger } from '../../support/silent-logger.js';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close(100);
  server = undefined;
});

async function start(routes: Parameters<typeof createHttpServer>[0]) {
  server = createHttpServer(routes, recordingLogger());
  const address = await server.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${address.port}`;
}

describe('createHttpServer', () => {
  it('gives buffered handlers the raw body, path, query and headers', async () => {
    let seen: HttpRequest | undefined;
    const base = await start([
      {
        method: 'POST',
        path: '/hook',
        handle: async (request) => {
          seen = request;
          return { status: 202, body: { ok: true } };
        },
      },
    ]);
    const res = await fetch(`${base}/hook?x=1`, {
      method: 'POST',
      body: '{"a": 1}',
      headers: { 'x-test': 'yes' },
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ ok: true });
    expect(seen?.body.toString()).toBe('{"a": 1}');
    expect(seen?.query.get('x')).toBe('1');
    expect(seen?.headers['x-test']).toBe('yes');
  });

  it('answers 404 for unknown paths and 405 for the wrong method', async () => {
    const base = await start([
      { method: 'GET', path: '/healthz', handle: async () => ({ status: 200, body: 'ok' }) },
    ]);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST', body: 'x' })).status).toBe(405);
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('ok');
  });

  it('refuses an oversized body with 413 without calling the handler', async () => {
    let called = false;
    const base = await start([
      {
        method: 'POST',
        path: '/hook',
        maxBodyBytes: 1024,
        handle: async () => {
          called = true;
          return { status: 200 };
        },
      },
    ]);
    const res = await fetch(`${base}/hook`, { method: 'POST', body: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(called).toBe(false);
  });

  it('answers 500 without details when a handler throws', async () => {
    const base = await start([
      {
        method: 'GET',
        path: '/boom',
        handle: async () => {
          throw new Error('secret detail');
        },
      },
    ]);
    const res = await fetch(`${base}/boom`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret');
  });

  it('passes raw routes the untouched request', async () => {
    const base = await start([
      {
        method: 'POST',
        path: '/raw',
        raw: (req, res) => {
          let body = '';
          req.on('data', (c) => {
            body += c;
          });
          req.on('end', () => res.end(`got ${body}`));
        },
      },
    ]);
    const res = await fetch(`${base}/raw`, { method: 'POST', body: 'hello' });
    expect(await res.text()).toBe('got hello');
  });

  it('finishes a request in flight before closing, then refuses connections', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const base = await start([
      {
        method: 'GET',
        path: '/slow',
        handle: async () => {
          await gate;
          return { status: 200, body: 'done' };
        },
      },
    ]);
    const pending = fetch(`${base}/slow`);
    await new Promise((r) => setTimeout(r, 50));
    const closing = server!.close(5_000);
    release();
    const res = await pending;
    expect(await res.text()).toBe('done');
    await closing;
    server = undefined;
    await expect(fetch(`${base}/slow`)).rejects.toThrow();
  });
});
