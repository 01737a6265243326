import { z } from 'zod';
import type { Language } from '../../language/languages.js';
import { KnowledgeError } from '../parse-knowledge.js';

/**
 * One line of `knowledge/policy/examples/<language>.jsonl`: a question as customers and staff
 * put it, the public section ids that answer it (none: the policy does not cover it), and who
 * wrote it (cross-validation leaves one source out at a time).
 */
const exampleLineSchema = z.strictObject({
  text: z.string().trim().min(1, { error: 'must not be empty' }),
  sections: z.array(z.string()),
  source: z.string().regex(/^[a-z0-9-]+$/, { error: 'a short name such as "c1" or "tuning"' }),
});

export interface AnswerExample {
  language: Language;
  text: string;
  /** Public section ids; empty when the question is out of scope. */
  sections: string[];
  source: string;
}

/** An example file as read from disk: its name (for messages), language and lines. */
export interface ExampleFileContent {
  file: string;
  language: Language;
  text: string;
}

/**
 * Validates the example files: every line JSON with a text, known public section ids and a
 * source. Throws a `KnowledgeError` naming the file, line and field of every problem.
 */
export function parseAnswerExamples(
  files: readonly ExampleFileContent[],
  publicIds: ReadonlySet<string>,
): AnswerExample[] {
  const problems: string[] = [];
  const examples: AnswerExample[] = [];
  for (const { file, language, text } of files) {
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        problems.push(`${where}: not valid JSON`);
        return;
      }
      const parsed = exampleLineSchema.safeParse(json);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push(`${where}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
        return;
      }
      const unknown = parsed.data.sections.filter((id) => !publicIds.has(id));
      if (unknown.length > 0) {
        problems.push(`${where}: sections: ${unknown.join(', ')} is not a public section id`);
        return;
      }
      examples.push({ language, ...parsed.data });
    });
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return examples;
}
