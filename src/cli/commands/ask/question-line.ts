import { z } from 'zod';
import { LANGUAGES } from '../../../core/language/languages.js';

/** One `--jsonl` input line: an id to echo back and the question; other fields are ignored. */
export const questionLine = z.object({
  id: z.union([z.string().max(200), z.number()]),
  text: z.string().trim().min(1, { error: 'must not be empty' }).max(10_000),
  /** Optional per-line override of the detected language. */
  lang: z.enum(LANGUAGES).optional(),
});
export type QuestionLine = z.infer<typeof questionLine>;

/** "text: must not be empty; id: expected string" — zod issues in one line. */
export function describeProblems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
}

/** The id of a line that failed validation, when one can be recovered, for the error row. */
export function recoverId(line: string): string | number | undefined {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    if (typeof value?.id === 'string' || typeof value?.id === 'number') return value.id;
  } catch {
    // Not JSON at all: the error row goes without an id.
  }
  return undefined;
}
