/**
 * Splits text into lower-case word tokens. Letters with diacritics are kept as they are
 * (å, ä, ö, ü carry meaning); use `foldDiacritics` where spelling variants should meet.
 */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Strips diacritics (ö → o, é → e) and ß → ss, so that "loschen" and "löschen" meet. */
export function foldDiacritics(word: string): string {
  // Most words are plain ASCII; skipping the Unicode normalisation for them keeps indexing fast.
  if (!/[^a-z0-9]/.test(word)) return word;
  return word.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}
