import { createHash } from 'node:crypto';
import type { Requester } from './task.js';

/**
 * A pseudonymous key for linking repeat requests of one person without keeping their address in
 * the index: sha256 of the normalised e-mail (trimmed, NFC, lower case), else of the Zendesk user id.
 */
export function requesterKeyOf(requester: Requester | null): string | null {
  const email = requester?.email?.normalize('NFC').trim().toLowerCase();
  const source = email
    ? `email:${email}`
    : requester?.zendeskUserId
      ? `zendesk:${requester.zendeskUserId}`
      : null;
  return source ? createHash('sha256').update(source).digest('hex') : null;
}
