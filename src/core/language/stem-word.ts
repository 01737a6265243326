import snowball from 'snowball-stemmers';
import type { Language } from './languages.js';

const ALGORITHM: Record<Language, string> = { nl: 'dutch', en: 'english', sv: 'swedish', de: 'german' };
const stemmers = new Map<Language, ReturnType<typeof snowball.newStemmer>>();

/** Snowball stem of a lower-case word in the given language. */
export function stemWord(word: string, language: Language): string {
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = snowball.newStemmer(ALGORITHM[language]);
    stemmers.set(language, stemmer);
  }
  return stemmer.stem(word);
}
