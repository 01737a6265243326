import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  signWebhook,
  verifyWebhookSignature,
} from '../../../src/adapters/zendesk/verify-webhook-signature.js';

const secret = 'dGhpcyBpcyBhIHNlY3JldA==';
const body = Buffer.from('{"ticket_id":"123"}');
const timestamp = '2025-03-03T09:00:00Z';
const now = new Date('2025-03-03T09:01:00Z');

describe('verifyWebhookSignature', () => {
  it('accepts the base64 HMAC-SHA256 of timestamp + raw body', () => {
    const signature = signWebhook(secret, timestamp, body);
    expect(verifyWebhookSignature({ secret, signature, timestamp, body, now })).toEqual({ ok: true });
  });

  it('matches a signature computed independently', () => {
    // Zendesk's documented example: HMAC over the timestamp string followed by the body bytes.
    const signature = createHmac('sha256', secret).update(`${timestamp}${body.toString()}`).digest('base64');
    expect(verifyWebhookSignature({ secret, signature, timestamp, body, now }).ok).toBe(true);
  });

  it('refuses a body changed by one byte, a wrong secret and a truncated signature', () => {
    const signature = signWebhook(secret, timestamp, body);
    const tampered = Buffer.from('{"ticket_id":"124"}');
    expect(verifyWebhookSignature({ secret, signature, timestamp, body: tampered, now })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifyWebhookSignature({ secret: 'other', signature, timestamp, body, now }).ok).toBe(false);
    expect(
      verifyWebhookSignature({ secret, signature: signature.slice(0, 20), timestamp, body, now }).ok,
    ).toBe(false);
  });

  it('refuses timestamps more than five minutes off, in either direction', () => {
    for (const ts of ['2025-03-03T08:55:59Z', '2025-03-03T09:06:01Z']) {
      const signature = signWebhook(secret, ts, body);
      expect(verifyWebhookSignature({ secret, signature, timestamp: ts, body, now })).toEqual({
        ok: false,
        reason: 'stale',
      });
    }
    const edge = '2025-03-03T08:56:00Z';
    expect(
      verifyWebhookSignature({
        secret,
        signature: signWebhook(secret, edge, body),
        timestamp: edge,
        body,
        now,
      }).ok,
    ).toBe(true);
  });

  it('refuses missing headers and unreadable timestamps', () => {
    const signature = signWebhook(secret, 'yesterday', body);
    expect(verifyWebhookSignature({ secret, signature, timestamp: undefined, body, now }).ok).toBe(false);
    expect(verifyWebhookSignature({ secret, signature: undefined, timestamp, body, now }).ok).toBe(false);
    expect(verifyWebhookSignature({ secret, signature, timestamp: 'yesterday', body, now })).toEqual({
      ok: false,
      reason: 'bad-timestamp',
    });
  });
});
