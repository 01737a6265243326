import type { Language } from '../../language/languages.js';
import { compileLexicon } from '../compile-lexicon.js';
import { detectTicketLanguage } from '../detect-ticket-language.js';
import { prepareTicketText } from '../prepare-ticket-text.js';
import { scanTicket } from '../scan-ticket.js';
import type { TicketText } from '../triage-types.js';
import { type LearnedFeature, learnedFeatures } from './learned-features.js';

/** Words are split the same way whatever the lexicon: an empty one is enough to read features. */
const NO_LEXICON = compileLexicon([]);

/** A ticket's features as `triageTicket` computes them, for training the learned component. */
export function ticketFeatures(ticket: TicketText, fallbackLanguage: Language): LearnedFeature[] {
  const parts = prepareTicketText(ticket.subject ?? '', ticket.description ?? '');
  const { language } = detectTicketLanguage(parts, fallbackLanguage);
  return learnedFeatures(scanTicket(parts, NO_LEXICON).tokens, language);
}
