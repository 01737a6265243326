import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTicket {
  id: number;
  subject: string;
  description: string;
  created_at: string;
  updated_at?: string;
  requester_id: number | null;
  tags: string[];
  status?: string;
}

export interface RecordedCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeReply {
  /** Never answer (until the server stops): a hung Zendesk. */
  hang?: boolean;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Returns a reply to override the normal answer (an outage, a 429), or undefined to answer normally. */
export type Interceptor = (call: RecordedCall) => FakeReply | undefined;

/**
 * A loopback Zendesk: tickets, users, ticket updates (tags merged, comments kept) and the cursor
 * ticket export, with every call recorded and failures injectable. Port 0, no internet.
 */
export class FakeZendesk {
  readonly tickets = new Map<number, FakeTicket>();
  readonly users = new Map<number, { id: number; email: string | null; name: string }>();
  readonly comments = new Map<number, Array<{ body: string; public: boolean }>>();
  readonly calls: RecordedCall[] = [];
  exportPageSize = 100;
  private interceptors: Interceptor[] = [];
  private server: Server | undefined;

  addTicket(ticket: Partial<FakeTicket> & { id: number; subject: string; description: string }): FakeTicket {
    const full: FakeTicket = {
      created_at: '2025-03-03T09:00:00Z',
      requester_id: null,
      tags: [],
      ...ticket,
    };
    this.tickets.set(full.id, full);
    return full;
  }

  addUser(id: number, email: string | null, name = 'Customer Name'): void {
    this.users.set(id, { id, email, name });
  }

  /** Adds an interceptor; it stays until it returns undefined for good or `clearInterceptors`. */
  intercept(fn: Interceptor): void {
    this.interceptors.push(fn);
  }

  /** Fails the next `count` calls matching `match` with `reply`, then answers normally. */
  failNext(count: number, reply: FakeReply, match: (call: RecordedCall) => boolean = () => true): void {
    let left = count;
    this.intercept((call) => {
      if (left <= 0 || !match(call)) return undefined;
      left -= 1;
      return reply;
    });
  }

  clearInterceptors(): void {
    this.interceptors = [];
  }

  updates(ticketId?: number): RecordedCall[] {
    return this.calls.filter(
      (c) => c.method === 'PUT' && (ticketId === undefined || c.path === `/api/v2/tickets/${ticketId}.json`),
    );
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v2`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      authorization: req.headers.authorization,
      body: raw ? JSON.parse(raw) : undefined,
    };
    this.calls.push(call);
    const reply =
      this.interceptors.map((fn) => fn(call)).find((r) => r !== undefined) ?? this.answer(call, url);
    if (reply.hang) return; // left open until the caller gives up or the server stops
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  private answer(call: RecordedCall, url: URL): FakeReply {
    const ticketMatch = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(call.path);
    const userMatch = /^\/api\/v2\/users\/(\d+)\.json$/.exec(call.path);
    if (ticketMatch) {
      const ticket = this.tickets.get(Number(ticketMatch[1]));
      if (!ticket) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
      if (call.method === 'PUT') this.applyUpdate(ticket, call.body);
      return { status: 200, body: { ticket } };
    }
    if (userMatch && call.method === 'GET') {
      const user = this.users.get(Number(userMatch[1]));
      return user ? { status: 200, body: { user } } : { status: 404, body: { error: 'RecordNotFound' } };
    }
    if (call.path === '/api/v2/incremental/tickets/cursor.json') return this.exportPage(url);
    return { status: 404, body: { error: 'InvalidEndpoint' } };
  }

  private applyUpdate(ticket: FakeTicket, body: unknown): void {
    const update = (body as { ticket?: Record<string, unknown> } | undefined)?.ticket ?? {};
    const add = (update.additional_tags as string[] | undefined) ?? [];
    const remove = new Set((update.remove_tags as string[] | undefined) ?? []);
    ticket.tags = [...new Set([...ticket.tags.filter((t) => !remove.has(t)), ...add])];
    const comment = update.comment as { body: string; public: boolean } | undefined;
    if (comment) this.comments.set(ticket.id, [...(this.comments.get(ticket.id) ?? []), comment]);
    ticket.updated_at = new Date().toISOString();
  }

  /** Tickets in creation order; the cursor is simply the index of the next one. */
  private exportPage(url: URL): FakeReply {
    const all = [...this.tickets.values()].sort(
      (a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id,
    );
    const cursor = url.searchParams.get('cursor');
    const start = url.searchParams.get('start_time');
    if (cursor === 'undefined' || (!cursor && !start))
      return { status: 400, body: { error: 'InvalidPaginationParameter' } };
    let from = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 0;
    if (!cursor)
      from = all.findIndex((t) => Date.parse(t.updated_at ?? t.created_at) >= Number(start) * 1000);
    if (from < 0) from = all.length;
    const page = all.slice(from, from + this.exportPageSize);
    const next = from + page.length;
    return {
      status: 200,
      body: {
        tickets: page,
        after_cursor: Buffer.from(String(next)).toString('base64url'),
        before_cursor: null,
        end_of_stream: next >= all.length,
      },
    };
  }
}
