import { createHash } from 'node:crypto';
import type { RequestType, TaskStatus } from '../../core/tasks/task.js';

/** Set on every ticket the bot recognised as a privacy request; the Zendesk trigger excludes it. */
export const REQUEST_TAG = 'privacy_request';

const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9_-]+/g, '_');

/** `privacy_erasure`: one per right asked, for views and reports in Zendesk. */
export const typeTag = (type: RequestType) => `privacy_${type}`;

/** Links the ticket to a task (searchable in Zendesk) and marks the task's note as written. */
export const taskTag = (taskId: string) => `privacy_task_${clean(taskId)}`;

/** `privacy_erasure_completed`: where the task of that right stands. */
export const statusTag = (type: RequestType, status: TaskStatus) => `privacy_${type}_${status}`;

/** `privacy_erasure_extended`, `privacy_erasure_paused`: per right, as one ticket may hold several tasks. */
export const extendedTag = (type: RequestType) => `privacy_${type}_extended`;
export const pausedTag = (type: RequestType) => `privacy_${type}_paused`;

/** Marks a public reply as sent, so that a retried delivery does not send it twice. */
export const replyTag = (reply: 'acknowledgement' | 'answer') => `privacy_replied_${reply}`;

const NOTE_MARKER_PREFIX = 'privacy_note_';

/**
 * The last change note written, by outbox message: one rolling tag per ticket, enough to skip a
 * note whose delivery is retried after Zendesk took it but before it was marked delivered.
 */
export const noteMarker = (messageId: string) =>
  `${NOTE_MARKER_PREFIX}${createHash('sha256').update(messageId).digest('hex').slice(0, 12)}`;

export const isNoteMarker = (tag: string) => tag.startsWith(NOTE_MARKER_PREFIX);
