import { describe, expect, it } from 'vitest';
import {
  compareSectionIds,
  KnowledgeError,
  parseKnowledge,
  sectionFileName,
} from '../../../src/core/knowledge/parse-knowledge.js';
import { computePolicyVersion } from '../../../src/core/knowledge/policy-version.js';
import { asFiles, policyFile, sectionFile, smallPolicy } from './knowledge-fixture.js';

const policy = { file: 'policy.json', content: policyFile };

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
  throw new Error('expected a KnowledgeError');
}

describe('parseKnowledge', () => {
  it('assembles the sections in policy order with parents', () => {
    const knowledge = parseKnowledge(policy, asFiles([...smallPolicy].reverse()));
    expect(knowledge.sections.map((s) => s.id)).toEqual(['1', '2', '3', '3.1', '3.2', '4']);
    expect(knowledge.sections.find((s) => s.id === '3.2')?.parentId).toBe('3');
    expect(knowledge.sections.find((s) => s.id === '3')?.parentId).toBeNull();
    expect(knowledge.name.sv).toBe('Integritetspolicy');
  });

  it('names the file and the field of every problem, all at once', () => {
    const broken = structuredClone(smallPolicy) as unknown as Array<Record<string, Record<string, unknown>>>;
    const [first = {}, second = {}] = broken;
    delete first.en?.title;
    if (second.de) second.de.translationOf = 'en';
    const problems = problemsOf(() => parseKnowledge(policy, asFiles(broken as never[])));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^sections\/01\.json: en\.title: /);
    expect(problems[1]).toMatch(/^sections\/02\.json: de\.translationOf: must be "nl"/);
  });

  it('rejects ids that are not section numbers, unknown fields and empty text', () => {
    const bad = [
      { file: 'sections/x.json', content: { ...sectionFile('8a', 'T', ['x']) } },
      { file: 'sections/02.json', content: { ...sectionFile('2', 'T', ['x']), extra: true } },
      { file: 'sections/03.json', content: sectionFile('3', 'T', ['']) },
    ];
    const problems = problemsOf(() => parseKnowledge(policy, bad));
    expect(problems.join('\n')).toMatch(/sections\/x\.json: id: must be a section number/);
    expect(problems.join('\n')).toMatch(/sections\/02\.json: \(file\): .*extra/i);
    expect(problems.join('\n')).toMatch(/sections\/03\.json: nl\.text\.0: must not be empty/);
  });

  it('checks the files against each other: duplicates, missing parents, misnamed files, empty leaves', () => {
    const problems = problemsOf(() =>
      parseKnowledge(policy, [
        { file: 'sections/01.json', content: sectionFile('1', 'A', ['x']) },
        { file: 'sections/01-copy.json', content: sectionFile('1', 'B', ['y']) },
        { file: 'sections/05.1.json', content: sectionFile('5.1', 'C', ['z']) },
        { file: 'sections/06.json', content: sectionFile('6', 'D', []) },
      ]),
    );
    expect(problems).toContain('sections/01-copy.json: id: "1" belongs in a file named 01.json');
    expect(problems).toContain('sections/01-copy.json: id: "1" is also the id in sections/01.json');
    expect(problems).toContain('sections/05.1.json: id: section 5 (its parent) is missing');
    expect(problems.join('\n')).toMatch(
      /sections\/06\.json: nl\.text: is empty and the section has no subsections/,
    );
  });

  it('reports a broken parent once, not again as missing for its subsections', () => {
    const files = asFiles(smallPolicy).map((f) =>
      f.file === 'sections/03.json' ? { ...f, content: { ...f.content, id: 3 } } : f,
    );
    const problems = problemsOf(() => parseKnowledge(policy, files));
    expect(problems).toEqual([expect.stringMatching(/^sections\/03\.json: id: /)]);
  });

  it('allows passages and list numbers only on subsections that are passages', () => {
    const problems = problemsOf(() =>
      parseKnowledge(policy, [
        { file: 'sections/01.json', content: { ...sectionFile('1', 'A', ['x']), passage: true } },
        { file: 'sections/01.1.json', content: { ...sectionFile('1.1', 'B', ['y']), listNumber: 1 } },
        { file: 'sections/01.2.json', content: { ...sectionFile('1.2', 'C', ['z']), listNumber: 0 } },
      ]),
    );
    expect(problems).toContain(
      'sections/01.json: passage: only a subsection id (such as "11.3") can be a passage',
    );
    expect(problems).toContain(
      "sections/01.1.json: listNumber: only a passage has a number in its parent's list",
    );
    expect(problems.join('\n')).toMatch(/sections\/01\.2\.json: listNumber: /);
  });

  it('validates policy.json too', () => {
    const problems = problemsOf(() =>
      parseKnowledge(
        { file: 'policy.json', content: { ...policyFile, originalLanguage: 'en' } },
        asFiles(smallPolicy),
      ),
    );
    expect(problems.join('\n')).toMatch(/^policy\.json: originalLanguage: /);
  });

  it('reads the topics the policy does not cover, with phrases in every language', () => {
    const notCovered = { press: { nl: ['pers'], en: ['press'], sv: ['press'], de: ['presse*'] } };
    const knowledge = parseKnowledge(
      { file: 'policy.json', content: { ...policyFile, notCovered } },
      asFiles(smallPolicy),
    );
    expect(knowledge.notCovered).toEqual(notCovered);
    expect(parseKnowledge(policy, asFiles(smallPolicy)).notCovered).toEqual({});
    const problems = problemsOf(() =>
      parseKnowledge(
        { file: 'policy.json', content: { ...policyFile, notCovered: { press: { nl: ['pers'] } } } },
        asFiles(smallPolicy),
      ),
    );
    expect(problems.join('\n')).toMatch(/policy\.json: notCovered\.press\.en: /);
  });

  it('orders and names section ids the way the policy numbers them', () => {
    expect(['11', '4.1', '2', '11.3', '4'].sort(compareSectionIds)).toEqual(['2', '4', '4.1', '11', '11.3']);
    expect(sectionFileName('8')).toBe('08.json');
    expect(sectionFileName('11.3')).toBe('11.3.json');
  });
});

describe('policy version', () => {
  it('is a stable hash of the Dutch text: same content, same version', () => {
    const a = parseKnowledge(policy, asFiles(smallPolicy));
    const b = parseKnowledge(policy, asFiles(structuredClone(smallPolicy)));
    expect(a.version).toMatch(/^nl-[0-9a-f]{12}$/);
    expect(b.version).toBe(a.version);
  });

  it('changes with the Dutch text, not with a translation or hints', () => {
    const base = parseKnowledge(policy, asFiles(smallPolicy));
    const edited = structuredClone(base.sections);
    (edited[0] as (typeof edited)[0]).texts.en.text = ['Different English text.'];
    (edited[0] as (typeof edited)[0]).texts.nl.hints = ['nieuwe hint'];
    expect(computePolicyVersion(edited)).toBe(base.version);
    (edited[0] as (typeof edited)[0]).texts.nl.text = ['Andere Nederlandse tekst.'];
    expect(computePolicyVersion(edited)).not.toBe(base.version);
  });
});
