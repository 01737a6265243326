import type { Language } from '../../language/languages.js';
import { stemWord } from '../../language/stem-word.js';
import type { Token } from '../scan-ticket.js';

/** One feature of a ticket for the learned component, and the token where it first occurs. */
export interface LearnedFeature {
  name: string;
  at: number;
}

/** Numbers (order numbers, dates, prices) are one feature: their value says nothing about a request. */
const NUMBER = '#';

/**
 * The words of a ticket as the learned component sees them: the Snowball stem of every word of the
 * customer's own text (quotes and signatures already cut), and every pair of neighbouring stems in
 * a sentence ("delet_my", "min_uppgift"). Each feature is listed once, at its first occurrence.
 */
export function learnedFeatures(tokens: readonly Token[], language: Language): LearnedFeature[] {
  const stems = tokens.map((token) => (/\d/.test(token.norm) ? NUMBER : stemWord(token.norm, language)));
  const seen = new Map<string, number>();
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as string;
    if (!seen.has(stem)) seen.set(stem, i);
    const next = stems[i + 1];
    if (next === undefined || tokens[i + 1]?.sentence !== tokens[i]?.sentence) continue;
    const pair = `${stem}_${next}`;
    if (!seen.has(pair)) seen.set(pair, i);
  }
  return [...seen].map(([name, at]) => ({ name, at }));
}
