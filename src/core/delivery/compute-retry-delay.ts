import { DeliveryError } from '../ports/outbox.js';

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 1_000, maxMs: 15 * 60_000, maxAttempts: 12 };

/**
 * Delay before attempt `attempts + 1`: the server's Retry-After when it gave one, otherwise
 * exponential backoff with full jitter (`random` in [0, 1) is passed in to keep this pure).
 */
export function computeRetryDelay(
  attempts: number,
  opts: { retryAfterMs?: number; random: number; policy?: RetryPolicy },
): number {
  const policy = opts.policy ?? DEFAULT_RETRY_POLICY;
  if (opts.retryAfterMs !== undefined && opts.retryAfterMs >= 0)
    return Math.min(opts.retryAfterMs, policy.maxMs);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(policy.baseMs / 2, Math.round(ceiling * opts.random));
}

export interface RetryPlan {
  error: string;
  retryAt: string;
  dead: boolean;
  attempts: number;
  status?: number;
}

/**
 * What to do after a failed attempt: when to try again (Retry-After honoured) or whether to give up
 * (a permanent `DeliveryError`, or too many attempts).
 */
export function planRetry(
  error: unknown,
  previousAttempts: number,
  opts: { now: Date; random: number; policy?: RetryPolicy },
): RetryPlan {
  const policy = opts.policy ?? DEFAULT_RETRY_POLICY;
  const details = error instanceof DeliveryError ? error.opts : {};
  const attempts = previousAttempts + 1;
  const delay = computeRetryDelay(attempts, {
    retryAfterMs: details.retryAfterMs,
    random: opts.random,
    policy,
  });
  return {
    error: error instanceof Error ? error.message : String(error),
    retryAt: new Date(opts.now.getTime() + delay).toISOString(),
    dead: details.permanent === true || attempts >= policy.maxAttempts,
    attempts,
    status: details.status,
  };
}
