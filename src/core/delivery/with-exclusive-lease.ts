import type { CoordinationStore } from '../ports/coordination-store.js';
import { DeliveryError } from '../ports/outbox.js';

export interface ExclusiveLease {
  leases: Pick<CoordinationStore, 'acquireLease' | 'releaseLease'>;
  /** This worker's name. */
  holder: string;
  now: string;
  /** Outlives a worker that dies while holding it. */
  ttlMs: number;
}

/**
 * Runs one outbox delivery while holding the lease `name`, so that two workers (or replicas) never
 * write the same ticket or Slack card at once. When another worker holds it, the delivery is tried
 * again shortly, after which it finds the other worker's result.
 */
export async function withExclusiveLease<T>(
  name: string,
  lease: ExclusiveLease,
  deliver: () => Promise<T>,
): Promise<T> {
  if (!(await lease.leases.acquireLease(name, lease.holder, lease.now, lease.ttlMs)))
    throw new DeliveryError(`${name} is being written by another worker`, { retryAfterMs: 1_000 });
  try {
    return await deliver();
  } finally {
    await lease.leases.releaseLease(name, lease.holder);
  }
}
