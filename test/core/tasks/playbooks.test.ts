import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/language/languages.js';
import { parsePlaybooks } from '../../../src/core/tasks/playbooks.js';
import { REQUEST_TYPES } from '../../../src/core/tasks/task.js';
import { playbooks } from './task-fixtures.js';

describe('playbooks', () => {
  it('has a checklist for every request type and for refusals, in every language', () => {
    for (const type of REQUEST_TYPES) expect(playbooks.byType[type].items.length).toBeGreaterThan(0);
    for (const item of Object.values(playbooks.byType).flatMap((p) => p.items))
      for (const language of LANGUAGES) expect(item.title[language].length).toBeGreaterThan(10);
  });

  it('carries the legal steps the privacy team relies on', () => {
    const ids = (type: keyof typeof playbooks.byType) => playbooks.byType[type].items.map((i) => i.id);
    expect(ids('erasure')).toEqual(
      expect.arrayContaining([
        'verify-identity',
        'erase-data',
        'keep-bookkeeping',
        'notify-recipients',
        'confirm-requester',
      ]),
    );
    expect(ids('breach')).toEqual(
      expect.arrayContaining(['assess-risk', 'contain', 'document', 'notify-authority', 'inform-affected']),
    );
    expect(playbooks.refusal.items.map((i) => i.id)).toContain('complaint-right');
    expect(playbooks.byType.erasure.items.find((i) => i.id === 'keep-bookkeeping')?.title.en).toMatch(
      /7 years/,
    );
  });

  it('lists every problem of invalid playbooks at once', () => {
    const bad = { type: 'access', items: [{ id: 'Not Kebab', title: { en: 'x' } }] };
    expect(() => parsePlaybooks([{ name: 'access.json', content: bad }])).toThrow(
      /access\.json: items\.0\.id.*[\s\S]*items\.0\.title\.nl[\s\S]*no playbook for erasure[\s\S]*no playbook for refusal/,
    );
    const dup = {
      type: 'access',
      items: [
        { id: 'a', title: { nl: 'a', en: 'a', sv: 'a', de: 'a' } },
        { id: 'a', title: { nl: 'a', en: 'a', sv: 'a', de: 'a' } },
      ],
    };
    expect(() => parsePlaybooks([{ name: 'access.json', content: dup }])).toThrow(/item ids must be unique/);
  });
});
