import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlaybookError, type Playbooks, parsePlaybooks } from '../core/tasks/playbooks.js';
import { DEFAULT_KNOWLEDGE_DIR } from './project-paths.js';

/**
 * Reads `<knowledge>/playbooks/*.json` and validates them. A custom KNOWLEDGE_DIR without its own
 * playbooks folder falls back to the bundled playbooks, so a policy-only folder still works.
 */
export function loadPlaybooks(knowledgeDir: string = DEFAULT_KNOWLEDGE_DIR): Playbooks {
  const custom = join(knowledgeDir, 'playbooks');
  const dir = existsSync(custom) ? custom : join(DEFAULT_KNOWLEDGE_DIR, 'playbooks');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return {
          name: `playbooks/${name}`,
          content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
        };
      } catch (error) {
        throw new PlaybookError([`playbooks/${name}: not valid JSON (${(error as Error).message})`]);
      }
    });
  return parsePlaybooks(files);
}
