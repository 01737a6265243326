import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a delivery's timestamp may be from our clock before it counts as a replay. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'bad-timestamp' | 'stale' | 'mismatch' };

/** Zendesk's scheme: base64 HMAC-SHA256 of the timestamp header followed by the raw body. */
export function signWebhook(secret: string, timestamp: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(timestamp).update(body).digest('base64');
}

/**
 * Checks `x-zendesk-webhook-signature` over the exact bytes received, in constant time, and refuses
 * timestamps more than `toleranceMs` away from `now` (a captured delivery cannot be replayed later).
 */
export function verifyWebhookSignature(opts: {
  secret: string;
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
  now: Date;
  toleranceMs?: number;
}): SignatureCheck {
  if (!opts.signature || !opts.timestamp) return { ok: false, reason: 'missing' };
  const sentAt = Date.parse(opts.timestamp);
  if (Number.isNaN(sentAt)) return { ok: false, reason: 'bad-timestamp' };
  if (Math.abs(opts.now.getTime() - sentAt) > (opts.toleranceMs ?? SIGNATURE_TOLERANCE_MS))
    return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signWebhook(opts.secret, opts.timestamp, opts.body), 'base64');
  const given = Buffer.from(opts.signature.trim(), 'base64');
  // timingSafeEqual needs equal lengths; comparing against itself keeps the timing independent of the input.
  const same =
    given.length === expected.length
      ? timingSafeEqual(given, expected)
      : !timingSafeEqual(expected, expected);
  return same ? { ok: true } : { ok: false, reason: 'mismatch' };
}
