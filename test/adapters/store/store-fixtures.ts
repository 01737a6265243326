import { loadPlaybooks } from '../../../src/app/load-playbooks.js';
import type { AnswerFeedback } from '../../../src/core/ports/feedback-store.js';
import type { NewOutboxMessage } from '../../../src/core/ports/outbox.js';
import type { Store } from '../../../src/core/ports/store.js';
import { createTaskService } from '../../../src/core/tasks/create-task-service.js';
import type { AuditEntry, Task } from '../../../src/core/tasks/task.js';

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString().padStart(6, '0')}`;
}

/** A stored-shape task with fixed dates; override what the test is about. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: nextId('task'),
    type: 'access',
    status: 'received',
    source: 'zendesk',
    ticketId: null,
    requester: { email: 'anna@example.com', zendeskUserId: '42' },
    requesterKey: 'key-anna',
    language: 'sv',
    receivedAt: '2025-03-05T09:00:00.000Z',
    due: '2025-04-07',
    dueAt: '2025-04-07T21:59:59.999Z',
    pauses: [],
    extension: null,
    assignee: null,
    checklist: [{ id: 'verify-identity', done: false, doneAt: null, doneBy: null }],
    refusal: null,
    duplicateOf: null,
    createdAt: '2025-03-05T09:00:01.000Z',
    updatedAt: '2025-03-05T09:00:01.000Z',
    closedAt: null,
    purgedAt: null,
    version: 1,
    ...overrides,
  };
}

export function auditFor(task: Task, action = 'created', at = task.updatedAt): AuditEntry {
  return {
    id: nextId('audit'),
    taskId: task.id,
    at,
    actor: 'test',
    action,
    before: null,
    after: { status: task.status },
  };
}

export function messageFor(task: Task, destination = 'slack', kind = 'task.created'): NewOutboxMessage {
  return {
    destination,
    kind,
    payload: { taskId: task.id, action: 'created', actor: 'test', at: task.updatedAt },
    dedupeKey: `${kind}:${task.id}:${task.version}:${destination}`,
  };
}

/** Inserts tasks with one audit entry and one outbox message each. */
export function batchOf(...tasks: Task[]) {
  return { tasks, audit: tasks.map((t) => auditFor(t)), outbox: tasks.map((t) => messageFor(t)) };
}

/** A helpful vote on §8 with the question asked (kept until 2 June); override what the test is about. */
export function makeVote(overrides: Partial<AnswerFeedback> = {}): AnswerFeedback {
  return {
    id: 'vote-1',
    answerId: 'answer-1',
    at: '2025-03-04T10:00:00.000Z',
    helpful: true,
    answered: true,
    language: 'nl',
    sectionId: '8',
    policyVersion: '2024-05',
    question: 'Hoe lang bewaren jullie mijn gegevens?',
    expiresAt: '2025-06-02T10:00:00.000Z',
    source: 'slack',
    ...overrides,
  };
}

/** The task service on `store` as the bot wires it: real time, Swedish calendar, shipped playbooks. */
export function taskServiceOn(store: Store) {
  return createTaskService({
    store,
    clock: { now: () => new Date() },
    calendar: { country: 'SE', timeZone: 'Europe/Stockholm' },
    playbooks: loadPlaybooks(),
    destinations: ['slack'],
  });
}
