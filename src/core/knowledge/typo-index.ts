import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

const CACHE_LIMIT = 10_000;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * How likely a slip is: swapped letters and a letter typed twice or left out are more common than
 * a wrong letter, and the first letter is rarely wrong ("dellen" is "delen", not "bellen").
 */
function slipRank(word: string, candidate: string): number {
  const firstLetter = word[0] === candidate[0] ? 0 : 4;
  if (candidate.length !== word.length) return firstLetter + 1;
  return firstLetter + ([...word].sort().join() === [...candidate].sort().join() ? 0 : 2);
}

/** Whether `candidate` is a likelier meaning of `word` than `best` (then the first in the alphabet). */
function preferred(word: string, candidate: string, best: string): boolean {
  const a = slipRank(word, candidate);
  const b = slipRank(word, best);
  return a < b || (a === b && candidate < best);
}

/**
 * Finds the policy word a misspelt word meant. One slip (a letter wrong, missing, extra or two
 * letters swapped: "lnog", "gegevns") is found exactly through single-letter deletions; long
 * words with two slips ("verwijdren" → …) through Fuse.js, checked by edit distance.
 */
export class TypoIndex {
  private readonly words: ReadonlySet<string>;
  private built: { byDeletion: Map<string, string[]>; fuse: Map<string, Fuse<string>> } | null = null;
  /** Corrections found so far: a Fuse.js search costs up to a millisecond. */
  private readonly cache = new Map<string, string | null>();

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

  /**
   * The closest known word within one slip (two for words of eight letters or more, unless
   * `near`), or null.
   */
  correct(word: string, { near = false }: { near?: boolean } = {}): string | null {
    if (word.length < 4 || /\d/.test(word)) return null;
    const key = near ? `~${word}` : word;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const found = this.search(word, near);
    // The same unknown words come back ("alsjeblieft", "trotzdem"); the cap keeps memory flat.
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private search(word: string, near: boolean): string | null {
    const { byDeletion, fuse } = this.lookups();
    const missingOne = byDeletion.get(word) ?? [];
    const candidates = new Set<string>(missingOne);
    for (const deleted of deletions(word)) {
      if (this.words.has(deleted)) candidates.add(deleted);
      for (const other of byDeletion.get(deleted) ?? []) candidates.add(other);
    }
    // A short word is one letter away from many others ("fast" → "last"): only swapped letters
    // count, or a single letter left out inside the word when only one known word fits ("knto" → "konto").
    const short = word.length <= 5;
    const sameLetters = (other: string) => [...word].sort().join() === [...other].sort().join();
    // A left-out first letter is rare and makes real words of real words ("open" → "kopen"). A
    // wrong letter counts in five-letter words only when one known word fits ("raght" → "right").
    const wrongLetter = [...candidates].filter(
      (c) => c.length === word.length && c[0] === word[0] && editDistance(word, c) === 1 && !sameLetters(c),
    );
    const fits = (other: string) =>
      sameLetters(other) ||
      (missingOne.length === 1 && missingOne[0] === other && other[0] === word[0]) ||
      (word.length === 5 && wrongLetter.length === 1 && wrongLetter[0] === other);
    let best: string | null = null;
    for (const candidate of candidates) {
      if (editDistance(word, candidate) !== 1 || (short && !fits(candidate))) continue;
      if (best === null || preferred(word, candidate, best)) best = candidate;
    }
    if (best || near || word.length < 8) return best;
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
