import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../core/ports/outbox.js';

/** Web API errors that a retry cannot fix: a setup problem for an operator (the message is kept as dead). */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'user_not_found',
  'cannot_dm_bot',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'not_authed',
]);

/** The Slack error code of a Web API platform error (`channel_not_found`), or null. */
export function slackErrorCode(error: unknown): string | null {
  const e = error as { code?: string; data?: { error?: string } };
  return e?.code === webApi.ErrorCode.PlatformError ? (e.data?.error ?? null) : null;
}

/**
 * Turns a Web API failure into the outbox's terms: a 429 waits for Retry-After, a setup problem is
 * permanent, a network or server error is retried with backoff.
 */
export function toDeliveryError(error: unknown): DeliveryError {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; message?: string };
  if (e?.code === webApi.ErrorCode.RateLimitedError)
    return new DeliveryError('slack rate limited', { retryAfterMs: (e.retryAfter ?? 1) * 1000, status: 429 });
  const code = slackErrorCode(error);
  if (code) return new DeliveryError(`slack error ${code}`, { permanent: PERMANENT.has(code) });
  if (e?.code === webApi.ErrorCode.HTTPError) {
    const status = e.statusCode ?? 0;
    return new DeliveryError(`slack http ${status}`, { status, permanent: status >= 400 && status < 500 });
  }
  return new DeliveryError(`slack request failed: ${e?.message ?? String(error)}`);
}
