import { z } from 'zod';
import type { Digest, DigestRecipient } from '../../core/digest/digest.js';
import type { Reminder } from '../../core/reminders/reminder.js';
import { REQUEST_TYPES, TASK_STATUSES } from '../../core/tasks/task.js';

/** Outbox payloads are read back from the database: validated like any other input. */
const slackId = z.string().regex(/^[A-Z0-9]{2,}$/i);
const type = z.enum(REQUEST_TYPES);

export const taskMessagePayload = z.object({ taskId: z.string().min(1) });

export const reminderPayload: z.ZodType<{ reminder: Reminder }> = z.object({
  reminder: z.object({
    taskId: z.string().min(1),
    type,
    ticketId: z.string().nullable(),
    point: z.string().min(1),
    kind: z.enum(['due-soon', 'overdue', 'extension-notice', 'breach']),
    recipient: z.union([
      z.object({ type: z.literal('user'), id: z.string().min(1) }),
      z.object({ type: z.literal('channel') }),
    ]),
    due: z.string(),
    dueAt: z.string(),
    workingDaysLeft: z.number().int().nullable(),
    hoursLeft: z.number().int().nullable(),
  }),
});

const digestTask = z.object({
  id: z.string(),
  type,
  status: z.enum(TASK_STATUSES),
  ticketId: z.string().nullable(),
  due: z.string(),
  dueAt: z.string(),
  assignee: z.string().nullable(),
  paused: z.boolean().optional(),
  daysLeft: z.number().int(),
  hoursLeft: z.number().int().optional(),
});

export const digestPayload: z.ZodType<{ digest: Digest; recipient: DigestRecipient }> = z.object({
  digest: z.object({
    date: z.string(),
    generatedAt: z.string(),
    timeZone: z.string(),
    since: z.string().nullable(),
    overdue: z.array(digestTask),
    dueSoon: z.array(digestTask),
    breaches: z.array(digestTask),
    awaitingIdentity: z.array(digestTask),
    paused: z.array(digestTask),
    unassigned: z.array(digestTask),
    byAssignee: z.array(z.object({ assignee: z.string(), open: z.number(), overdue: z.number() })),
    closed: z.object({ count: z.number(), onTime: z.number(), onTimeRate: z.number().nullable() }),
    counts: z.record(z.string(), z.number()),
  }),
  recipient: z.union([
    z.object({ type: z.literal('channel'), id: slackId }),
    z.object({ type: z.literal('user'), id: slackId }),
  ]),
});
