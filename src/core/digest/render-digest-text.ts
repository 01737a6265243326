import type { Language } from '../language/languages.js';
import type { Translate } from '../ports/translate.js';
import type { Digest, DigestTask } from './digest.js';

type Text = (key: string, vars?: Record<string, unknown>) => string;

/** "2025-03-06 14:30" in the zone (the Swedish locale prints ISO-like local times). */
export function localDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

function timeLeft(task: DigestTask, digest: Digest, t: Text): string {
  const instant = localDateTime(task.dueAt, digest.timeZone);
  if (task.hoursLeft !== undefined)
    return task.hoursLeft < 0
      ? t('breachLate', { instant })
      : t('hoursLeft', { count: task.hoursLeft, instant });
  if (task.daysLeft < 0) return t('overdueBy', { count: -task.daysLeft, date: task.due });
  if (task.daysLeft === 0) return t('dueToday', { date: task.due });
  return t('daysLeft', { count: task.daysLeft, date: task.due });
}

function line(task: DigestTask, digest: Digest, t: Text, translate: Translate, language: Language): string {
  return `  - ${t('line', {
    id: task.id,
    type: translate(`tasks:type.${task.type}`, language),
    ticket: task.ticketId ? `#${task.ticketId}` : t('noTicket'),
    left: timeLeft(task, digest, t),
    assignee: task.assignee ?? t('unassigned'),
  })}`;
}

const SECTIONS = ['overdue', 'breaches', 'dueSoon', 'awaitingIdentity', 'paused', 'unassigned'] as const;

/**
 * The digest as plain text in the staff language: for `digest` previews on the command line and
 * the console. The Slack adapter renders its own Block Kit from the same data.
 */
export function renderDigestText(digest: Digest, translate: Translate, language: Language): string {
  const t: Text = (key, vars) => translate(`digest:${key}`, language, vars);
  const lines = [
    t('title', { date: digest.date }),
    t('summary', {
      overdue: digest.counts.overdue,
      dueSoon: digest.counts.dueSoon,
      breaches: digest.counts.breaches,
      unassigned: digest.counts.unassigned,
    }),
  ];
  for (const section of SECTIONS) {
    const tasks = digest[section];
    lines.push('', `${t(`section.${section}`)} (${tasks.length})`);
    if (tasks.length === 0) lines.push(`  ${t('none')}`);
    for (const task of tasks) lines.push(line(task, digest, t, translate, language));
  }
  lines.push('', t('section.byAssignee'));
  if (digest.byAssignee.length === 0) lines.push(`  ${t('none')}`);
  for (const a of digest.byAssignee) lines.push(`  - ${t('load', { ...a })}`);
  const { count, onTime, onTimeRate } = digest.closed;
  const rate = onTimeRate === null ? '—' : `${Math.round(onTimeRate * 100)}%`;
  const since = digest.since ? localDateTime(digest.since, digest.timeZone) : null;
  lines.push(
    '',
    since ? t('closed', { since, count, onTime, rate }) : t('closedEver', { count, onTime, rate }),
  );
  return `${lines.join('\n')}\n`;
}
