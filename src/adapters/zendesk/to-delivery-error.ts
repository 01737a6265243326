import { DeliveryError } from '../../core/ports/outbox.js';

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** 4xx answers will not change on retry, except timeouts, conflicts and rate limits. */
export function isPermanentStatus(status: number): boolean {
  return status >= 400 && status < 500 && ![408, 409, 429].includes(status);
}

/** A failed HTTP exchange with Zendesk as a `DeliveryError` the outbox and inbox workers understand. */
export function httpDeliveryError(
  what: string,
  status: number,
  retryAfter: string | null | undefined,
  now: Date,
): DeliveryError {
  return new DeliveryError(`Zendesk ${what} failed with HTTP ${status}`, {
    status,
    retryAfterMs: parseRetryAfter(retryAfter, now),
    permanent: isPermanentStatus(status),
  });
}

interface ErrorWithStatus {
  statusCode?: unknown;
  status?: unknown;
  message?: unknown;
}

/**
 * Maps whatever node-zendesk or fetch threw: an HTTP status (permanent for most 4xx) or a network
 * failure (retryable). The message never includes the response body, which may quote the ticket.
 */
export function toDeliveryError(what: string, error: unknown, now: Date): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = (error ?? {}) as ErrorWithStatus;
  const status = Number(e.statusCode ?? e.status);
  if (Number.isInteger(status) && status >= 400) return httpDeliveryError(what, status, undefined, now);
  const cause = error instanceof Error ? error.name : 'unknown error';
  return new DeliveryError(`Zendesk ${what} failed: ${cause} (network or timeout)`);
}
