import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import { DeliveryError, type OutboxMessage, type OutboxStore } from '../ports/outbox.js';
import { planRetry, type RetryPolicy } from './compute-retry-delay.js';

/** Delivers one outbox message to its destination (Zendesk, Slack). Throws `DeliveryError` to retry or give up. */
export type OutboxHandler = (message: OutboxMessage) => Promise<void>;

export interface DeliverOutboxDeps {
  store: OutboxStore;
  handlers: Readonly<Record<string, OutboxHandler>>;
  clock: Clock;
  logger: Logger;
  worker: string;
  random?: () => number;
  policy?: RetryPolicy;
}

/**
 * Claims due outbox messages and delivers them one by one. A failure is recorded with the next
 * attempt time (Retry-After honoured); after `maxAttempts` or a permanent error the message is dead,
 * kept for an operator. Returns how many messages were claimed.
 */
export async function deliverOutbox(deps: DeliverOutboxDeps, limit = 20, leaseMs = 60_000): Promise<number> {
  const random = deps.random ?? Math.random;
  const claimed = await deps.store.claimOutbox({
    now: deps.clock.now().toISOString(),
    limit,
    leaseMs,
    worker: deps.worker,
  });
  for (const message of claimed) {
    const log = deps.logger.child({
      outboxId: message.id,
      destination: message.destination,
      kind: message.kind,
    });
    const handler = deps.handlers[message.destination];
    try {
      if (!handler)
        throw new DeliveryError(`no handler for destination ${message.destination}`, { permanent: true });
      await handler(message);
      await deps.store.markDelivered(message.id, deps.clock.now().toISOString());
      log.debug('outbox message delivered');
    } catch (error) {
      const plan = planRetry(error, message.attempts, {
        now: deps.clock.now(),
        random: random(),
        policy: deps.policy,
      });
      await deps.store.markFailed(message.id, plan);
      log.warn(
        { attempts: plan.attempts, retryAt: plan.retryAt, dead: plan.dead, status: plan.status },
        'outbox delivery failed',
      );
    }
  }
  return claimed.length;
}
