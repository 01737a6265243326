import { z } from 'zod';
import { type Loop, runEvery } from '../adapters/scheduler/run-every.js';
import { createTicketPoller } from '../adapters/zendesk/create-ticket-poller.js';
import { createWebhookHandler } from '../adapters/zendesk/create-webhook-handler.js';
import { createZendeskApi, zendeskBaseUrl } from '../adapters/zendesk/create-zendesk-api.js';
import { createZendeskGateway } from '../adapters/zendesk/create-zendesk-gateway.js';
import { createZendeskOutboxHandler } from '../adapters/zendesk/create-zendesk-outbox-handler.js';
import { ZENDESK_TICKET_SOURCE } from '../adapters/zendesk/zendesk-ticket-key.js';
import { computeDeadline } from '../core/deadlines/compute-deadline.js';
import type { PolicyReader } from '../core/intake/create-policy-reader.js';
import { intakeTicket } from '../core/intake/intake-ticket.js';
import { DeliveryError } from '../core/ports/outbox.js';
import type { App } from './create-app.js';
import type { ServerContext, ServerExtension } from './server-extension.js';

/** Zendesk sends `{"ticket_id": "…"}`; anything near this size is not a trigger body. */
const WEBHOOK_MAX_BYTES = 16 * 1024;

const deliveryPayload = z.object({ ticketId: z.string().regex(/^\d+$/) });

/**
 * The Zendesk door: `POST /zendesk/webhook` (when ZENDESK_WEBHOOK_SECRET is set), the processor of
 * recorded tickets (fetch, triage, tasks), the `zendesk` outbox handler (notes, tags, replies) and,
 * with ZENDESK_POLL_INTERVAL, the incremental-export poller. Null when Zendesk is not configured.
 */
export async function createZendeskExtension(
  app: App,
  context: ServerContext,
  policy: PolicyReader,
): Promise<ServerExtension | null> {
  const config = app.config;
  if (!config.ZENDESK_API_TOKEN || !config.ZENDESK_EMAIL) return null;
  const logger = app.logger.child({ component: 'zendesk' });
  const connection = {
    baseUrl: zendeskBaseUrl({ apiUrl: config.ZENDESK_API_URL, subdomain: config.ZENDESK_SUBDOMAIN }),
    email: config.ZENDESK_EMAIL,
    token: config.ZENDESK_API_TOKEN,
  };
  const gateway = createZendeskGateway(createZendeskApi(connection), app.clock);
  const tasks = await app.taskService();
  // Before the server listens: compiling lexicons or loading the holiday calendar on the first ticket
  // would stall the webhooks arriving with it.
  policy.warmUp();
  computeDeadline({
    type: 'access',
    receivedAt: app.clock.now().toISOString(),
    country: config.COUNTRY,
    timeZone: config.TZ,
  });
  const { store } = context;

  const processTicket = async (delivery: { payload: Record<string, unknown> }) => {
    const parsed = deliveryPayload.safeParse(delivery.payload);
    if (!parsed.success) throw new DeliveryError('malformed zendesk delivery payload', { permanent: true });
    const { ticketId } = parsed.data;
    const ticket = await gateway.getTicket(ticketId).catch((error: unknown) => {
      logger.warn({ ticketId, err: error }, 'could not read ticket; will retry');
      throw error;
    });
    if (!ticket) {
      logger.warn({ ticketId }, 'ticket no longer exists; nothing to do');
      return;
    }
    await intakeTicket(
      {
        triage: policy.triage,
        createTasks: tasks.createTasks,
        enqueue: (messages, now) => store.enqueue(messages, now),
        canAnswer: policy.canAnswer,
        publicReply: config.ZENDESK_PUBLIC_REPLY,
        clock: app.clock,
        logger,
      },
      ticket,
    );
  };

  const deliver = createZendeskOutboxHandler({
    gateway,
    tasks: store,
    triage: policy.triage,
    answer: policy.answer,
    sectionsFor: policy.sectionsFor,
    playbooks: tasks.playbooks,
    translate: app.translate,
    staffLocale: config.STAFF_LOCALE,
    timeZone: config.TZ,
    logger,
    leases: store,
    worker: context.worker,
    leaseMs: app.config.OUTBOX_LEASE_MS,
    clock: app.clock,
  });

  const routes = config.ZENDESK_WEBHOOK_SECRET
    ? [
        {
          method: 'POST' as const,
          path: '/zendesk/webhook',
          maxBodyBytes: WEBHOOK_MAX_BYTES,
          handle: createWebhookHandler({
            secret: config.ZENDESK_WEBHOOK_SECRET,
            inbox: store,
            clock: app.clock,
            logger,
            onAccepted: context.kickInbox,
          }),
        },
      ]
    : [];

  let pollLoop: Loop | undefined;
  const intervalMs = config.ZENDESK_POLL_INTERVAL * 1000;
  if (!config.ZENDESK_WEBHOOK_SECRET && intervalMs === 0)
    logger.warn(
      'neither ZENDESK_WEBHOOK_SECRET nor ZENDESK_POLL_INTERVAL is set: no new tickets will arrive',
    );

  return {
    name: 'zendesk',
    routes,
    inbox: { [ZENDESK_TICKET_SOURCE]: processTicket },
    outbox: { zendesk: deliver },
    start() {
      if (intervalMs === 0) return;
      const poll = createTicketPoller({
        connection,
        store,
        clock: app.clock,
        logger,
        worker: context.worker,
        intervalMs,
        onAccepted: context.kickInbox,
      });
      pollLoop = runEvery('zendesk-poll', intervalMs, async () => ((await poll()).more ? 1 : 0), logger);
    },
    async stop() {
      await pollLoop?.stop();
    },
  };
}
