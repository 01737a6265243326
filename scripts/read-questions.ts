import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '../src/core/language/languages.js';

const questionSchema = z.strictObject({
  id: z.string().min(1),
  language: z.enum(LANGUAGES),
  text: z.string().min(1),
  /**
   * Acceptable public section ids (`1`…`13`, `4.1`…`4.4`); null or empty for a question the policy
   * does not cover.
   */
  expected: z
    .array(z.string())
    .nullable()
    .transform((ids) => (ids === null || ids.length === 0 ? null : ids)),
  /** Acceptable passages (`11.3`) where the question asks about one right of §11. */
  passages: z.array(z.string()).min(1).optional(),
});
export type LabelledQuestion = z.infer<typeof questionSchema>;

export const QUESTION_SETS = {
  dev: 'test/fixtures/questions.jsonl',
  heldout: 'test/fixtures/questions.heldout.jsonl',
  independentQ1: 'test/fixtures/questions-independent-q1.jsonl',
  independentQ2: 'test/fixtures/questions-independent-q2.jsonl',
  independentC1: 'test/fixtures/questions-independent-c1.jsonl',
  independentC2: 'test/fixtures/questions-independent-c2.jsonl',
  independentQ4: 'test/fixtures/questions-independent-q4.jsonl',
  independentQ5: 'test/fixtures/questions-independent-q5.jsonl',
  independentQ6: 'test/fixtures/questions-independent-q6.jsonl',
} as const;
export type QuestionSet = keyof typeof QUESTION_SETS;

/**
 * Sets written independently and never tuned on: not example sources, not in cross-validation, so
 * the shipped model has never seen them. Their figures are the honest estimate for new questions;
 * once anyone tunes on one, move it to QUESTION_SETS and write a new one for here.
 */
export const HOLDOUT_QUESTION_SETS = {
  independentQ7: 'test/fixtures/questions-independent-q7-holdout.jsonl',
} as const;

/**
 * Each labelled set is also a source of example questions for the learned section model
 * (`knowledge/policy/examples/`), under this name; cross-validation leaves one source out at a time.
 */
export const EXAMPLE_SOURCES: Record<QuestionSet, string> = {
  dev: 'tuning',
  heldout: 'heldout',
  independentQ1: 'q1',
  independentQ2: 'q2',
  independentC1: 'c1',
  independentC2: 'c2',
  independentQ4: 'q4',
  independentQ5: 'q5',
  independentQ6: 'q6',
};

/** Reads a labelled question file (one JSON object per line), validating every line. */
export function readQuestions(file: string): LabelledQuestion[] {
  const path = isAbsolute(file) ? file : join(import.meta.dirname, '..', file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = questionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/**
 * A predicted id is right when it is an expected one or a subsection of one (`4.1` answers "4";
 * `11.3` answers "11" at passage level).
 */
export function matchesExpected(predicted: string | undefined, expected: readonly string[]): boolean {
  return predicted !== undefined && expected.some((e) => predicted === e || predicted.startsWith(`${e}.`));
}
