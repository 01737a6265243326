import { answerQuestion } from '../src/core/knowledge/answer-question.js';
import type { KnowledgeIndex } from '../src/core/knowledge/knowledge-index.js';
import { isStopWord } from '../src/core/language/stop-words.js';
import { pct } from './measure.js';
import { type LabelledQuestion, matchesExpected } from './read-questions.js';

/** A fixed pseudo-random sequence, so that every run perturbs the same words the same way. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** One slip in a word: a letter left out, two swapped, one doubled or one wrong (never the first). */
function misspell(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 2) return word.slice(0, i) + word[i] + word.slice(i);
  const letters = 'aeiounrstl';
  return word.slice(0, i) + letters[Math.floor(random() * letters.length)] + word.slice(i + 1);
}

const withoutDiacritics = (text: string) => text.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Top-1 on the in-scope questions as written and perturbed: one typo in a random content word
 * of five letters or more, and (for questions that have them) all diacritics dropped. The
 * language is given, so that only the answer engine is measured.
 */
export function evaluateRobustness(questions: readonly LabelledQuestion[], index: KnowledgeIndex): void {
  const random = sequence(42);
  const right = (q: LabelledQuestion, text: string) => {
    const a = answerQuestion(index, text, { fallbackLanguage: 'en', language: q.language });
    return a.answered && matchesExpected(a.sections[0], q.expected ?? []);
  };
  const typo = { n: 0, base: 0, perturbed: 0 };
  const fold = { n: 0, base: 0, perturbed: 0 };
  for (const q of questions) {
    if (q.expected === null) continue;
    const words = [...q.text.matchAll(/\p{L}{5,}/gu)].filter(
      (m) => !isStopWord(m[0].toLowerCase(), q.language),
    );
    const base = right(q, q.text) ? 1 : 0;
    const m = words[Math.floor(random() * words.length)];
    if (m?.index !== undefined) {
      typo.n += 1;
      typo.base += base;
      const text = q.text.slice(0, m.index) + misspell(m[0], random) + q.text.slice(m.index + m[0].length);
      if (right(q, text)) typo.perturbed += 1;
    }
    const folded = withoutDiacritics(q.text);
    if (folded !== q.text) {
      fold.n += 1;
      fold.base += base;
      if (right(q, folded)) fold.perturbed += 1;
    }
  }
  console.log(
    `\nRobustness (all in-scope questions, language given): one typo in a content word: top-1 ${pct(typo.perturbed / typo.n)} (${pct(typo.base / typo.n)} as written, n=${typo.n}); without diacritics: ${pct(fold.perturbed / fold.n)} (${pct(fold.base / fold.n)} as written, n=${fold.n})`,
  );
}
