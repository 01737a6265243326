import { allowsExtension } from '../deadlines/compute-deadline.js';
import type { Language } from '../language/languages.js';
import type { Translate } from '../ports/translate.js';
import type { RequestType, Task } from '../tasks/task.js';
import { formatDate } from './format-for-reader.js';

/** Rights for which we must be sure who is asking before we hand over or delete data (Art. 12(6)). */
export const IDENTITY_CHECKED: readonly RequestType[] = ['access', 'erasure', 'portability'];

/** Whether a task gets the public acknowledgement: breach reports are internal, repeats ride on the original. */
export function isAcknowledged(task: Task): boolean {
  return task.type !== 'breach' && task.status !== 'duplicate';
}

/**
 * The public acknowledgement to the customer, in their language: which requests were received, the
 * date we will answer by and, for access, erasure and portability, how we verify identity.
 * Breach reports are internal and never acknowledged this way.
 */
export function composeAcknowledgement(input: {
  tasks: readonly Task[];
  language: Language;
  translate: Translate;
}): string | null {
  const { language, translate: t } = input;
  const tasks = input.tasks.filter(isAcknowledged);
  if (tasks.length === 0) return null;
  const lines = [t('zendesk:ack.greeting', language), ''];
  for (const task of tasks) {
    lines.push(
      t('zendesk:ack.received', language, {
        right: t(`zendesk:rightForCustomer.${task.type}`, language),
        due: formatDate(task.due, language),
      }),
    );
  }
  if (tasks.some((task) => allowsExtension(task.type))) lines.push('', t('zendesk:ack.extension', language));
  if (tasks.some((task) => IDENTITY_CHECKED.includes(task.type)))
    lines.push('', t('zendesk:ack.identity', language));
  lines.push('', t('zendesk:ack.signoff', language));
  return lines.join('\n');
}

/** The public reply to a privacy question: the policy's answer and where it comes from. */
export function composeAnswerReply(input: {
  answer: string;
  citation: string;
  language: Language;
  translate: Translate;
}): string {
  const { language, translate: t } = input;
  return [
    t('zendesk:answer.greeting', language),
    '',
    input.answer.trim(),
    '',
    t('zendesk:answer.source', language, { citation: input.citation }),
    '',
    t('zendesk:answer.signoff', language),
  ].join('\n');
}
