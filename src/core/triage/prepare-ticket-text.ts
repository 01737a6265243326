/** Longer descriptions are cut: requests are stated up front, and triage must stay fast on any input. */
export const MAX_TEXT_CHARS = 20_000;
const MAX_SUBJECT_CHARS = 500;

/** Where a quoted earlier message begins: "On … wrote:", "-----Original Message-----", a "From:" header. */
const REPLY_HEADER =
  /^\s*(?:(?:on|op|den|am|le)\b.{0,160}\b(?:wrote|schreef|skrev|schrieb|a écrit)\b.{0,120}:\s*$|-{2,}\s*(?:original message|oorspronkelijk bericht|ursprüngliche nachricht|ursprungligt meddelande|forwarded message|doorgestuurd bericht|vidarebefordrat meddelande|weitergeleitete nachricht)|_{5,}\s*$)/i;
const HEADER_FIELD =
  /^\s*(?:from|van|från|von|sent|verzonden|skickat|gesendet|to|aan|till|an|subject|onderwerp|ämne|betreff|date|datum)\s*:/i;
/** Lines a mail client adds, and the usual signature separator. */
const SIGNATURE =
  /^\s*(?:--\s*$|sent from my|verstuurd vanaf mijn|verzonden vanaf mijn|skickat från min|von meinem .{0,30}gesendet|get outlook for|hämta outlook för|download outlook voor)/i;

/** "Manage your account | Unsubscribe | Privacy policy": a footer pasted from one of our e-mails. */
const LINK_BAR = /^\s*[^|•·\n]{1,40}(?:\s[|•·]\s[^|•·\n]{1,40}){2,}\s*$/;

export interface TicketParts {
  subject: string;
  /**
   * "Re:", "SV:", "Fwd:": the subject names the thread's old topic (often our own reply to an
   * earlier request), so a cue found only there is not a new request.
   */
  subjectIsReply?: boolean;
  /** The customer's own words: quoted replies, forwarded headers and signatures removed. */
  body: string;
}

const REPLY_PREFIX = /^\s*(?:(?:re|sv|aw|fw|fwd|vs|antw|wg|tr)\s*:\s*)+/i;

/**
 * Keeps the part of a ticket the customer wrote now. A quoted earlier message (our own order
 * confirmation, a newsletter footer) mentions personal data and unsubscribing without the
 * customer asking for anything. Linear in the length of the text.
 */
export function prepareTicketText(subject: string, description: string): TicketParts {
  const lines = description.slice(0, MAX_TEXT_CHARS).split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (REPLY_HEADER.test(line) || SIGNATURE.test(line)) break;
    if (HEADER_FIELD.test(line) && /@|:\s*$/.test(line) && HEADER_FIELD.test(lines[i + 1] ?? '')) break;
    if (/^\s*>/.test(line) || LINK_BAR.test(line)) continue;
    kept.push(line);
  }
  const body = kept.join('\n').trim();
  // A ticket that is nothing but a forward is read whole rather than not at all.
  const head = subject.slice(0, MAX_SUBJECT_CHARS);
  return {
    subject: head.replace(REPLY_PREFIX, ''),
    subjectIsReply: REPLY_PREFIX.test(head),
    body: body === '' ? description.slice(0, MAX_TEXT_CHARS) : body,
  };
}
