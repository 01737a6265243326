import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/knowledge/answer-question.js';
import { buildKnowledgeIndex } from '../../../src/core/knowledge/build-knowledge-index.js';
import { getSection } from '../../../src/core/knowledge/get-section.js';
import { parseKnowledge } from '../../../src/core/knowledge/parse-knowledge.js';
import { asFiles, passagePolicy, policyFile, smallPolicy } from './knowledge-fixture.js';

const index = buildKnowledgeIndex(
  parseKnowledge({ file: 'policy.json', content: policyFile }, asFiles(smallPolicy)),
);
const ask = (question: string) => answerQuestion(index, question, { fallbackLanguage: 'en', language: 'en' });

describe('answerQuestion (a small policy)', () => {
  it('ranks the section whose title and hints match, and cites it', () => {
    const answer = ask('how long do you keep my data?');
    expect(answer).toMatchObject({
      answered: true,
      sectionId: '1',
      citation: '§1 How long do we keep your data?',
    });
    expect(answer.sections[0]).toBe('1');
    expect(answer.policyVersion).toBe(index.version);
    expect(answer.originalCitation).toBe('§1 How long do we keep your data?');
  });

  it('quotes whole sentences of the section and nothing else', () => {
    const answer = ask('can I block cookies?');
    expect(answer.sectionId).toBe('2');
    const text = smallPolicy[1]?.en.text.join('\n') ?? '';
    for (const line of (answer.answer ?? '').split('\n')) expect(text).toContain(line);
    expect(answer.answer).toContain('You can block cookies in your browser settings.');
  });

  it('finds the subsection when the question names its topic, the parent when it does not', () => {
    expect(ask('please delete my personal data').sectionId).toBe('3.1');
    expect(ask('my address is wrong, can you fix it').sectionId).toBe('3.2');
    const rights = ask('what are my rights?');
    expect(rights.sectionId).toBe('3');
    // The parent's "You have the right to:" lists its subsections.
    expect(rights.answer).toContain('• Erasure\n• Correction');
  });

  it('corrects typos and quotes only the list items asked about', () => {
    expect(ask('plz deleet my data').sectionId).toBe('3.1');
    expect(ask('is my address correct?').answer).toContain('The data we correct are:\n• Address');
  });

  it('quotes the contact block with the contact section', () => {
    expect(ask('how can I contact you?').answer).toContain('Example AB\nMain Street 1');
  });

  it('abstains on questions the policy does not cover, with a message key instead of an answer', () => {
    for (const question of [
      'where is my order?',
      'do you have these sneakers in size 44',
      'what is the capital of France',
    ]) {
      const answer = ask(question);
      expect(answer, question).toMatchObject({
        answered: false,
        answer: null,
        citation: null,
        sectionId: null,
        messageKey: 'answer:outOfScope',
      });
    }
  });

  it('detects the language, falls back for text in none of the four', () => {
    expect(
      answerQuestion(index, 'wie lange speichert ihr meine Daten?', { fallbackLanguage: 'en' }).language,
    ).toBe('de');
    expect(answerQuestion(index, '12345 ???', { fallbackLanguage: 'sv' }).language).toBe('sv');
  });
});

describe('getSection', () => {
  it('returns the whole section with its subsections, or null', () => {
    const section = getSection(index, '3', 'en');
    expect(section?.citation).toBe('§3 Your rights');
    expect(section?.text).toContain('3.1 Erasure\nYou can ask us to delete your personal data.');
    expect(getSection(index, '9', 'en')).toBeNull();
  });
});

describe('passages (the rights inside §11 are reported as §11)', () => {
  const passages = buildKnowledgeIndex(
    parseKnowledge({ file: 'policy.json', content: policyFile }, asFiles(passagePolicy)),
  );
  const askPassages = (question: string) =>
    answerQuestion(passages, question, { fallbackLanguage: 'en', language: 'en' });

  it('reports the section id, names the passage, and cites it as the policy numbers it', () => {
    const erase = askPassages('please delete my personal data');
    expect(erase).toMatchObject({
      sectionId: '3',
      passage: '3.1',
      citation: '§3 Your rights — 1. Erasure',
      originalCitation: '§3 Your rights — 1. Erasure',
    });
    expect(erase.passages[0]).toBe('3.1');
    // The public list has each section once, at the rank of its best passage.
    expect(erase.sections[0]).toBe('3');
    expect(erase.sections).toEqual([...new Set(erase.sections)]);
    expect(erase.sections.some((id) => id.startsWith('3.'))).toBe(false);
    const fix = askPassages('my address is wrong, can you fix it');
    expect(fix).toMatchObject({ sectionId: '3', passage: '3.2', citation: '§3 Your rights — Correction' });
  });

  it('quotes only the headings the policy itself lists, never an editorial title', () => {
    const rights = askPassages('what are my rights?');
    expect(rights).toMatchObject({ sectionId: '3', passage: '3' });
    expect(rights.answer).toContain('You have the right to submit a request for:\n1. Erasure');
    expect(rights.answer).not.toContain('Correction');
  });

  it('shows a whole section with numbered passages headed and the others as plain paragraphs', () => {
    const section = getSection(passages, '3', 'en');
    expect(section?.text).toContain('1. Erasure\nYou can ask us to delete your personal data.');
    expect(section?.text).toContain('\n\nWe correct inaccurate data about you.');
    expect(section?.text).not.toMatch(/3\.\d|Correction/);
    expect(getSection(passages, '3.2', 'en')).toMatchObject({
      sectionId: '3',
      citation: '§3 Your rights — Correction',
    });
  });
});
