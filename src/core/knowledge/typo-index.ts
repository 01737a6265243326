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
  private built: { byDeletion: Map<string, string[]>; fuse: Map<string, Fuse<string>> } | null = null;

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w.length >= 4 && !/\d/.test(w)));
  }

  /**
   * Built on the first misspelt word: most questions have none. Fuse.js gets one small list per
   * first letter (a slip in the first letter is rare), which keeps a search well under a millisecond.
   */
  private lookups() {
    if (this.built) return this.built;
    const byDeletion = new Map<string, string[]>();
    const byInitial = new Map<string, string[]>();
    for (const word of this.words) {
      for (const deleted of deletions(word)) {
        const list = byDeletion.get(deleted);
        if (list) list.push(word);
        else byDeletion.set(deleted, [word]);
      }
      if (word.length >= 8)
        byInitial.set(word[0] as string, [...(byInitial.get(word[0] as string) ?? []), word]);
    }
    const fuse = new Map<string, Fuse<string>>();
    for (const [initial, list] of byInitial) {
      fuse.set(
        initial,
        new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true, isCaseSensitive: true }),
      );
    }
    this.built = { byDeletion, fuse };
    return this.built;
  }

  /** The closest known word within one slip (two for words of eight letters or more), or null. */
  correct(word: string): string | null {
    if (word.length < 4 || /\d/.test(word)) return null;
    const { byDeletion, fuse } = this.lookups();
    const candidates = new Set<string>(byDeletion.get(word) ?? []);
    for (const deleted of deletions(word)) {
      if (this.words.has(deleted)) candidates.add(deleted);
      for (const other of byDeletion.get(deleted) ?? []) candidates.add(other);
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
    for (const hit of fuse.get(word[0] as string)?.search(word, { limit: 5 }) ?? []) {
      const distance = editDistance(word, hit.item);
      if (distance < bestDistance) {
        best = hit.item;
        bestDistance = distance;
      }
    }
    return best;
  }
}
