/**
 * Finds lexicon words within one typing error (a letter missing, added, changed, or two swapped)
 * of a word, by indexing every one-letter deletion of each lexicon word (the SymSpell idea):
 * a look-up costs a few map probes, not a scan of the lexicon.
 */
export class TypoIndex<T> {
  private readonly byVariant = new Map<string, Array<{ word: string; value: T }>>();

  add(word: string, value: T): void {
    for (const variant of [word, ...deletions(word)]) {
      const list = this.byVariant.get(variant) ?? [];
      if (!list.some((e) => e.word === word)) list.push({ word, value });
      this.byVariant.set(variant, list);
    }
  }

  /** Values of lexicon words at most one edit from `query`, sharing its first two letters. */
  find(query: string): T[] {
    const found: T[] = [];
    const seen = new Set<string>();
    for (const variant of [query, ...deletions(query)]) {
      for (const entry of this.byVariant.get(variant) ?? []) {
        if (seen.has(entry.word)) continue;
        seen.add(entry.word);
        if (entry.word.slice(0, 2) === query.slice(0, 2) && withinOneEdit(query, entry.word))
          found.push(entry.value);
      }
    }
    return found;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
