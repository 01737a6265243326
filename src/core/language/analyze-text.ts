import type { Language } from './languages.js';
import { stemWord } from './stem-word.js';
import { isStopWord } from './stop-words.js';
import { foldDiacritics, tokenize } from './tokenize.js';

/** A word of the text: as written (lower case, folded), its search term, and whether it is a function word. */
export interface AnalyzedWord {
  surface: string;
  term: string;
  stop: boolean;
}

/**
 * Lower-case words with clitics dropped ("who's" → "who", "foto's" → "foto", "don't" → "dont")
 * and one-letter prefixes joined
 * ("e-mail" → "email", "e-post" → "epost"); other hyphens split ("IP-adres" → "ip", "adres").
 */
export function splitWords(text: string): string[] {
  const joined = text.replace(/(^|[^\p{L}\p{N}])(\p{L})-(?=\p{L})/gu, '$1$2');
  return tokenize(joined.replace(/-/g, ' ')).map((w) =>
    w.replace(/['’](s|re|ve|ll|d|m)$/, '').replace(/['’]/g, ''),
  );
}

/** The search term of one lower-case word: its Snowball stem with diacritics folded. */
export function termOf(word: string, language: Language): string {
  // Words of three letters are names and abbreviations more often than inflected forms ("UPS", "EER").
  if (word.length <= 3) return foldDiacritics(word);
  return foldDiacritics(stemWord(word, language));
}

/**
 * A coarser form of a term, for telling the sentences of one section apart. Snowball leaves
 * Dutch and German verb endings alone: "bewaart" and "bewaard" are not "bewar" (bewaren),
 * "speichert" and "gespeichert" not "speich" (speichern). A term that still ends in -t/-d loses
 * it and is stemmed again, and a German participle (ge…t) loses its ge- too. (Ranking keeps the
 * finer terms: there the hints already list the forms customers use, and merging them measured
 * slightly worse.)
 */
export function looseTerm(term: string, language: Language): string {
  // Not "-end": "volgend" (next) is no form of "volgen" (follow) in a question.
  if (language === 'nl' && term.length >= 5 && /[td]$/.test(term) && !term.endsWith('end'))
    return stemWord(term.slice(0, -1), 'nl');
  if (language !== 'de' || term.length < 5 || !term.endsWith('t')) return term;
  const participle = term.startsWith('ge') && term.length >= 7 ? term.slice(2) : term;
  return stemWord(participle.slice(0, -1), 'de');
}

/** Splits, stems and marks function words, keeping word order (phrases need it). */
export function analyzeText(text: string, language: Language): AnalyzedWord[] {
  return splitWords(text).map((word) => {
    const surface = foldDiacritics(word);
    return { surface, term: termOf(word, language), stop: isStopWord(surface, language) };
  });
}
