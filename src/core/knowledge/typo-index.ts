import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Finds the policy word a misspelt word meant. One slip (a letter wrong, missing, extra or two
 * letters swapped: "lnog", "gegevns") is found exactly through single-letter deletions; long
 * words with two slips ("verwijdren" → …) through Fuse.js, checked by edit distance.
 */
export class TypoIndex {
  private readonly words: ReadonlySet<string>;
  private readonly byDeletion = new Map<string, string[]>();
  private readonly fuse: Fuse<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w.length >= 4 && !/\d/.test(w)));
    for (const word of this.words) {
      for (const deleted of deletions(word)) {
        const list = this.byDeletion.get(deleted) ?? [];
        list.push(word);
        this.byDeletion.set(deleted, list);
      }
    }
    this.fuse = new Fuse(
      [...this.words].filter((w) => w.length >= 8),
      {
        includeScore: true,
        threshold: 0.4,
        ignoreLocation: true,
        isCaseSensitive: true,
      },
    );
  }

  /** The closest known word within one slip (two for words of eight letters or more), or null. */
  correct(word: string): string | null {
    if (word.length < 4 || /\d/.test(word)) return null;
    const candidates = new Set<string>(this.byDeletion.get(word) ?? []);
    for (const deleted of deletions(word)) {
      if (this.words.has(deleted)) candidates.add(deleted);
      for (const other of this.byDeletion.get(deleted) ?? []) candidates.add(other);
    }
    // A short word is one letter away from many others ("fast" → "last"): only swapped letters count.
    const swapOnly = word.length <= 5;
    const sameLetters = (other: string) => [...word].sort().join() === [...other].sort().join();
    let best: string | null = null;
    for (const candidate of candidates) {
      if (editDistance(word, candidate) !== 1 || (swapOnly && !sameLetters(candidate))) continue;
      if (best === null || candidate < best) best = candidate;
    }
    if (best || word.length < 8) return best;
    let bestDistance = 3;
    for (const hit of this.fuse.search(word, { limit: 5 })) {
      const distance = editDistance(word, hit.item);
      if (distance < bestDistance) {
        best = hit.item;
        bestDistance = distance;
      }
    }
    return best;
  }
}
