import { z } from 'zod';

const reason = z.string().trim().max(500);

/**
 * Everything staff can do to a task, from any door (CLI, Slack buttons, console). Validate
 * untrusted input with `taskActionSchema`; the lifecycle rules live in `applyTaskAction`.
 */
export const taskActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assign'), assignee: z.string().trim().min(1).max(100).nullable() }),
  z.object({ type: z.literal('start') }),
  /** Identity verified: closes an open pause and ticks the `verify-identity` checklist item. */
  z.object({ type: z.literal('verify') }),
  z.object({ type: z.literal('pause'), reason: z.enum(['identity', 'clarification']) }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('extend'), reason, noticeSent: z.boolean().default(false) }),
  /** The requester has been told of the extension (Art. 12(3): within the first month). */
  z.object({ type: z.literal('extension-notice') }),
  z.object({ type: z.literal('check'), item: z.string().trim().min(1).max(100), done: z.boolean() }),
  z.object({ type: z.literal('complete') }),
  z.object({ type: z.literal('refuse'), reason, complaintNotified: z.boolean() }),
  z.object({ type: z.literal('withdraw') }),
]);

export type TaskAction = z.input<typeof taskActionSchema>;
export type TaskActionType = TaskAction['type'];
export const TASK_ACTION_TYPES: readonly TaskActionType[] = taskActionSchema.options.map(
  (o) => o.shape.type.value,
);
