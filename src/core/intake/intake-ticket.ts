import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { NewOutboxMessage } from '../ports/outbox.js';
import type { Ticket } from '../ports/ticket-gateway.js';
import type { CreateTasksInput } from '../tasks/create-task-service.js';
import type { RequestType, Task } from '../tasks/task.js';
import { isAcknowledged } from './compose-acknowledgement.js';
import { TICKET_REPLY_KIND, type TicketReplyPayload, type TriageTicket } from './intake-types.js';

export interface IntakeDeps {
  triage: TriageTicket;
  /** The task service's `createTasks`: tasks and their outbox messages in one store call. */
  createTasks(input: CreateTasksInput): Promise<{ created: Task[]; existing: Task[] }>;
  enqueue(messages: NewOutboxMessage[], now: string): Promise<number>;
  /** Whether the policy answers the ticket's question with a citation; the reply is rendered at delivery. */
  canAnswer(ticket: Ticket, language: Task['language']): boolean;
  /** ZENDESK_PUBLIC_REPLY: reply to the customer (acknowledgement, cited answer). */
  publicReply: boolean;
  clock: Clock;
  logger: Logger;
}

export type IntakeOutcome =
  | { kind: 'not-privacy' }
  | { kind: 'question'; replyQueued: boolean }
  | { kind: 'request'; created: string[]; existing: string[]; replyQueued: boolean };

/** The actor recorded in the audit trail for tasks the intake creates. */
export const INTAKE_ACTOR = 'zendesk-intake';

function reply(payload: TicketReplyPayload): NewOutboxMessage {
  // One reply of each kind per ticket, however often the ticket is processed again after a crash.
  return {
    destination: 'zendesk',
    kind: TICKET_REPLY_KIND,
    payload,
    dedupeKey: `${TICKET_REPLY_KIND}:${payload.ticketId}:${payload.reply}`,
  };
}

/**
 * Turns a fetched ticket into privacy tasks: triage, then one task per right asked (received = the
 * ticket's creation, requester = e-mail and Zendesk user id only). A privacy question creates no
 * task; a ticket not about privacy is left alone. Public replies are queued only when enabled.
 * Safe to run again for the same ticket: existing tasks and queued replies are not repeated.
 */
export async function intakeTicket(deps: IntakeDeps, ticket: Ticket): Promise<IntakeOutcome> {
  const log = deps.logger.child({ ticketId: ticket.id });
  const verdict = deps.triage({
    subject: ticket.subject,
    description: ticket.description,
    createdAt: ticket.createdAt,
  });
  const rights = [...new Set(verdict.types.filter((t): t is RequestType => t !== 'question'))];
  // `privacy` is true only for rights and breaches; a policy question alone is not a request.
  if (rights.length === 0 && !verdict.types.includes('question')) {
    log.info({ confidence: verdict.confidence }, 'ticket is not a privacy matter; left untouched');
    return { kind: 'not-privacy' };
  }
  const now = deps.clock.now().toISOString();

  if (rights.length === 0) {
    const replyQueued = deps.publicReply && deps.canAnswer(ticket, verdict.language);
    if (replyQueued)
      await deps.enqueue(
        [reply({ ticketId: ticket.id, reply: 'answer', language: verdict.language, taskIds: [] })],
        now,
      );
    log.info({ replyQueued, language: verdict.language }, 'privacy question on ticket; no task');
    return { kind: 'question', replyQueued };
  }

  // Received = when the ticket reached Zendesk. A creation time ahead of our clock (the clocks
  // disagree) counts as now: never a receipt in the future, and never a later deadline than due.
  const ahead = Date.parse(ticket.createdAt) > Date.parse(now);
  if (ahead)
    log.warn({ createdAt: ticket.createdAt, now }, 'ticket created after our clock; received counted as now');
  const { created, existing } = await deps.createTasks({
    source: 'zendesk',
    ticketId: ticket.id,
    types: rights,
    receivedAt: ahead ? now : ticket.createdAt,
    requester: ticket.requester
      ? { email: ticket.requester.email, zendeskUserId: ticket.requester.id }
      : null,
    language: verdict.language,
    actor: INTAKE_ACTOR,
  });
  const tasks = [...created, ...existing];
  // A repeat of a request already open is linked as a duplicate and gets no acknowledgement of its
  // own; a breach report is internal. Only what the acknowledgement will name is queued for it.
  const acknowledged = tasks.filter(isAcknowledged).map((t) => t.id);
  const replyQueued = deps.publicReply && acknowledged.length > 0;
  if (replyQueued) {
    await deps.enqueue(
      [
        reply({
          ticketId: ticket.id,
          reply: 'acknowledgement',
          language: verdict.language,
          taskIds: acknowledged,
        }),
      ],
      now,
    );
  }
  log.info(
    {
      taskIds: tasks.map((t) => t.id),
      types: rights,
      created: created.length,
      language: verdict.language,
      replyQueued,
    },
    'privacy request on ticket; tasks recorded',
  );
  return {
    kind: 'request',
    created: created.map((t) => t.id),
    existing: existing.map((t) => t.id),
    replyQueued,
  };
}
