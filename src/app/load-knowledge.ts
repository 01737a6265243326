import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildKnowledgeIndex } from '../core/knowledge/build-knowledge-index.js';
import type { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import type { Knowledge } from '../core/knowledge/knowledge-schema.js';
import { type AnswerExample, parseAnswerExamples } from '../core/knowledge/learned/parse-answer-examples.js';
import {
  KnowledgeError,
  type KnowledgeFileContent,
  parseKnowledge,
} from '../core/knowledge/parse-knowledge.js';
import { LANGUAGES } from '../core/language/languages.js';
import { DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from './project-paths.js';

/** Where the policy lives inside the knowledge directory. */
export const POLICY_DIR = 'policy';
/** The learned section model, inside the policy directory (optional). */
export const MODEL_FILE = 'answer-model.json';
/** The example questions the model is trained on, one file per language, inside the policy directory. */
export const EXAMPLES_DIR = 'examples';

/** A path as messages show it: relative to the project when inside it, else absolute. */
export function shownPath(path: string): string {
  const rel = relative(PROJECT_ROOT, path);
  return rel.startsWith('..') ? path : rel;
}

function readJson(path: string, shown: string): KnowledgeFileContent {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KnowledgeError([
      `${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    ]);
  }
  try {
    return { file: shown, content: JSON.parse(text) };
  } catch (error) {
    throw new KnowledgeError([`${shown}: not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Reads `<dir>/policy/policy.json`, every `<dir>/policy/sections/*.json` and, when present,
 * `<dir>/policy/answer-model.json`, and validates them into the knowledge base (`KnowledgeError`
 * names the file and field of every problem). `dir` is `KNOWLEDGE_DIR` or the project's `knowledge/`;
 * `{ model: false }` leaves the learned model out (training, cross-validation).
 */
export function loadKnowledge(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
  options: { model: boolean } = { model: true },
): Knowledge {
  const shown = shownPath;
  const policyDir = join(dir, POLICY_DIR);
  const sectionsDir = join(policyDir, 'sections');
  let names: string[];
  try {
    names = readdirSync(sectionsDir).filter((n) => n.endsWith('.json'));
  } catch {
    throw new KnowledgeError([
      `${shown(sectionsDir)}: directory not found (set KNOWLEDGE_DIR to the knowledge directory)`,
    ]);
  }
  const problems: string[] = [];
  const files: KnowledgeFileContent[] = [];
  const read = (path: string) => {
    try {
      return readJson(path, shown(path));
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      problems.push(...error.problems);
      return null;
    }
  };
  const policy = read(join(policyDir, 'policy.json'));
  for (const name of names.sort()) {
    const file = read(join(sectionsDir, name));
    if (file) files.push(file);
  }
  const modelPath = join(policyDir, MODEL_FILE);
  // Training leaves the model out: a stale or broken model must not stand in the way of a new one.
  const model = options.model && existsSync(modelPath) ? read(modelPath) : undefined;
  if (problems.length > 0 || !policy || model === null) throw new KnowledgeError(problems);
  return parseKnowledge(policy, files, model);
}

/**
 * Reads and validates `<dir>/policy/examples/<language>.jsonl`, the labelled questions the
 * learned section model is trained on (`scripts/train-answer-model.ts`); the bot itself reads
 * only the trained model.
 */
export function loadAnswerExamples(
  knowledge: Knowledge,
  dir: string = DEFAULT_KNOWLEDGE_DIR,
): AnswerExample[] {
  const examplesDir = join(dir, POLICY_DIR, EXAMPLES_DIR);
  const publicIds = new Set(knowledge.sections.filter((s) => !s.passage).map((s) => s.id));
  const files = LANGUAGES.filter((language) => existsSync(join(examplesDir, `${language}.jsonl`))).map(
    (language) => {
      const path = join(examplesDir, `${language}.jsonl`);
      return { file: shownPath(path), language, text: readFileSync(path, 'utf8') };
    },
  );
  return parseAnswerExamples(files, publicIds);
}

const built = new Map<string, KnowledgeIndex>();

/**
 * The search index over the knowledge in `dir`, built once per process and directory: every
 * door (CLI, Slack, Zendesk) shares it. Resolved against the working directory.
 */
export function knowledgeIndexFor(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeIndex {
  const key = resolve(dir);
  let index = built.get(key);
  if (!index) {
    index = buildKnowledgeIndex(loadKnowledge(key));
    built.set(key, index);
  }
  return index;
}
