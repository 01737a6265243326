import type { AnswerFeedback } from '../../core/ports/feedback-store.js';
import type { InboxDelivery } from '../../core/ports/inbox.js';
import type { OutboxMessage } from '../../core/ports/outbox.js';
import type { ColumnReader } from './column-values.js';

type Row = Record<string, unknown>;

/** An inbox delivery from a row as the driver returns it. */
export function fromInboxRow(row: Row, read: ColumnReader): InboxDelivery {
  return {
    id: row.id as string,
    source: row.source as string,
    deliveryId: row.delivery_id as string,
    dedupeKey: row.dedupe_key as string,
    payload: read.json<Record<string, unknown>>(row.payload) as Record<string, unknown>,
    receivedAt: row.received_at as string,
    status: row.status as InboxDelivery['status'],
    attempts: row.attempts as number,
    lastError: row.last_error as string | null,
    processedAt: row.processed_at as string | null,
  };
}

/** An outbox message from a row as the driver returns it. */
export function fromOutboxRow(row: Row, read: ColumnReader): OutboxMessage {
  return {
    id: row.id as string,
    destination: row.destination as string,
    kind: row.kind as string,
    payload: read.json<Record<string, unknown>>(row.payload) as Record<string, unknown>,
    dedupeKey: row.dedupe_key as string | null,
    createdAt: row.created_at as string,
    attempts: row.attempts as number,
    nextAttemptAt: row.next_attempt_at as string,
    lastError: row.last_error as string | null,
    deliveredAt: row.delivered_at as string | null,
    deadAt: row.dead_at as string | null,
  };
}

/** A feedback vote from a row as the driver returns it. */
export function fromFeedbackRow(row: Row, read: ColumnReader): AnswerFeedback {
  return {
    id: row.id as string,
    answerId: row.answer_id as string,
    at: row.at as string,
    helpful: read.boolean(row.helpful),
    answered: read.boolean(row.answered),
    language: row.language as AnswerFeedback['language'],
    sectionId: row.section_id as string | null,
    policyVersion: row.policy_version as string,
    question: row.question as string | null,
    expiresAt: row.expires_at as string,
    source: row.source as string,
  };
}
