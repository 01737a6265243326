import { z } from 'zod';
import type { Clock } from '../../core/ports/clock.js';
import type { CoordinationStore } from '../../core/ports/coordination-store.js';
import type { InboxStore } from '../../core/ports/inbox.js';
import type { Logger } from '../../core/ports/logger.js';
import type { ZendeskConnection } from './create-zendesk-api.js';
import { httpDeliveryError, toDeliveryError } from './to-delivery-error.js';
import { ZENDESK_TICKET_SOURCE, zendeskTicketKey } from './zendesk-ticket-key.js';

export const POLL_CURSOR_KEY = 'zendesk.poll.cursor';
export const POLL_SINCE_KEY = 'zendesk.poll.since';
const LEASE = 'zendesk.poll';

const pageSchema = z.object({
  tickets: z.array(
    z.object({
      id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
      created_at: z.iso.datetime({ offset: true }),
      status: z.string().nullish(),
    }),
  ),
  after_cursor: z.string().nullish(),
  end_of_stream: z.boolean(),
});

export interface PollResult {
  accepted: number;
  more: boolean;
}

export interface TicketPollerDeps {
  connection: ZendeskConnection;
  store: Pick<InboxStore, 'acceptDelivery'> & CoordinationStore;
  clock: Clock;
  logger: Logger;
  /** This process's name for the lease: one replica polls at a time. */
  worker: string;
  intervalMs: number;
  /** How far back the very first poll looks (default one hour). */
  firstLookbackMs?: number;
  /** Pages per run; the export allows about 10 requests a minute. */
  maxPages?: number;
  onAccepted?: () => void;
}

/**
 * For accounts without webhooks: reads Zendesk's cursor-based incremental ticket export (called
 * directly, node-zendesk's helper sends `cursor=undefined`) and records each ticket created since
 * polling began in the same inbox as the webhook. The cursor is saved after every page, so a
 * restart resumes where it stopped. Returns how many new tickets were recorded and whether pages
 * remain (the page limit was reached before the end of the stream).
 */
export function createTicketPoller(deps: TicketPollerDeps): () => Promise<PollResult> {
  const auth = `Basic ${Buffer.from(`${deps.connection.email}/token:${deps.connection.token}`).toString('base64')}`;
  const base = `${deps.connection.baseUrl}/incremental/tickets/cursor.json`;
  let notBefore = 0;

  async function fetchPage(url: string) {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: auth, accept: 'application/json' },
        signal: AbortSignal.timeout(deps.connection.timeoutMs ?? 20_000),
      });
    } catch (error) {
      throw toDeliveryError('ticket export', error, deps.clock.now());
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw httpDeliveryError(
        'ticket export',
        response.status,
        response.headers.get('retry-after'),
        deps.clock.now(),
      );
    }
    const parsed = pageSchema.safeParse(await response.json());
    if (!parsed.success) throw new Error('Zendesk ticket export returned an unexpected shape');
    return parsed.data;
  }

  return async () => {
    const now = deps.clock.now();
    const idle = { accepted: 0, more: false };
    if (now.getTime() < notBefore) return idle;
    const leaseMs = Math.max(2 * deps.intervalMs, 60_000);
    if (!(await deps.store.acquireLease(LEASE, deps.worker, now.toISOString(), leaseMs))) return idle;

    let since = await deps.store.getState(POLL_SINCE_KEY);
    if (!since) {
      since = new Date(now.getTime() - (deps.firstLookbackMs ?? 3_600_000)).toISOString();
      await deps.store.setState(POLL_SINCE_KEY, since);
    }
    let cursor = await deps.store.getState(POLL_CURSOR_KEY);
    let accepted = 0;
    let more = true;
    for (let page = 0; page < (deps.maxPages ?? 5) && more; page += 1) {
      const url = cursor
        ? `${base}?cursor=${encodeURIComponent(cursor)}`
        : `${base}?start_time=${Math.floor(Date.parse(since) / 1000)}`;
      let data: z.infer<typeof pageSchema>;
      try {
        data = await fetchPage(url);
      } catch (error) {
        const retryAfterMs = (error as { opts?: { retryAfterMs?: number } }).opts?.retryAfterMs;
        if (retryAfterMs !== undefined) notBefore = deps.clock.now().getTime() + retryAfterMs;
        throw error;
      }
      for (const ticket of data.tickets) {
        // The export also lists old tickets that were merely updated; only new ones are intake.
        if (ticket.status === 'deleted' || Date.parse(ticket.created_at) < Date.parse(since)) continue;
        const outcome = await deps.store.acceptDelivery({
          source: ZENDESK_TICKET_SOURCE,
          deliveryId: `poll:${ticket.id}`,
          dedupeKey: zendeskTicketKey(ticket.id),
          payload: { ticketId: String(ticket.id) },
          receivedAt: deps.clock.now().toISOString(),
        });
        if (outcome === 'accepted') {
          accepted += 1;
          deps.logger.info({ ticketId: String(ticket.id) }, 'zendesk ticket recorded by polling');
        }
      }
      if (data.after_cursor) {
        cursor = data.after_cursor;
        await deps.store.setState(POLL_CURSOR_KEY, cursor);
      }
      more = !data.end_of_stream && Boolean(data.after_cursor);
    }
    if (accepted > 0) deps.onAccepted?.();
    return { accepted, more };
  };
}
