import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/app/load-playbooks.js';
import { PlaybookError } from '../../src/core/tasks/playbooks.js';
import { knowledgeCopies } from '../support/knowledge-copies.js';

const copyOfKnowledge = knowledgeCopies('playbooks-');

function problemsOf(dir: string): string[] {
  try {
    loadPlaybooks(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(PlaybookError);
    return (error as PlaybookError).problems;
  }
  throw new Error('expected the playbooks to be rejected');
}

function edit(dir: string, change: (playbook: Record<string, unknown>) => void): string {
  const path = join(dir, 'playbooks', 'erasure.json');
  const playbook = JSON.parse(readFileSync(path, 'utf8'));
  change(playbook);
  writeFileSync(path, JSON.stringify(playbook));
  return path;
}

describe('loadPlaybooks (broken files)', () => {
  it('loads the bundled playbooks against the bundled policy', () => {
    expect(loadPlaybooks().byType.erasure.policySections).toContain('8');
  });

  it('refuses a policy section the policy does not have, naming the full path and the field', () => {
    const dir = copyOfKnowledge();
    const path = edit(dir, (p) => {
      p.policySections = ['8', '99'];
    });
    expect(problemsOf(dir)).toEqual([`${path}: policySections.1: "99" is not a section of the policy`]);
  });

  it('names the full path of a file that is not JSON, and only that', () => {
    const dir = copyOfKnowledge();
    const path = join(dir, 'playbooks', 'erasure.json');
    writeFileSync(path, '{bad');
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}: not valid JSON`));
  });

  it('reports a wrong type, a duplicate id or empty items once, without "no playbook for erasure"', () => {
    const changes: Array<(p: Record<string, unknown>) => void> = [
      (p) => {
        p.items = [];
      },
      (p) => {
        p.items = 'none';
      },
      (p) => {
        const items = p.items as unknown[];
        p.items = [items[0], items[0]];
      },
      (p) => {
        p.type = 'access';
      },
    ];
    for (const change of changes) {
      const dir = copyOfKnowledge();
      const path = edit(dir, change);
      const problems = problemsOf(dir);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).not.toMatch(/no playbook for erasure/);
      expect(problems.some((p) => p.startsWith(`${path}: `))).toBe(true);
    }
  });

  it('says where a missing playbook was looked for', () => {
    const dir = copyOfKnowledge();
    rmSync(join(dir, 'playbooks', 'erasure.json'));
    expect(problemsOf(dir)).toEqual([`${join(dir, 'playbooks')}: no playbook for erasure (erasure.json)`]);
  });
});
