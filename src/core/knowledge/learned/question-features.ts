import { splitWords, termOf } from '../../language/analyze-text.js';
import type { Language } from '../../language/languages.js';
import { isStopWord } from '../../language/stop-words.js';
import { foldDiacritics } from '../../language/tokenize.js';

/**
 * Bumped whenever `questionFeatures` changes what it produces: a model trained on other features
 * is stale (the model-freshness test compares it).
 */
export const FEATURE_VERSION = 1;

/** Character n-grams of each content word: typos, compounds and inflections still share most of them. */
const CHAR_GRAMS = [3, 4, 5] as const;

/**
 * The features the learned section model reads from a question: stemmed content words (`u:`),
 * function words (`s:`, "how" and "who" say what is asked), pairs of adjacent stems (`b:`,
 * "how long", "mijn account") and character n-grams of the content words, diacritics folded
 * (`c:`, so "loschen", "löschung" and "Datenlöschung" meet). No language prefix: words the four
 * languages share ("cookies", "newsletter", "gdpr") share their evidence.
 */
export function questionFeatures(text: string, language: Language): string[] {
  const features = new Set<string>();
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    const folded = foldDiacritics(word);
    const term = termOf(word, language);
    terms.push(term);
    if (isStopWord(folded, language)) {
      features.add(`s:${term}`);
      continue;
    }
    features.add(`u:${term}`);
    if (folded.length < 3) continue;
    const padded = `<${folded}>`;
    for (const n of CHAR_GRAMS)
      for (let i = 0; i + n <= padded.length; i++) features.add(`c:${padded.slice(i, i + n)}`);
  }
  for (let i = 0; i + 1 < terms.length; i++) features.add(`b:${terms[i]}_${terms[i + 1]}`);
  return [...features];
}
