import { randomUUID } from 'node:crypto';
import type { AuditEntry, Task } from '../../core/tasks/task.js';
import { scrubReasons } from './scrub-reasons.js';

/**
 * What retention leaves of a closed task: no requester, hand-written reasons blanked, dates and
 * ids kept; and the audit entry that records the purge. The version is the caller's to set.
 */
export function purgeTaskRecord(task: Task, now: string): { purged: Task; entry: AuditEntry } {
  return {
    purged: {
      ...scrubReasons(task),
      requester: null,
      requesterKey: null,
      purgedAt: now,
      updatedAt: now,
    },
    entry: {
      id: randomUUID(),
      taskId: task.id,
      at: now,
      actor: 'system:retention',
      action: 'purged',
      before: null,
      after: { purgedAt: now },
    },
  };
}
