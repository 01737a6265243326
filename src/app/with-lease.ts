import type { Clock } from '../core/ports/clock.js';
import type { CoordinationStore } from '../core/ports/coordination-store.js';

export interface LeaseOptions {
  store: Pick<CoordinationStore, 'acquireLease'>;
  /** This process's name (host:pid:random). */
  holder: string;
  clock: Clock;
  /** How long the lease outlives its last renewal: the time a replica waits before taking over a dead holder's job. */
  ttlMs: number;
}

/**
 * Runs `job` only while this process holds the lease `name`, renewed on every run. Of several
 * replicas exactly one runs the job; when it dies, another takes over once the lease expires.
 * Returns the job's result, or null when another replica holds the lease.
 */
export async function withLease<T>(
  name: string,
  opts: LeaseOptions,
  job: () => Promise<T>,
): Promise<T | null> {
  const held = await opts.store.acquireLease(name, opts.holder, opts.clock.now().toISOString(), opts.ttlMs);
  return held ? job() : null;
}
