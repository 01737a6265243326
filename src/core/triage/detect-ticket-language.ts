import { guessLanguage } from '../language/detect-language.js';
import { LANGUAGES, type Language } from '../language/languages.js';
import type { TicketParts } from './prepare-ticket-text.js';

/** The subject counts half: it is short and often our own English template ("Re: Your order"). */
const SUBJECT_WEIGHT = 0.5;

export interface TicketLanguage {
  language: Language;
  /** A second language worth reading the ticket in too, when the evidence is split. */
  runnerUp: Language | null;
}

/**
 * The language of a ticket from the customer's own words (quotes and signatures are already
 * removed), with the subject counting less than the body.
 */
export function detectTicketLanguage(parts: TicketParts, fallback: Language): TicketLanguage {
  const body = guessLanguage(parts.body).scores;
  const subject = guessLanguage(parts.subject).scores;
  const ranked = LANGUAGES.map((language) => ({
    language,
    score: body[language] + SUBJECT_WEIGHT * subject[language],
  })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked as [(typeof ranked)[number], (typeof ranked)[number]];
  if (best.score <= 0) return { language: fallback, runnerUp: null };
  const close = second.score > 0 && second.score >= 0.75 * best.score;
  return { language: best.language, runnerUp: close ? second.language : null };
}
