import type { Match, ScanReader } from './scan-reader.js';

const HAVE = new Set(['have', 'has', 'hebben', 'hebt', 'heeft', 'har', 'ha', 'haben', 'habt', 'hat']);
const HANDLING = ['KEEP', 'SHARE', 'COLLECT', 'NEED', 'USE', 'PROCESS', 'REMAIN'] as const;

/** Whether a sentence asks something: a question mark, a question word up front, "I wonder …". */
function asks(r: ScanReader, index: number): boolean {
  const sentence = r.sentences[index];
  if (!sentence) return false;
  if (sentence.question) return true;
  for (let k = sentence.first; k < sentence.end; k++) {
    // "I wonder how long …", "jag undrar om ni sparar …"; not "just curious after reading about GDPR".
    if (r.has(k, 'WONDER') && r.near(k, ['QWORD', 'WHICH', ...HANDLING], 4, 'after') >= 0) return true;
    // "How long do you keep …" without its question mark; "I'd like to know where …".
    if (r.has(k, 'QWORD') && (k - sentence.first < 3 || r.near(k, ['SEE'], 3, 'before') >= 0)) return true;
  }
  return false;
}

/**
 * A question about how personal data is handled (kept, shared, needed, cookies, the DPO),
 * asked in a sentence that makes no request. When the ticket asks for access, questions about
 * the customer's own data ("to whom did you give my data?") are part of that request.
 */
export function detectQuestion(
  r: ScanReader,
  requestSentences: ReadonlySet<number>,
  access: boolean,
): Match[] {
  if (r.inTicket('PHISHING')) return [];
  const out: Match[] = [];
  for (const [index, sentence] of r.sentences.entries()) {
    if (requestSentences.has(index) || !asks(r, index)) continue;
    const first = sentence.first;
    if (access && r.inSentence(first, ['MY', 'ABOUT_ME']) >= 0) continue;
    let topic = -1;
    let handling = -1;
    for (let k = first; k < sentence.end && topic < 0; k++) {
      if (r.has(k, 'PRIVACY')) topic = k;
      else if (r.has(k, 'DATA', 'ATTR', 'CARD', 'INVOICE')) {
        // Invoices only as records kept or erased: "are my invoices deleted too, or kept for tax?".
        // A saved card removed or changed is account housekeeping, not a question of handling.
        if (r.has(k, 'CARD') && r.inSentence(k, ['DELETE', 'CORRECT']) >= 0) continue;
        const invoice = r.has(k, 'INVOICE') && !r.has(k, 'DATA');
        handling = invoice
          ? r.inSentence(k, ['DELETE']) >= 0
            ? r.inSentence(k, ['KEEP'])
            : -1
          : r.near(k, [...HANDLING], 8);
        // "Wir haben geheiratet …, habt ihr …?": a bare "have" handles nothing.
        if (handling >= 0 && HAVE.has(r.tokens[handling]?.norm ?? '') && !r.has(k, 'DATA')) handling = -1;
        // "Kan ik haar adres als afleveradres gebruiken?": an address used for a delivery is a shop matter.
        if (handling >= 0 && r.has(handling, 'USE', 'NEED') && r.inSentence(k, ['DELIVERY']) >= 0)
          handling = -1;
        if (handling >= 0) topic = k;
      }
    }
    if (topic >= 0)
      out.push({ type: 'question', weight: 0.8, positions: handling >= 0 ? [topic, handling] : [topic] });
  }
  return out;
}
