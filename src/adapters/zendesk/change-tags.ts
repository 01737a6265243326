import { TASK_STATUSES, type Task } from '../../core/tasks/task.js';
import { isPaused } from '../../core/tasks/task-deadline.js';
import { extendedTag, pausedTag, statusTag } from './zendesk-tags.js';

/**
 * The tag changes that bring a ticket in line with one of its tasks: the right's status tag (e.g.
 * `privacy_erasure_completed` replaces `privacy_erasure_in_progress`), `privacy_erasure_extended`, `privacy_erasure_paused`. Only
 * differences from `current` are returned.
 */
export function changeTags(task: Task, current: readonly string[]): { add: string[]; remove: string[] } {
  const have = new Set(current);
  const want = new Set([statusTag(task.type, task.status)]);
  if (task.extension) want.add(extendedTag(task.type));
  const unwanted = TASK_STATUSES.filter((s) => s !== task.status).map((s) => statusTag(task.type, s));
  if (isPaused(task)) want.add(pausedTag(task.type));
  else unwanted.push(pausedTag(task.type));
  return {
    add: [...want].filter((t) => !have.has(t)),
    remove: unwanted.filter((t) => have.has(t)),
  };
}
