import { describe, expect, it } from 'vitest';
import { knowledgeIndexFor } from '../../src/app/load-knowledge.js';
import { loadPlaybooks } from '../../src/app/load-playbooks.js';
import { createPolicyReader } from '../../src/core/intake/create-policy-reader.js';
import { getSection } from '../../src/core/knowledge/get-section.js';
import { REQUEST_TYPES } from '../../src/core/tasks/task.js';

describe('policy sections named by the playbooks', () => {
  const playbooks = loadPlaybooks();
  const index = knowledgeIndexFor();

  it('all exist in the knowledge base, so no ticket note loses a reference', () => {
    const missing: string[] = [];
    for (const playbook of [...Object.values(playbooks.byType), playbooks.refusal])
      for (const id of playbook.policySections)
        if (!getSection(index, id, 'en')) missing.push(`${playbook.type}: ${id}`);
    expect(missing).toEqual([]);
  });

  it('are cited in the staff language for every right', () => {
    const reader = createPolicyReader(index, 'en', playbooks);
    for (const type of REQUEST_TYPES) expect(reader.sectionsFor(type, 'sv').length).toBeGreaterThan(0);
    expect(reader.sectionsFor('erasure', 'en')).toContain('§8 How long do we keep your data?');
    expect(reader.sectionsFor('erasure', 'nl').join('\n')).toContain('Uitwissen van uw persoonsgegevens');
  });
});
