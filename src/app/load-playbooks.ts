import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError } from '../core/knowledge/parse-knowledge.js';
import { type PlaybookFile, type Playbooks, parsePlaybooks } from '../core/tasks/playbooks.js';
import { loadKnowledge, shownPath } from './load-knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from './project-paths.js';

/** The ids of the policy's sections and passages, or null when the policy itself does not load. */
function sectionIdsOf(knowledgeDir: string): ReadonlySet<string> | null {
  try {
    return new Set(loadKnowledge(knowledgeDir, { model: false }).sections.map((s) => s.id));
  } catch (error) {
    // The policy's own problems are reported where it is used; the playbooks are checked against it then.
    if (error instanceof KnowledgeError) return null;
    throw error;
  }
}

function readPlaybook(path: string): PlaybookFile {
  const name = shownPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { name, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { name, content: JSON.parse(text) as unknown };
  } catch (error) {
    return { name, problem: `not valid JSON (${(error as Error).message})` };
  }
}

/**
 * Reads `<knowledge>/playbooks/*.json` and validates them, also against the policy in the same
 * knowledge directory (a `policySections` id it does not have is an error). A custom KNOWLEDGE_DIR
 * without its own playbooks folder falls back to the bundled playbooks, so a policy-only folder
 * still works as long as the policy has the sections they cite. `PlaybookError` names the full path
 * and field of every problem.
 */
export function loadPlaybooks(knowledgeDir: string = DEFAULT_KNOWLEDGE_DIR): Playbooks {
  const custom = join(knowledgeDir, 'playbooks');
  const dir = existsSync(custom) ? custom : join(DEFAULT_KNOWLEDGE_DIR, 'playbooks');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => readPlaybook(join(dir, name)));
  const sectionIds = sectionIdsOf(knowledgeDir);
  return parsePlaybooks(files, { dir: shownPath(dir), ...(sectionIds ? { sectionIds } : {}) });
}
