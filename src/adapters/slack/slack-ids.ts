import { z } from 'zod';
import { LANGUAGES } from '../../core/language/languages.js';

/** Action ids of every interactive element the bot renders; listeners match on these. */
export const ACTION = {
  showSection: 'answer.section',
  helpful: 'answer.helpful',
  unhelpful: 'answer.unhelpful',
  claim: 'task.claim',
  verify: 'task.verify',
  pause: 'task.pause',
  resume: 'task.resume',
  extend: 'task.extend',
  notice: 'task.notice',
  complete: 'task.complete',
  refuse: 'task.refuse',
  check: 'task.check',
} as const;

/** Callback ids of the modals whose submissions the bot handles. */
export const VIEW = {
  extend: 'task.extend',
  refuse: 'task.refuse',
  section: 'answer.section',
} as const;

/** Block and action ids of modal inputs, read back from `view.state.values`. */
export const INPUT = {
  reason: { block: 'reason', action: 'reason' },
  notice: { block: 'notice', action: 'notice' },
  complaint: { block: 'complaint', action: 'complaint' },
} as const;

const language = z.enum(LANGUAGES);
const taskId = z.string().trim().min(1).max(100);

/** Value of "show the whole section": the section and the language it is shown in. */
export const sectionValue = z.object({ s: z.string().min(1).max(20), l: language });

/**
 * Value of the feedback buttons: which answer, about what; never the question. Buttons posted before
 * the question was dropped still carry a `q`, which is read past and never stored.
 */
export const feedbackValue = z.object({
  a: z.string().min(1).max(100),
  s: z.string().max(20).nullable(),
  l: language,
  v: z.string().max(50),
  k: z.boolean(),
});
export type FeedbackValue = z.infer<typeof feedbackValue>;

export const checkValue = z.object({ t: taskId, i: z.string().min(1).max(100), d: z.boolean() });
export const pauseOption = z
  .string()
  .regex(/^[^|]+\|(identity|clarification)$/)
  .transform((v) => {
    const [id, reason] = v.split('|') as [string, 'identity' | 'clarification'];
    return { taskId: id, reason };
  });
export const taskValue = taskId;
export const modalMetadata = z.object({ t: taskId });

/** Parses JSON from a button value or private metadata with `schema`; null for anything else. */
export function parseJson<T>(schema: z.ZodType<T>, text: string | undefined): T | null {
  if (!text) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
