import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildKnowledgeIndex } from '../core/knowledge/build-knowledge-index.js';
import type { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import type { Knowledge } from '../core/knowledge/knowledge-schema.js';
import {
  KnowledgeError,
  type KnowledgeFileContent,
  parseKnowledge,
} from '../core/knowledge/parse-knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from './project-paths.js';

/** Where the policy lives inside the knowledge directory. */
export const POLICY_DIR = 'policy';

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
 * Reads `<dir>/policy/policy.json` and every `<dir>/policy/sections/*.json`, and validates them
 * into the knowledge base (`KnowledgeError` names the file and field of every problem).
 * `dir` is `KNOWLEDGE_DIR` or the project's `knowledge/`.
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Knowledge {
  const shown = (path: string) => {
    const rel = relative(PROJECT_ROOT, path);
    return rel.startsWith('..') ? path : rel;
  };
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
  if (problems.length > 0 || !policy) throw new KnowledgeError(problems);
  return parseKnowledge(policy, files);
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
