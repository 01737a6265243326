import { splitWords, termOf } from '../language/analyze-text.js';
import type { Language } from '../language/languages.js';
import { isStopWord } from '../language/stop-words.js';
import { foldDiacritics } from '../language/tokenize.js';
import { phraseKey } from './build-knowledge-index.js';
import type { LanguageIndex } from './knowledge-index.js';
import { splitCompound } from './split-compound.js';

/** A search term of the question; corrected or split words weigh less than words as written. */
export interface QueryTerm {
  term: string;
  weight: number;
}

export interface AnalyzedQuestion {
  terms: QueryTerm[];
  /** Content words the policy does not know, even after typo correction and compound splitting. */
  unknown: string[];
  /** Words that mark order, delivery, size, return, discount, price, weather questions. */
  offTopic: number;
  /** Privacy evidence: hint and title words count 1, general privacy words 2. */
  privacy: number;
}

const RECOVERED = 0.8;
/** Question words say what kind of answer is wanted, but the topic comes from the other words. */
const QUESTION_WORD = 0.5;
const QUESTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['who', 'why', 'whom']),
  nl: new Set(['wie', 'waarom', 'waarvoor']),
  sv: new Set(['vem', 'varfor', 'vilka']),
  de: new Set(['wer', 'warum', 'wozu', 'wofur', 'wen', 'wem']),
};
const isQuestionWord = (word: string, language: Language) => QUESTION_WORDS[language].has(word);

/** A known term for an inflection the stemmer left alone ("löscht" → "losch", "bestel" → "bestell"). */
function matchInflection(term: string, index: LanguageIndex): string | null {
  if (term.length < 4) return null;
  const longer = index.truncated.get(term);
  if (longer) return longer;
  for (const cut of [1, 2]) {
    const shorter = term.slice(0, -cut);
    if (shorter.length >= 4 && index.idf.has(shorter)) return shorter;
  }
  return null;
}

/** The terms an unknown word stands for, or null when nothing in the policy resembles it. */
function recoverWord(word: string, term: string, index: LanguageIndex): string[] | null {
  const inflected = matchInflection(term, index);
  if (inflected) return [inflected];
  const isKnown = (part: string) =>
    part.length >= 3 && (index.words.has(part) || index.idf.has(termOf(part, index.language)));
  const parts = splitCompound(word, isKnown);
  if (parts) return parts.map((p) => index.words.get(p) ?? termOf(p, index.language));
  const corrected = index.typos.correct(word);
  const correctedTerm = corrected === null ? undefined : index.words.get(corrected);
  return correctedTerm ? [correctedTerm] : null;
}

/**
 * Turns a question into weighted search terms for one language: stems, typo correction,
 * inflections and compound splitting, phrase terms for multi-word hints; and counts the
 * evidence for and against it being a privacy question.
 */
export function analyzeQuestion(question: string, index: LanguageIndex): AnalyzedQuestion {
  const { language } = index;
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (index.idf.has(term)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  };
  const sequence: string[] = [];
  const unknown: string[] = [];
  let offTopic = 0;
  for (const raw of splitWords(question)) {
    const word = foldDiacritics(raw);
    const term = termOf(raw, language);
    if (isStopWord(raw, language)) {
      sequence.push(term);
      continue;
    }
    const isOffTopic = index.offTopic.has(term);
    if (isOffTopic) offTopic += 1;
    if (index.idf.has(term)) {
      add(term, isQuestionWord(word, language) ? QUESTION_WORD : 1);
      sequence.push(term);
      continue;
    }
    // An off-topic word is what it is: "sale" must not be read as a misspelt "save".
    const recovered = /^\d+$/.test(word) || isOffTopic ? null : recoverWord(word, term, index);
    for (const t of recovered ?? []) add(t, RECOVERED);
    sequence.push(...(recovered ?? [term]));
    if (!recovered && !/^\d+$/.test(word)) unknown.push(word);
  }
  const present = new Set(weights.keys());
  const ngrams = new Set<string>();
  for (let i = 0; i < sequence.length; i++) {
    for (let n = 2; n <= 4 && i + n <= sequence.length; n++) ngrams.add(phraseKey(sequence.slice(i, i + n)));
  }
  for (const phrase of index.phrases) {
    if (phrase.adjacent ? ngrams.has(phrase.key) : phrase.terms.every((t) => present.has(t)))
      add(phrase.key, 1);
  }
  let privacy = 0;
  for (const term of weights.keys()) {
    if (index.strongAnchors.has(term)) privacy += 2;
    else if (index.anchors.has(term)) privacy += 1;
  }
  return { terms: [...weights].map(([term, weight]) => ({ term, weight })), unknown, offTopic, privacy };
}
