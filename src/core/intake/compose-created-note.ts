import type { Language } from '../language/languages.js';
import type { Translate } from '../ports/translate.js';
import type { Playbooks } from '../tasks/playbooks.js';
import type { RequestType, Task } from '../tasks/task.js';
import { formatDate, formatInstant, languageName } from './format-for-reader.js';
import type { TicketVerdict } from './intake-types.js';

export interface CreatedNoteInput {
  tasks: readonly Task[];
  /** The triage verdict on the ticket, for the evidence; null when the ticket text is unavailable. */
  verdict: TicketVerdict | null;
  locale: Language;
  timeZone: string;
  translate: Translate;
  playbooks: Playbooks;
  /** Citations of the policy sections that apply to a right ("§11.3 Erasure of your personal data"). */
  sectionsFor(type: RequestType, locale: Language): readonly string[];
  /** The ticket of each original a duplicate repeats (task id → ticket id), when known. */
  originalTickets?: Readonly<Record<string, string | null>>;
}

const MAX_PHRASES = 3;

function evidenceLine(input: CreatedNoteInput, type: RequestType): string | null {
  const phrases = [
    ...new Set((input.verdict?.evidence ?? []).filter((e) => e.type === type).map((e) => e.phrase)),
  ];
  if (phrases.length === 0) return null;
  const quoted = phrases.slice(0, MAX_PHRASES).map((p) => `“${p.trim()}”`);
  return input.translate('zendesk:note.why', input.locale, { phrases: quoted.join(', ') });
}

function taskSection(input: CreatedNoteInput, task: Task): string[] {
  const { locale, translate: t } = input;
  const right = t(`zendesk:right.${task.type}`, locale);
  const lines = [`■ ${t('zendesk:note.taskHeading', locale, { right, taskId: task.id })}`];
  const why = evidenceLine(input, task.type);
  if (why) lines.push(why);
  if (task.status === 'duplicate') {
    const ticket = task.duplicateOf ? input.originalTickets?.[task.duplicateOf] : null;
    lines.push(
      t(ticket ? 'zendesk:note.duplicateOfTicket' : 'zendesk:note.duplicate', locale, {
        original: task.duplicateOf ?? '?',
        ticket,
        due: formatDate(task.due, locale),
      }),
    );
    return lines;
  }
  const due =
    task.type === 'breach' ? formatInstant(task.dueAt, locale, input.timeZone) : formatDate(task.due, locale);
  lines.push(t(task.type === 'breach' ? 'zendesk:note.dueBreach' : 'zendesk:note.due', locale, { due }));
  const items = input.playbooks.byType[task.type].items;
  const open = new Set(task.checklist.map((c) => c.id));
  const steps = items.filter((i) => open.has(i.id));
  if (steps.length > 0) {
    lines.push(t('zendesk:note.checklist', locale));
    for (const step of steps)
      lines.push(`  ☐ ${step.title[locale]}${step.article ? ` (${step.article})` : ''}`);
  }
  const sections = input.sectionsFor(task.type, locale);
  if (sections.length > 0) {
    lines.push(t('zendesk:note.policy', locale));
    for (const citation of sections) lines.push(`  • ${citation}`);
  }
  return lines;
}

/**
 * The internal note for new tasks on a ticket, in the agents' language: which rights were
 * recognised and the phrases that show it, then per task the due date, the checklist and the policy
 * sections that apply.
 */
export function composeCreatedNote(input: CreatedNoteInput): string {
  const { locale, translate: t } = input;
  const rights = input.tasks.map((task) => t(`zendesk:right.${task.type}`, locale)).join(', ');
  const customerLanguage = input.verdict?.language ?? input.tasks[0]?.language;
  const head = [t('zendesk:note.createdTitle', locale, { rights })];
  if (customerLanguage)
    head.push(t('zendesk:note.language', locale, { language: languageName(customerLanguage, locale) }));
  const body = input.tasks.flatMap((task) => ['', ...taskSection(input, task)]);
  return [...head, ...body, '', t('zendesk:note.footer', locale)].join('\n');
}
