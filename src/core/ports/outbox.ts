/**
 * Outgoing calls (Zendesk notes and tags, Slack messages) are written to the outbox in the same
 * transaction as the change that caused them, then delivered by a worker with retries.
 * `dedupeKey` makes a message unique across replicas and restarts (a reminder, a digest).
 */
export interface NewOutboxMessage {
  /** Which adapter delivers it, e.g. `zendesk` or `slack`. */
  destination: string;
  /** What to do, e.g. `ticket.task-created`, `slack.task-card`, `slack.reminder`. */
  kind: string;
  /** Domain data only (ids, types, dates); never customer text or contact details. */
  payload: Record<string, unknown>;
  /** When set, a second message with the same key is silently dropped. */
  dedupeKey?: string | null;
  /** Earliest delivery time (ISO instant); defaults to now. */
  notBefore?: string | null;
}

export interface OutboxMessage {
  id: string;
  destination: string;
  kind: string;
  payload: Record<string, unknown>;
  dedupeKey: string | null;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
  /** Set when the message gave up after too many attempts; kept for an operator to retry. */
  deadAt: string | null;
}

export interface OutboxStore {
  /** Enqueues messages outside any task change (digests, reminders). Returns how many were new. */
  enqueue(messages: NewOutboxMessage[], now: string): Promise<number>;
  /** Claims up to `limit` due messages for `leaseMs`; a claimed message is invisible to other workers. */
  claimOutbox(opts: {
    now: string;
    limit: number;
    leaseMs: number;
    worker: string;
  }): Promise<OutboxMessage[]>;
  markDelivered(id: string, at: string): Promise<void>;
  /** Records a failed attempt; the message is tried again at `retryAt`, or given up when `dead`. */
  markFailed(id: string, opts: { error: string; retryAt: string; dead: boolean }): Promise<void>;
  /** Counts messages not yet delivered nor dead (for readiness and shutdown flushing). */
  countPendingOutbox(): Promise<number>;
}

/** Thrown by a delivery handler: `retryAfterMs` honours the server's Retry-After, `permanent` stops retries. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly opts: { retryAfterMs?: number; permanent?: boolean; status?: number } = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
