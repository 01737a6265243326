import snowball from 'snowball-stemmers';
import type { Language } from './languages.js';

const ALGORITHM: Record<Language, string> = { nl: 'dutch', en: 'english', sv: 'swedish', de: 'german' };
const stemmers = new Map<Language, ReturnType<typeof snowball.newStemmer>>();

/** Stems are memoised (a Snowball call costs tens of microseconds); the cap keeps a long-running bot's memory flat. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** Snowball stem of a lower-case word in the given language. */
export function stemWord(word: string, language: Language): string {
  const key = `${language}:${word}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = snowball.newStemmer(ALGORITHM[language]);
    stemmers.set(language, stemmer);
  }
  const stem = stemmer.stem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, stem);
  return stem;
}
