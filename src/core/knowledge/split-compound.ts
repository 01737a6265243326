/** Linking letters between the parts of a compound: persoon-s-gegevens, Kunde-n-daten. */
const LINKS = ['', 's', 'e', 'en', 'n', 'es'];

/**
 * Splits a Dutch, German or Swedish compound into two known parts ("kundendaten" → "kunden",
 * "daten"), preferring the most even split; null when no split has two known parts.
 */
export function splitCompound(word: string, isKnown: (part: string) => boolean): [string, string] | null {
  if (word.length < 7) return null;
  let best: [string, string] | null = null;
  let bestBalance = 0;
  for (let i = 3; i <= word.length - 4; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (!isKnown(right)) continue;
    const leftKnown = LINKS.some(
      (link) =>
        left.endsWith(link) &&
        left.length - link.length >= 3 &&
        isKnown(left.slice(0, left.length - link.length)),
    );
    const balance = Math.min(left.length, right.length);
    if (leftKnown && balance > bestBalance) {
      best = [left, right];
      bestBalance = balance;
    }
  }
  return best;
}

/** The longest known word (five letters or more) that ends a compound after a part of three letters or more. */
export function compoundHead(word: string, isKnown: (part: string) => boolean): string | null {
  for (let i = 3; i <= word.length - 5; i++) {
    const head = word.slice(i);
    if (isKnown(head)) return head;
  }
  return null;
}
