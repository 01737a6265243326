import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/app/project-paths.js';

/**
 * For tests that break a knowledge file on purpose: returns a function that copies the bundled
 * `knowledge/` folder into a fresh temporary folder; every copy is removed after each test.
 */
export function knowledgeCopies(prefix = 'knowledge-'): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    return dir;
  };
}
