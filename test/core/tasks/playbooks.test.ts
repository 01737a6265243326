import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/language/languages.js';
import { type PlaybookError, parsePlaybooks } from '../../../src/core/tasks/playbooks.js';
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

  describe('broken files', () => {
    const title = { nl: 'stap', en: 'step', sv: 'steg', de: 'Schritt' };
    const valid = (type: string, policySections: string[] = []) => ({
      name: `playbooks/${type}.json`,
      content: { type, policySections, items: [{ id: 'step', title }] },
    });
    const all = () => [...REQUEST_TYPES, 'refusal'].map((type) => valid(type));
    const problemsOf = (
      files: Parameters<typeof parsePlaybooks>[0],
      options?: Parameters<typeof parsePlaybooks>[1],
    ): string[] => {
      try {
        parsePlaybooks(files, options);
      } catch (error) {
        return (error as PlaybookError).problems;
      }
      throw new Error('expected the playbooks to be rejected');
    };

    it('refuses a policy section the policy does not have, naming the file and field', () => {
      const files = all().map((f) => (f.content.type === 'erasure' ? valid('erasure', ['8', '99']) : f));
      const sectionIds = new Set(['8', '11', '11.3']);
      expect(problemsOf(files, { sectionIds })).toEqual([
        'playbooks/erasure.json: policySections.1: "99" is not a section of the policy',
      ]);
      expect(() => parsePlaybooks(all(), { sectionIds })).not.toThrow();
    });

    it('does not also call the type of a broken playbook missing', () => {
      const broken = (content: unknown) =>
        all().map((f) => (f.content.type === 'erasure' ? { name: f.name, content } : f));
      for (const content of [
        { type: 'erasure', items: [] },
        {
          type: 'erasure',
          items: [
            { id: 'a', title },
            { id: 'a', title },
          ],
        },
        { type: 'erasure', items: 'none' },
        { type: 'erase', items: [{ id: 'a', title }] },
        [],
      ]) {
        const problems = problemsOf(broken(content));
        expect(problems.length).toBeGreaterThan(0);
        expect(problems.every((p) => p.startsWith('playbooks/erasure.json: '))).toBe(true);
      }
      const unreadable = all().map((f) =>
        f.content.type === 'erasure' ? { name: f.name, problem: 'not valid JSON (Unexpected token)' } : f,
      );
      expect(problemsOf(unreadable)).toEqual(['playbooks/erasure.json: not valid JSON (Unexpected token)']);
    });

    it('refuses a playbook in a file named for another type, once', () => {
      const files = all().map((f) =>
        f.content.type === 'erasure' ? { name: f.name, content: valid('access').content } : f,
      );
      expect(problemsOf(files)).toEqual([
        'playbooks/erasure.json: type: "access" belongs in a file named access.json',
      ]);
    });

    it('says where a missing playbook was looked for', () => {
      const files = all().filter((f) => f.content.type !== 'erasure');
      expect(problemsOf(files, { dir: '/kb/playbooks' })).toEqual([
        '/kb/playbooks: no playbook for erasure (erasure.json)',
      ]);
    });
  });
});
