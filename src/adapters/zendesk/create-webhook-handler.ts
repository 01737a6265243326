import { z } from 'zod';
import type { Clock } from '../../core/ports/clock.js';
import type { InboxStore } from '../../core/ports/inbox.js';
import type { Logger } from '../../core/ports/logger.js';
import { verifyWebhookSignature } from './verify-webhook-signature.js';
import { ZENDESK_TICKET_SOURCE, zendeskTicketKey } from './zendesk-ticket-key.js';

/** What the trigger sends: `{"ticket_id": "{{ticket.id}}"}` (Zendesk renders the placeholder as a string). */
export const webhookBodySchema = z.object({
  ticket_id: z.union([
    z.number().int().positive(),
    z
      .string()
      .trim()
      .regex(/^\d{1,19}$/, { error: 'must be the ticket number, e.g. "{{ticket.id}}"' }),
  ]),
});

/** The parts of an HTTP request the handler needs; the raw body is kept for the signature. */
export interface WebhookRequest {
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export interface WebhookResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface WebhookHandlerDeps {
  secret: string;
  inbox: Pick<InboxStore, 'acceptDelivery'>;
  clock: Clock;
  logger: Logger;
  /** Called after a new delivery was recorded, e.g. to wake the inbox worker. */
  onAccepted?: () => void;
  toleranceMs?: number;
}

const HINT = 'send the JSON body {"ticket_id": "{{ticket.id}}"} from a trigger-connected webhook';

/**
 * `POST /zendesk/webhook`: checks the signature, records the delivery durably in the inbox and
 * answers at once; the ticket is fetched and triaged later by the inbox worker. A repeated
 * delivery (same invocation id, or the same ticket again) answers 200 and changes nothing.
 */
export function createWebhookHandler(deps: WebhookHandlerDeps) {
  return async (request: WebhookRequest): Promise<WebhookResponse> => {
    const now = deps.clock.now();
    const check = verifyWebhookSignature({
      secret: deps.secret,
      signature: request.headers['x-zendesk-webhook-signature'],
      timestamp: request.headers['x-zendesk-webhook-signature-timestamp'],
      body: request.body,
      now,
      toleranceMs: deps.toleranceMs,
    });
    if (!check.ok) {
      deps.logger.warn({ reason: check.reason }, 'zendesk webhook refused: signature check failed');
      return {
        status: 401,
        body: {
          error: `signature check failed (${check.reason}): verify that the webhook's signing secret matches ZENDESK_WEBHOOK_SECRET and that the server clock is right`,
        },
      };
    }

    let json: unknown;
    try {
      json = JSON.parse(request.body.toString('utf8'));
    } catch {
      return { status: 400, body: { error: `body is not valid JSON: ${HINT}` } };
    }
    const parsed = webhookBodySchema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
      return { status: 400, body: { error: `unexpected body (${problems.join('; ')}): ${HINT}` } };
    }

    const ticketId = String(parsed.data.ticket_id);
    const invocation = request.headers['x-zendesk-webhook-invocation-id']?.trim();
    // Zendesk always sends an invocation id; without one the signature identifies the delivery.
    const deliveryId = invocation || `signature:${request.headers['x-zendesk-webhook-signature']}`;
    const outcome = await deps.inbox.acceptDelivery({
      source: ZENDESK_TICKET_SOURCE,
      deliveryId: `webhook:${deliveryId}`,
      dedupeKey: zendeskTicketKey(ticketId),
      payload: { ticketId },
      receivedAt: now.toISOString(),
    });
    // Debug only: the worker logs each ticket at info when it reads it; a burst stays cheap to log.
    deps.logger.debug({ ticketId, deliveryId, outcome }, 'zendesk webhook delivery');
    if (outcome === 'duplicate') return { status: 200, body: { status: 'duplicate', ticketId } };
    deps.onAccepted?.();
    return { status: 202, body: { status: 'accepted', ticketId } };
  };
}
