import { DateTime } from 'luxon';
import type { Deadline } from '../../../core/deadlines/compute-deadline.js';
import type { Language } from '../../../core/language/languages.js';
import type { Playbooks } from '../../../core/tasks/playbooks.js';
import type { AuditEntry, Task } from '../../../core/tasks/task.js';
import type { StaffText } from './staff-text.js';

/** An instant as wall-clock time in the zone, to the minute, e.g. 2025-02-28 23:59 +01:00. */
export function localInstant(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant).setZone(timeZone).toFormat('yyyy-LL-dd HH:mm ZZ');
}

/** One line of `tasks list`: no contact details. */
export function taskLine(t: StaffText, task: Task): string {
  const status = t(`status.${task.status}`);
  return [
    task.id,
    t(`type.${task.type}`),
    status,
    task.due,
    task.assignee ?? t('cli.unassigned'),
    task.ticketId ?? '-',
  ].join(' | ');
}

interface DetailContext {
  t: StaffText;
  language: Language;
  timeZone: string;
  playbooks: Playbooks;
}

/** `tasks show`: the task, its deadline, checklist (titles from the playbook) and audit trail. */
export function taskDetail(
  ctx: DetailContext,
  task: Task,
  deadline: Deadline,
  audit: AuditEntry[],
): string[] {
  const { t, timeZone } = ctx;
  const local = (instant: string) => localInstant(instant, timeZone);
  const yesNo = (value: boolean) => t(value ? 'cli.show.yes' : 'cli.show.no');
  const titles = new Map(ctx.playbooks.byType[task.type].items.map((i) => [i.id, i.title[ctx.language]]));
  const lines = [
    t('cli.show.title', { id: task.id, type: t(`type.${task.type}`) }),
    t('cli.show.status', { status: t(`status.${task.status}`) }),
    t('cli.show.source', { source: task.source, ticket: task.ticketId ?? '-', language: task.language }),
    t('cli.show.requester', {
      contact:
        [task.requester?.email, task.requester?.zendeskUserId].filter(Boolean).join(', ') || t('cli.none'),
    }),
    t('cli.show.received', { instant: local(task.receivedAt) }),
    t('cli.show.due', { date: task.due, instant: local(task.dueAt) }),
    t('cli.show.assignee', { assignee: task.assignee ?? t('cli.unassigned') }),
  ];
  if (deadline.firstMonthEndsAt && task.extension === null)
    lines.push(t('cli.show.firstMonth', { instant: local(deadline.firstMonthEndsAt) }));
  if (task.extension) {
    const { by, at, reason, noticeSentAt } = task.extension;
    lines.push(
      t('cli.show.extension', {
        by,
        at: local(at),
        reason,
        notice: noticeSentAt ? local(noticeSentAt) : yesNo(false),
      }),
    );
  }
  for (const pause of task.pauses) {
    const to = pause.to ? local(pause.to) : t('cli.show.openPause');
    lines.push(t('cli.show.pause', { from: local(pause.from), to, reason: pause.reason }));
  }
  if (task.refusal)
    lines.push(
      t('cli.show.refusal', {
        reason: task.refusal.reason,
        notified: yesNo(task.refusal.complaintRightNotified),
      }),
    );
  if (task.duplicateOf) lines.push(t('cli.show.duplicateOf', { id: task.duplicateOf }));
  if (task.purgedAt) lines.push(t('cli.show.purged', { at: local(task.purgedAt) }));
  if (task.checklist.length > 0) {
    lines.push(t('cli.show.checklist'));
    for (const item of task.checklist)
      lines.push(`  [${item.done ? 'x' : ' '}] ${item.id}: ${titles.get(item.id) ?? ''}`.trimEnd());
  }
  lines.push(t('cli.show.audit'));
  for (const entry of audit) {
    // A creation lists every field; later entries name what changed.
    const fields = entry.after && entry.action !== 'created' ? Object.keys(entry.after).join(', ') : '';
    lines.push(`  ${local(entry.at)}  ${entry.actor}  ${entry.action}${fields ? `  (${fields})` : ''}`);
  }
  return lines;
}
