import type { Clock } from '../ports/clock.js';
import type { InboxDelivery, InboxStore } from '../ports/inbox.js';
import type { Logger } from '../ports/logger.js';
import { planRetry, type RetryPolicy } from './compute-retry-delay.js';

/** Handles one recorded delivery (e.g. fetch and triage a Zendesk ticket). Throws to retry later. */
export type InboxProcessor = (delivery: InboxDelivery) => Promise<void>;

export interface ProcessInboxDeps {
  store: InboxStore;
  process: InboxProcessor;
  clock: Clock;
  logger: Logger;
  worker: string;
  random?: () => number;
  policy?: RetryPolicy;
}

/**
 * Claims recorded deliveries and processes them. A delivery is completed only after its processor
 * succeeded, so a crash in between leaves it to be claimed again when its lease runs out.
 * Returns how many deliveries were claimed.
 */
export async function processInbox(deps: ProcessInboxDeps, limit = 10, leaseMs = 120_000): Promise<number> {
  const claimed = await deps.store.claimInbox({
    now: deps.clock.now().toISOString(),
    limit,
    leaseMs,
    worker: deps.worker,
  });
  for (const delivery of claimed) {
    const log = deps.logger.child({ deliveryId: delivery.id, source: delivery.source });
    try {
      await deps.process(delivery);
      await deps.store.completeDelivery(delivery.id, deps.clock.now().toISOString());
    } catch (error) {
      const random = (deps.random ?? Math.random)();
      const plan = planRetry(error, delivery.attempts, {
        now: deps.clock.now(),
        random,
        policy: deps.policy,
      });
      await deps.store.failDelivery(delivery.id, plan);
      log.warn(
        { attempts: plan.attempts, retryAt: plan.retryAt, dead: plan.dead, status: plan.status },
        'inbox delivery failed',
      );
    }
  }
  return claimed.length;
}
