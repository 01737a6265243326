import { foldDiacritics } from '../language/tokenize.js';

/** Lower case, diacritics folded, typographic apostrophes straightened: how words are compared. */
export function normalizeWord(word: string): string {
  return foldDiacritics(word.toLowerCase()).replace(/[’`´]/g, "'");
}
