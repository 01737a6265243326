import type { Language } from '../language/languages.js';
import type { Triage } from '../triage/triage-types.js';

/** The part of a triage verdict the intake and the ticket notes use (see `core/triage`). */
export type TicketVerdict = Pick<Triage, 'language' | 'privacy' | 'types' | 'confidence' | 'evidence'>;

/** Reads a ticket's text and says whether, and which, privacy rights it asks for. */
export type TriageTicket = (ticket: {
  subject: string;
  description: string;
  createdAt?: string;
}) => TicketVerdict;

/** The outbox kind of a public reply on a ticket (acknowledgement or cited answer). */
export const TICKET_REPLY_KIND = 'ticket.reply';

/** Payload of a `ticket.reply` message: ids and a language only, never customer text. */
export interface TicketReplyPayload {
  ticketId: string;
  reply: 'acknowledgement' | 'answer';
  language: Language;
  taskIds: string[];
  [key: string]: unknown;
}
