import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeIndexFor, loadKnowledge } from '../../src/app/load-knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/app/project-paths.js';
import { KnowledgeError } from '../../src/core/knowledge/parse-knowledge.js';
import { knowledgeCopies } from '../support/knowledge-copies.js';

const SOURCE = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'policy', 'privacy-policy.nl.txt'), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const copyOfKnowledge = knowledgeCopies('knowledge-');

function problemsOf(dir: string): string {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems.join('\n');
  }
  throw new Error('expected the knowledge to be rejected');
}

describe('loadKnowledge (the real policy)', () => {
  const knowledge = loadKnowledge();

  it('has sections 1–13, 4.1–4.4 and the rights of §11 as 11.1–11.8', () => {
    expect(knowledge.sections.map((s) => s.id)).toEqual([
      ...['1', '2', '3', '4', '4.1', '4.2', '4.3', '4.4', '5', '6', '7', '8', '9', '10', '11'],
      ...['11.1', '11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.8', '12', '13'],
    ]);
  });

  it('holds the Dutch text word for word, in the order of the source document', () => {
    const source = squash(SOURCE);
    let from = source.indexOf('1. Wat zijn persoonsgegevens? Persoonsgegevens');
    expect(from).toBeGreaterThan(0);
    for (const section of knowledge.sections) {
      const { title, text } = section.texts.nl;
      if (!section.editorialTitle)
        expect(source.includes(squash(title)), `title of §${section.id}`).toBe(true);
      for (const line of text) {
        const at = source.indexOf(squash(line), from);
        expect(at, `§${section.id}: ${line.slice(0, 60)}`).toBeGreaterThanOrEqual(from);
        from = at + squash(line).length;
      }
    }
  });

  it('has a title and text in every language and a stable content-hash version', () => {
    for (const section of knowledge.sections) {
      for (const language of ['nl', 'en', 'sv', 'de'] as const) {
        expect(section.texts[language].title.length, `§${section.id} ${language}`).toBeGreaterThan(0);
        expect(section.texts[language].text.length).toBe(section.texts.nl.text.length);
      }
    }
    expect(knowledge.version).toMatch(/^nl-[0-9a-f]{12}$/);
    expect(loadKnowledge().version).toBe(knowledge.version);
  });

  it('builds the index once per process and directory', () => {
    expect(knowledgeIndexFor()).toBe(knowledgeIndexFor(DEFAULT_KNOWLEDGE_DIR));
  });
});

describe('loadKnowledge (broken files)', () => {
  it('names a file that is not JSON', () => {
    const dir = copyOfKnowledge();
    writeFileSync(join(dir, 'policy', 'sections', '08.json'), '{ "id": "8", ');
    expect(problemsOf(dir)).toMatch(/policy\/sections\/08\.json: not valid JSON/);
  });

  it('names the file and the field that is missing or wrong', () => {
    const dir = copyOfKnowledge();
    const path = join(dir, 'policy', 'sections', '12.json');
    const section = JSON.parse(readFileSync(path, 'utf8'));
    delete section.sv.title;
    section.de.translationOf = 'en';
    writeFileSync(path, JSON.stringify(section));
    const problems = problemsOf(dir);
    expect(problems).toMatch(/policy\/sections\/12\.json: sv\.title: /);
    expect(problems).toMatch(/policy\/sections\/12\.json: de\.translationOf: must be "nl"/);
  });

  it('reports only the broken section file, not the model that names the section as well', () => {
    const breaks: Array<(section: Record<string, Record<string, unknown>>) => void> = [
      (section) => {
        delete section.en?.title;
      },
      (section) => {
        (section as Record<string, unknown>).id = 8;
      },
    ];
    for (const change of breaks) {
      const dir = copyOfKnowledge();
      const path = join(dir, 'policy', 'sections', '08.json');
      const section = JSON.parse(readFileSync(path, 'utf8'));
      change(section);
      writeFileSync(path, JSON.stringify(section));
      const problems = problemsOf(dir).split('\n');
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/policy\/sections\/08\.json: /);
    }
  });

  it('says where it looked when the directory is missing', () => {
    expect(problemsOf(join(tmpdir(), 'no-such-knowledge-dir'))).toMatch(
      /no-such-knowledge-dir\/policy\/sections: directory not found \(set KNOWLEDGE_DIR/,
    );
  });
});
