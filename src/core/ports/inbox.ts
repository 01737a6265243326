/**
 * Incoming deliveries (Zendesk webhooks, polled tickets) are recorded durably before they are
 * acknowledged, then processed by a worker. A crash between the two resumes on restart.
 */
export interface NewInboxDelivery {
  source: string;
  /** The sender's delivery id (e.g. Zendesk's invocation id); a repeat is a duplicate. */
  deliveryId: string;
  /** What the delivery is about (e.g. `zendesk-ticket:123`); a second delivery for it is a duplicate. */
  dedupeKey: string;
  payload: Record<string, unknown>;
  receivedAt: string;
}

export interface InboxDelivery extends NewInboxDelivery {
  id: string;
  status: 'pending' | 'done' | 'failed';
  attempts: number;
  lastError: string | null;
  processedAt: string | null;
}

export interface InboxStore {
  /** Records a delivery; returns `duplicate` (and changes nothing) for a repeated delivery id or dedupe key. */
  acceptDelivery(delivery: NewInboxDelivery): Promise<'accepted' | 'duplicate'>;
  claimInbox(opts: { now: string; limit: number; leaseMs: number; worker: string }): Promise<InboxDelivery[]>;
  completeDelivery(id: string, at: string): Promise<void>;
  failDelivery(id: string, opts: { error: string; retryAt: string; dead: boolean }): Promise<void>;
  countPendingInbox(): Promise<number>;
}
