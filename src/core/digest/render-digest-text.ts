import { localDateTime } from '../deadlines/local-time.js';
import { phraseTimeLeft } from '../deadlines/time-left.js';
import type { Language } from '../language/languages.js';
import type { Translate } from '../ports/translate.js';
import type { Digest, DigestTask } from './digest.js';

type Text = (key: string, vars?: Record<string, unknown>) => string;

/** The digest's own words for each phrase of the time left. */
function describeTimeLeft(task: DigestTask, digest: Digest, t: Text): string {
  // The clock stands while paused: a countdown (or "late by") would be wrong, as on the card.
  if (task.paused) return t('paused', { date: task.due });
  const left = phraseTimeLeft(task);
  const instant = () => localDateTime(task.dueAt, digest.timeZone);
  switch (left.phrase) {
    case 'hoursLeft':
      return t('hoursLeft', { count: left.count, instant: instant() });
    case 'hoursPassed':
      return t('breachLate', { instant: instant() });
    case 'overdue':
      return t('overdueBy', { count: left.count, date: task.due });
    case 'dueToday':
      return t('dueToday', { date: task.due });
    case 'daysLeft':
      return t('daysLeft', { count: left.count, date: task.due });
  }
}

function line(task: DigestTask, digest: Digest, t: Text, translate: Translate, language: Language): string {
  return `  - ${t('line', {
    id: task.id,
    type: translate(`tasks:type.${task.type}`, language),
    ticket: task.ticketId ? `#${task.ticketId}` : t('noTicket'),
    left: describeTimeLeft(task, digest, t),
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
