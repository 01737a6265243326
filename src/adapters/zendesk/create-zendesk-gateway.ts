import { z } from 'zod';
import type { Clock } from '../../core/ports/clock.js';
import { DeliveryError } from '../../core/ports/outbox.js';
import type { Ticket, TicketGateway, TicketUpdate } from '../../core/ports/ticket-gateway.js';
import type { ApiReply, ZendeskApi } from './create-zendesk-api.js';
import { httpDeliveryError, toDeliveryError } from './to-delivery-error.js';

const zendeskId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]);

/** The fields the bot reads from a Zendesk ticket; anything else is ignored. */
const ticketSchema = z.object({
  id: zendeskId,
  subject: z.string().nullish(),
  description: z.string().nullish(),
  created_at: z.iso.datetime({ offset: true }),
  requester_id: zendeskId.nullish(),
  tags: z.array(z.string()).nullish(),
});

const userSchema = z.object({ id: zendeskId, email: z.string().nullish() });

function toZendeskId(id: string): number {
  if (!/^\d{1,19}$/.test(id)) throw new DeliveryError(`not a Zendesk ticket id: ${id}`, { permanent: true });
  return Number(id);
}

/** The port, plus a cheaper read for callers that need no requester (one API call instead of two). */
export interface ZendeskTicketGateway extends TicketGateway {
  getTicket(id: string, opts?: { requester?: boolean }): Promise<Ticket | null>;
}

/** The ticket gateway over the Zendesk API: zod-checked reads, one-call updates, failures as `DeliveryError`. */
export function createZendeskGateway(api: ZendeskApi, clock: Clock): ZendeskTicketGateway {
  async function call(what: string, run: () => Promise<ApiReply>): Promise<ApiReply | null> {
    let reply: ApiReply;
    try {
      reply = await run();
    } catch (error) {
      const failure = toDeliveryError(what, error, clock.now());
      if (failure.opts.status === 404) return null;
      throw failure;
    }
    // node-zendesk resolves a 429/503 with Retry-After (and statuses it does not know) instead of throwing.
    if (reply.result instanceof Error || reply.status < 200 || reply.status >= 300) {
      if (reply.status === 404) return null;
      throw httpDeliveryError(what, reply.status, reply.retryAfter, clock.now());
    }
    return reply;
  }

  function parse<T>(what: string, schema: z.ZodType<T>, value: unknown): T {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
      // Retried within the retry policy's bounds, not dead at once: a proxy's error page or a
      // truncated answer must not cost a request its place; a lasting change dead-letters it later.
      throw new DeliveryError(`Zendesk ${what} returned an unexpected shape (${fields})`);
    }
    return parsed.data;
  }

  return {
    async getTicket(id, opts = {}) {
      const reply = await call('ticket read', () => api.showTicket(toZendeskId(id)));
      if (!reply) return null;
      const ticket = parse('ticket read', ticketSchema, reply.result);
      let requester: Ticket['requester'] = null;
      if (ticket.requester_id && opts.requester !== false) {
        const userReply = await call('requester read', () => api.showUser(ticket.requester_id as number));
        const user = userReply ? parse('requester read', userSchema, userReply.result) : null;
        requester = { id: String(ticket.requester_id), email: user?.email ?? null };
      }
      return {
        id: String(ticket.id),
        subject: ticket.subject ?? '',
        description: ticket.description ?? '',
        createdAt: new Date(ticket.created_at).toISOString(),
        requester,
        tags: ticket.tags ?? [],
      };
    },

    async updateTicket(id, update: TicketUpdate) {
      const ticket: Record<string, unknown> = {};
      if (update.addTags?.length) ticket.additional_tags = update.addTags;
      if (update.removeTags?.length) ticket.remove_tags = update.removeTags;
      if (update.comment) ticket.comment = { body: update.comment.body, public: update.comment.public };
      if (Object.keys(ticket).length === 0) return;
      const reply = await call('ticket update', () => api.updateTicket(toZendeskId(id), ticket));
      if (!reply)
        throw new DeliveryError(`Zendesk ticket ${id} no longer exists`, { permanent: true, status: 404 });
    },
  };
}
