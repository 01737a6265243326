import { KnowledgeError } from '../core/knowledge/parse-knowledge.js';
import { PlaybookError } from '../core/tasks/playbooks.js';
import { loadKnowledge } from './load-knowledge.js';
import { loadPlaybooks } from './load-playbooks.js';
import { DEFAULT_KNOWLEDGE_DIR } from './project-paths.js';

/**
 * The problems `serve` would refuse the knowledge folder for (KNOWLEDGE_DIR, or the bundled one):
 * the policy files and the playbooks, each named by file and field. Reads files only.
 */
export function checkKnowledge(dir: string | undefined): string[] {
  const folder = dir?.trim() || DEFAULT_KNOWLEDGE_DIR;
  const problems: string[] = [];
  for (const load of [() => loadKnowledge(folder), () => loadPlaybooks(folder)]) {
    try {
      load();
    } catch (error) {
      if (error instanceof KnowledgeError || error instanceof PlaybookError) problems.push(...error.problems);
      else throw error;
    }
  }
  return problems;
}
