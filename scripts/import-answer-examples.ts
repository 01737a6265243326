/**
 * Copies the labelled question sets (`test/fixtures/questions*.jsonl`, see `QUESTION_SETS`) into the
 * example questions the learned section model is trained on, `knowledge/policy/examples/<language>.jsonl`,
 * each line with its source. Lines of other sources (written straight into the example files) are kept.
 *
 *   npx tsx scripts/import-answer-examples.ts
 *
 * Then retrain: `npx tsx scripts/train-answer-model.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR, POLICY_DIR } from '../src/app/load-knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/app/project-paths.js';
import { LANGUAGES } from '../src/core/language/languages.js';
import { EXAMPLE_SOURCES, QUESTION_SETS, type QuestionSet, readQuestions } from './read-questions.js';

const dir = join(DEFAULT_KNOWLEDGE_DIR, POLICY_DIR, EXAMPLES_DIR);
mkdirSync(dir, { recursive: true });
const imported = new Set(Object.values(EXAMPLE_SOURCES));
for (const language of LANGUAGES) {
  const path = join(dir, `${language}.jsonl`);
  const kept = existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !imported.has(JSON.parse(line).source))
    : [];
  const lines: string[] = [];
  for (const [set, file] of Object.entries(QUESTION_SETS) as Array<[QuestionSet, string]>) {
    for (const q of readQuestions(file).filter((q) => q.language === language))
      lines.push(JSON.stringify({ text: q.text, sections: q.expected ?? [], source: EXAMPLE_SOURCES[set] }));
  }
  writeFileSync(path, `${[...lines, ...kept].join('\n')}\n`);
  console.log(`${path}: ${lines.length} imported, ${kept.length} kept`);
}
