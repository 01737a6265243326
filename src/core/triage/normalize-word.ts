import { foldDiacritics } from '../language/tokenize.js';

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** Lower case, diacritics folded, typographic apostrophes straightened: how words are compared. */
export function normalizeWord(word: string): string {
  let norm = cache.get(word);
  if (norm === undefined) {
    norm = foldDiacritics(word.toLowerCase()).replace(/[’`´]/g, "'");
    // A bounded memo: the same few thousand words make up most tickets.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, norm);
  }
  return norm;
}
