import { z } from 'zod';
import { withExclusiveLease } from '../../core/delivery/with-exclusive-lease.js';
import { composeAcknowledgement, composeAnswerReply } from '../../core/intake/compose-acknowledgement.js';
import { composeChangeNote } from '../../core/intake/compose-change-note.js';
import { composeCreatedNote } from '../../core/intake/compose-created-note.js';
import { TICKET_REPLY_KIND, type TriageTicket } from '../../core/intake/intake-types.js';
import { LANGUAGES, type Language } from '../../core/language/languages.js';
import type { Clock } from '../../core/ports/clock.js';
import type { CoordinationStore } from '../../core/ports/coordination-store.js';
import type { Logger } from '../../core/ports/logger.js';
import { DeliveryError, type OutboxMessage } from '../../core/ports/outbox.js';
import type { TaskStore } from '../../core/ports/task-store.js';
import type { Ticket } from '../../core/ports/ticket-gateway.js';
import type { Translate } from '../../core/ports/translate.js';
import type { Playbooks } from '../../core/tasks/playbooks.js';
import { type RequestType, TASK_STATUSES, type Task } from '../../core/tasks/task.js';
import { changeTags } from './change-tags.js';
import type { ZendeskTicketGateway } from './create-zendesk-gateway.js';
import { isNoteMarker, noteMarker, REQUEST_TAG, replyTag, taskTag, typeTag } from './zendesk-tags.js';

export interface ZendeskOutboxDeps {
  gateway: ZendeskTicketGateway;
  tasks: Pick<TaskStore, 'getTask' | 'findTasks'>;
  /** Re-reads the ticket for the note's evidence; the outbox itself never holds customer text. */
  triage: TriageTicket;
  /** The policy's cited answer to a ticket's question, or null when it has none. */
  answer(ticket: Ticket, language: Language): { answer: string; citation: string } | null;
  sectionsFor(type: RequestType, locale: Language): readonly string[];
  playbooks: Playbooks;
  translate: Translate;
  /** STAFF_LOCALE: the language of internal notes. */
  staffLocale: Language;
  timeZone: string;
  logger: Logger;
  /** Serialises writes to one ticket across workers and replicas (two tasks of one ticket, one note). */
  leases: Pick<CoordinationStore, 'acquireLease' | 'releaseLease'>;
  worker: string;
  /** As long as the outbox claim (OUTBOX_LEASE_MS): a dead worker's ticket lease lapses with its claim. */
  leaseMs: number;
  clock: Clock;
}

const taskFacts = z.object({
  version: z.number().int(),
  status: z.enum(TASK_STATUSES),
  assignee: z.string().nullable(),
  due: z.string(),
  dueAt: z.string(),
  pause: z.object({ reason: z.enum(['identity', 'clarification']), open: z.boolean() }).nullable(),
});
// `facts` is absent from messages queued before it was added: those notes use the task as it stands.
const taskPayload = z.object({
  taskId: z.string().min(1),
  action: z.string(),
  actor: z.string(),
  facts: taskFacts.optional(),
});
const replyPayload = z.object({
  ticketId: z.string().regex(/^\d+$/),
  reply: z.enum(['acknowledgement', 'answer']),
  language: z.enum(LANGUAGES),
  taskIds: z.array(z.string()),
});

function payloadOf<T>(schema: z.ZodType<T>, message: OutboxMessage): T {
  const parsed = schema.safeParse(message.payload);
  if (!parsed.success) throw new DeliveryError(`malformed ${message.kind} payload`, { permanent: true });
  return parsed.data;
}

/**
 * Delivers `zendesk` outbox messages: the internal note and tags for new tasks (one note covers the
 * tasks created together from a ticket), a note and tag changes when a task changes, and public
 * replies. Each reads the ticket's tags first so that a retried delivery does not write twice.
 */
export function createZendeskOutboxHandler(deps: ZendeskOutboxDeps) {
  async function ticketOfTask(taskId: string, log: Logger): Promise<{ task: Task; ticket: Ticket } | null> {
    const task = await deps.tasks.getTask(taskId);
    if (!task?.ticketId || task.purgedAt) return null;
    const ticket = await deps.gateway.getTicket(task.ticketId, { requester: false });
    if (!ticket) log.warn({ ticketId: task.ticketId }, 'ticket of task no longer exists; nothing to update');
    return ticket ? { task, ticket } : null;
  }

  async function taskCreated(message: OutboxMessage, log: Logger): Promise<void> {
    const found = await ticketOfTask(payloadOf(taskPayload, message).taskId, log);
    if (!found) return;
    const { task, ticket } = found;
    const tags = new Set(ticket.tags);
    if (tags.has(taskTag(task.id))) return;
    // Tasks created together from this ticket share one note; each later message then finds its tag.
    const batch = (await deps.tasks.findTasks({ ticketId: ticket.id })).filter(
      (t) => t.id !== task.id && t.createdAt === task.createdAt && !tags.has(taskTag(t.id)),
    );
    const tasks = [task, ...batch];
    const verdict = deps.triage(ticket);
    const originalTickets: Record<string, string | null> = {};
    for (const id of new Set(tasks.flatMap((t) => (t.duplicateOf ? [t.duplicateOf] : []))))
      originalTickets[id] = (await deps.tasks.getTask(id))?.ticketId ?? null;
    const body = composeCreatedNote({
      tasks,
      verdict: verdict.privacy ? verdict : null,
      locale: deps.staffLocale,
      timeZone: deps.timeZone,
      translate: deps.translate,
      playbooks: deps.playbooks,
      sectionsFor: deps.sectionsFor,
      originalTickets,
    });
    const addTags = [
      REQUEST_TAG,
      ...new Set(tasks.map((t) => typeTag(t.type))),
      ...tasks.map((t) => taskTag(t.id)),
    ];
    await deps.gateway.updateTicket(ticket.id, { addTags, comment: { body, public: false } });
    log.info({ ticketId: ticket.id, taskIds: tasks.map((t) => t.id) }, 'zendesk note for new tasks added');
  }

  async function taskChanged(message: OutboxMessage, log: Logger): Promise<void> {
    const payload = payloadOf(taskPayload, message);
    const found = await ticketOfTask(payload.taskId, log);
    if (!found) return;
    const { task, ticket } = found;
    const marker = noteMarker(message.id);
    if (ticket.tags.includes(marker)) return;
    const body = composeChangeNote({
      task,
      facts: payload.facts,
      action: payload.action,
      actor: payload.actor,
      locale: deps.staffLocale,
      timeZone: deps.timeZone,
      translate: deps.translate,
    });
    const tags = changeTags(task, ticket.tags);
    if (body) {
      tags.add.push(marker);
      tags.remove.push(...ticket.tags.filter(isNoteMarker));
    }
    if (!body && tags.add.length === 0 && tags.remove.length === 0) return;
    await deps.gateway.updateTicket(ticket.id, {
      addTags: tags.add,
      removeTags: tags.remove,
      comment: body ? { body, public: false } : undefined,
    });
    log.info(
      { ticketId: ticket.id, taskId: task.id, action: payload.action },
      'zendesk ticket updated for task change',
    );
  }

  async function ticketReply(message: OutboxMessage, log: Logger): Promise<void> {
    const payload = payloadOf(replyPayload, message);
    const ticket = await deps.gateway.getTicket(payload.ticketId, { requester: false });
    if (!ticket || ticket.tags.includes(replyTag(payload.reply))) return;
    let body: string | null = null;
    if (payload.reply === 'acknowledgement') {
      const tasks = (await Promise.all(payload.taskIds.map((id) => deps.tasks.getTask(id)))).filter(
        (t): t is Task => t !== null && t.purgedAt === null,
      );
      body = composeAcknowledgement({ tasks, language: payload.language, translate: deps.translate });
    } else {
      const found = deps.answer(ticket, payload.language);
      if (found)
        body = composeAnswerReply({ ...found, language: payload.language, translate: deps.translate });
    }
    if (!body) return;
    await deps.gateway.updateTicket(ticket.id, {
      addTags: [replyTag(payload.reply)],
      comment: { body, public: true },
    });
    log.info(
      { ticketId: ticket.id, reply: payload.reply, language: payload.language },
      'zendesk public reply sent',
    );
  }

  const handlers: Record<string, (message: OutboxMessage, log: Logger) => Promise<void>> = {
    'task.created': taskCreated,
    'task.changed': taskChanged,
    [TICKET_REPLY_KIND]: ticketReply,
  };

  async function ticketIdOf(message: OutboxMessage): Promise<string | null> {
    if (message.kind === TICKET_REPLY_KIND) return payloadOf(replyPayload, message).ticketId;
    const task = await deps.tasks.getTask(payloadOf(taskPayload, message).taskId);
    return task?.ticketId ?? null;
  }

  return async (message: OutboxMessage): Promise<void> => {
    const log = deps.logger.child({ outboxId: message.id, kind: message.kind });
    const handle = handlers[message.kind];
    if (!handle) throw new DeliveryError(`unknown zendesk message kind ${message.kind}`, { permanent: true });
    const ticketId = await ticketIdOf(message);
    if (!ticketId) return;
    const lease = {
      leases: deps.leases,
      holder: deps.worker,
      now: deps.clock.now().toISOString(),
      ttlMs: deps.leaseMs,
    };
    await withExclusiveLease(`zendesk-ticket:${ticketId}`, lease, () => handle(message, log));
  };
}
