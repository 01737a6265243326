import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  /** Web API method (`chat.postMessage`) or `respond` for a response URL. */
  method: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Returns a reply to override the normal answer (a 429, an outage), or undefined to answer normally. */
export type Interceptor = (call: SlackCall) => FakeReply | undefined;

/** Web API bodies are form-encoded with blocks and other objects as JSON strings. */
function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const looksJson = /^[[{]/.test(value) || value === 'true' || value === 'false';
    try {
      out[key] = looksJson ? JSON.parse(value) : value;
    } catch {
      out[key] = value;
    }
  }
  return out;
}

/**
 * A loopback Slack Web API (and response URLs) on port 0: answers the methods the bot uses, keeps
 * posted messages so updates can be checked, records every call, and lets tests inject failures.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /** Members of each channel (conversations.members) and user group (usergroups.users.list). */
  readonly channelMembers = new Map<string, string[]>();
  readonly groupMembers = new Map<string, string[]>();
  /** Slack locales of users (users.info). */
  readonly locales = new Map<string, string>();
  /** Messages by `channel:ts`, as last posted or updated. */
  readonly messages = new Map<string, Record<string, unknown>>();
  private interceptors: Interceptor[] = [];
  private server: Server | undefined;
  private ts = 1_700_000_000;

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response URL that records what is posted to it. */
  responseUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  intercept(fn: Interceptor): void {
    this.interceptors.push(fn);
  }

  /** Fails the next `count` calls of `method` with `reply`, then answers normally. */
  failNext(method: string, count: number, reply: FakeReply): void {
    let left = count;
    this.intercept((call) => {
      if (left <= 0 || call.method !== method) return undefined;
      left -= 1;
      return reply;
    });
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const respond = url.pathname.startsWith('/respond/');
    const call: SlackCall = {
      method: respond ? 'respond' : url.pathname.replace(/^\/api\//, ''),
      authorization: req.headers.authorization,
      body: {
        ...parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']),
        ...(respond && { responseUrlId: url.pathname.slice('/respond/'.length) }),
      },
    };
    this.calls.push(call);
    const override = this.interceptors.map((i) => i(call)).find(Boolean);
    const reply = override ?? this.answer(call);
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body ?? {}));
  }

  private answer(call: SlackCall): FakeReply {
    const b = call.body as Record<string, string | undefined>;
    const ok = (body: Record<string, unknown> = {}) => ({ status: 200, body: { ok: true, ...body } });
    switch (call.method) {
      case 'respond':
        return { status: 200, body: 'ok' };
      case 'auth.test':
        return ok({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
      case 'chat.postMessage': {
        this.ts += 1;
        const ts = `${this.ts}.000100`;
        this.messages.set(`${b.channel}:${ts}`, call.body);
        return ok({ channel: b.channel, ts });
      }
      case 'chat.update': {
        const key = `${b.channel}:${b.ts}`;
        if (!this.messages.has(key)) return { status: 200, body: { ok: false, error: 'message_not_found' } };
        this.messages.set(key, call.body);
        return ok({ channel: b.channel, ts: b.ts });
      }
      case 'chat.getPermalink':
        return ok({
          permalink: `https://caliroots.slack.com/archives/${b.channel}/p${String(b.message_ts).replace('.', '')}`,
        });
      case 'conversations.members':
        return ok({
          members: this.channelMembers.get(b.channel ?? '') ?? [],
          response_metadata: { next_cursor: '' },
        });
      case 'usergroups.users.list':
        return ok({ users: this.groupMembers.get(b.usergroup ?? '') ?? [] });
      case 'users.info':
        return ok({ user: { id: b.user, locale: this.locales.get(b.user ?? '') ?? 'en-US' } });
      case 'chat.postEphemeral':
      case 'views.open':
      case 'views.publish':
        return ok();
      default:
        return { status: 200, body: { ok: false, error: 'unknown_method' } };
    }
  }
}
