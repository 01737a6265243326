import type { Concept } from './concepts.js';
import { MARKETING_WORDS } from './rule-vocabulary.js';
import type { Match, ScanReader } from './scan-reader.js';

/** "no", "geen", "inga", "keine": a refusal in one word before a noun. */
const NO_WORDS = new Set(['no', 'geen', 'inga', 'ingen', 'inget', 'keine', 'kein', 'keinen', 'keinerlei']);

/** Courtesy words that do not lengthen a one-line refusal: "No marketing texts, thank you." */
const COURTESY = new Set([
  'thanks',
  'thank',
  'you',
  'thx',
  'ty',
  'bedankt',
  'dank',
  'je',
  'tack',
  'danke',
  'merci',
]);

/** "before", "until": a time clause in which a campaign stops is no request to stop it. */
const TIME_CLAUSE = new Set(
  'voordat before innan bevor ehe until tot totdat tills bis zodra once'.split(' '),
);
/** Past forms of sending: an objection the customer sent before. */
const SENT = new Set(
  'sent gestuurd stuurde ingediend skickade skickat geschickt gesendet eingelegt'.split(' '),
);

/** Nouns that give a refusal its own object: "I don't want it anymore" has none. */
const OBJECTS: Concept[] = [
  ...MARKETING_WORDS,
  'DATA',
  'ACCOUNT',
  'ATTR',
  'ORDER',
  'ITEM',
  'DELIVERY',
  'INVOICE',
  'DOCUMENT',
  'PASSWORD',
  'CARD',
];

/** "no more newsletters", "ik wil geen reclame meer", "jag vill inte få era sms". */
function fromRefusals(r: ScanReader, out: Match[]): void {
  for (const i of r.where('MARKETING', 'MSG')) {
    if (r.conditional(i)) continue;
    const refusal = r.near(i, ['NEG_WANT'], 8);
    const noMore = r.near(i, ['NOMORE'], 6);
    const negation = r.near(i, ['NEG'], 6);
    const wish = r.inSentence(i, ['WANT']);
    // Messages refused "to get" are marketing: "I don't want to receive your texts".
    const received = refusal >= 0 && r.between(refusal, i, 'GET', 'SEND');
    if (refusal >= 0 && (r.has(i, 'MARKETING') || received)) {
      out.push({ type: 'objection', weight: 0.8, positions: [refusal, i] });
    } else if (noMore >= 0 && negation >= 0 && (wish >= 0 || refusal >= 0)) {
      out.push({ type: 'objection', weight: 0.8, positions: [negation, i, noMore] });
    } else if (refusal >= 0 && noMore >= 0) {
      out.push({ type: 'objection', weight: 0.75, positions: [refusal, i, noMore] });
    }
  }
  // "No newsletters please!", "Geen reclame graag.", "Inga fler sms.", "Keinerlei Werbung mehr!":
  // a refusal without a verb; "no receipt in the box" or "keine Bestätigungsmail bekommen" is none.
  for (const i of r.where('MARKETING', 'MSG')) {
    const no = r.near(i, ['NEG'], 2, 'before');
    if (no < 0 || !NO_WORDS.has(r.tokens[no]?.norm ?? '') || r.conditional(i)) continue;
    const { first, end } = r.sentenceOf(i);
    const words = r.tokens.slice(first, end).filter((t) => !COURTESY.has(t.norm)).length;
    const asked = r.inSentence(i, ['WANT']) >= 0 || r.inSentence(i, ['NOMORE']) >= 0 || words <= 4;
    const report = r.inSentence(i, ['GET', 'SHOWN']) >= 0;
    if (asked && !report && (r.has(i, 'MARKETING') || r.near(i, ['NOMORE'], 3) >= 0 || r.has(no, 'NOMORE')))
      out.push({ type: 'objection', weight: 0.75, positions: [no, i] });
  }
  // "don't send me any more e-mails", "skicka inga fler nyhetsbrev", "stuur me geen mails meer".
  for (const i of r.where('SEND')) {
    const before = r.near(i, ['NEG', 'NEG_WANT'], 3, 'before');
    const after = r.near(i, ['NEG'], 4, 'after');
    const negation = before >= 0 ? before : after;
    const what = r.near(i, ['MARKETING', 'MSG', 'NOMORE'], 6, 'after');
    if (negation >= 0 && what >= 0 && r.near(i, ['MARKETING', 'MSG'], 7, 'after') >= 0 && !r.conditional(i)) {
      out.push({
        type: 'objection',
        weight: 0.75,
        positions: [Math.min(negation, i), Math.max(what, negation)],
      });
    }
  }
  // "I unsubscribed but I still get your newsletter": an opt-out that was not honoured.
  const optedOut = r.inTicket('UNSUB', 'DEREGISTER');
  for (const i of r.where('MARKETING', 'MSG')) {
    const still = r.near(i, ['STILL'], 5);
    // "I still haven't received the newsletter I signed up for" is a sign-up glitch.
    if (still >= 0 && (r.near(still, ['NEG'], 2, 'after') >= 0 || r.between(still, i, 'NEG'))) continue;
    // Received, not "still no welcome discount".
    const received = r.near(i, ['GET', 'SHOWN'], 4) >= 0 || r.has(still, 'GET', 'SHOWN');
    if (still >= 0 && received && (r.has(i, 'MARKETING') || optedOut) && !r.conditional(i))
      out.push({ type: 'objection', weight: 0.75, positions: [still, i].sort((a, b) => a - b) });
  }
  // "Jag vill inte att ni använder min surfhistorik för att rikta reklam".
  for (const i of r.where('USE', 'PROCESS')) {
    // In its own clause: "do not use it for anything else (no marketing, …)" refuses every use.
    const purpose = r.inSegment(i, ['MARKETING', 'PROFILING']);
    if (purpose < 0 || r.conditional(i) || r.sentenceOf(i).question) continue;
    if (r.negated(i) || r.near(i, ['NEG_WANT', 'STOP', 'OBJECT'], 6) >= 0)
      out.push({ type: 'objection', weight: 0.8, positions: [i, purpose].sort((a, b) => a - b) });
  }
}

/**
 * A refusal without an object of its own, right after marketing was named: "eure Werbe-SMS
 * nerven. Will die nicht mehr.", "… profileren op basis van surfgedrag. Ik wil dat jullie
 * daarmee stoppen.", "Sluta med det, tack."
 */
function fromBackReference(r: ScanReader, out: Match[]): void {
  for (const i of r.where('NEG_WANT', 'STOP')) {
    if (r.tokens[i]?.part !== 'body' || r.conditional(i) || r.inSentence(i, OBJECTS) >= 0) continue;
    const noMore = r.has(i, 'NOMORE') || r.inSentence(i, ['NOMORE']) >= 0;
    if (r.has(i, 'STOP') ? !r.live(i) : !noMore) continue;
    const topic = r
      .around(i, 2)
      .filter((k) => r.sentenceOf(k) !== r.sentenceOf(i) && r.has(k, ...MARKETING_WORDS))
      .pop();
    if (topic !== undefined) out.push({ type: 'objection', weight: 0.7, positions: [i] });
  }
}

/**
 * "Please do not share my details with third parties", "ik wil niet dat jullie mijn gegevens
 * doorverkopen": a refused disclosure of one's data is an objection; with "until" or "while" it
 * is a restriction for the time being.
 */
function fromRefusedSharing(r: ScanReader, out: Match[]): void {
  for (const i of r.where('SHARE')) {
    if (r.conditional(i) || r.sentenceOf(i).question) continue;
    const refused = r.negated(i) || r.near(i, ['STOP'], 4, 'before') >= 0;
    const data = r.near(i, ['DATA', 'ATTR'], 6);
    if (!refused || data < 0) continue;
    // Mine: "mijn gegevens", or a phrase that starts with the possessive ("my details").
    if (r.near(data, ['MY'], 2, 'before') < 0 && !POSSESSIVES.has(r.tokens[data]?.norm ?? '')) continue;
    const type = r.inSentence(i, ['ELSE']) >= 0 ? 'restriction' : 'objection';
    out.push({ type, weight: 0.7, positions: [Math.min(i, data), Math.max(i, data)] });
  }
}

const POSSESSIVES = new Set(['my', 'mijn', 'min', 'mitt', 'mina', 'mein', 'meine', 'meinen', 'meiner']);

/** Objection (Art. 21): unsubscribing from newsletters or SMS, opting out of marketing or profiling. */
export function detectObjection(r: ScanReader): Match[] {
  const out: Match[] = [];
  fromRefusedSharing(r, out);
  const live = (i: number) => r.live(i);
  // "uitschrijven als klant", "unsubscribe me as a customer": leaving the shop, not a list.
  // "unsubscribe from the raffle": a draw or a waitlist is no marketing.
  const fromEvent = (i: number) => r.near(i, ['EVENT'], 4, 'after') >= 0;
  for (const i of r.where('UNSUB')) {
    const customer = r.near(i, ['ACCOUNT'], 3, 'after');
    if (live(i) && !fromEvent(i))
      out.push({ type: customer >= 0 ? 'erasure' : 'objection', weight: 0.9, positions: [i] });
  }
  // "… zolang mijn bezwaar loopt": an objection already made is the condition, not the request.
  // "Ich habe Ihnen am 10. Mai einen Widerspruch … geschickt. Bis zur Entscheidung beantrage ich
  // die Einschränkung": an objection sent before is the ground of the restriction asked now.
  const pendingObjection = (i: number) =>
    r.inTicket('RESTRICT') &&
    r.tokens.slice(r.sentenceOf(i).first, r.sentenceOf(i).end).some((t) => SENT.has(t.norm));
  for (const i of r.where('OBJECT'))
    if (live(i) && r.near(i, ['ELSE'], 3, 'before') < 0 && !pendingObjection(i))
      out.push({ type: 'objection', weight: 0.85, positions: [i] });
  // "sign me off", "afmelden", "abmelden" also mean logging out: only with a mailing nearby.
  for (const i of r.where('DEREGISTER')) {
    const what = r.near(i, ['MARKETING', 'MSG', 'ME'], 6);
    if (what >= 0 && live(i) && !fromEvent(i))
      out.push({ type: 'objection', weight: 0.8, positions: [i, what] });
  }
  // "stop sending me texts", "sluta mejla mig", "hört auf, mir Mails zu schicken"; not "bestellen
  // voordat de actie stopt", where the campaign itself ends.
  for (const i of r.where('STOP')) {
    const what = r.near(i, MARKETING_WORDS, 8);
    const until = r.tokens
      .slice(Math.max(r.sentenceOf(i).first, i - 4), i)
      .some((t) => TIME_CLAUSE.has(t.norm));
    if (what >= 0 && live(i) && !until) out.push({ type: 'objection', weight: 0.85, positions: [i, what] });
  }
  fromRefusals(r, out);
  fromBackReference(r, out);
  // Profiling with a refusal anywhere near: "I object to … to profile me", "please stop this".
  for (const i of r.where('PROFILING')) {
    // "Bitte keine personalisierten Empfehlungen mehr": a "no … more" refuses too.
    const noMore = r.near(i, ['NEG'], 3, 'before') >= 0 && r.near(i, ['NOMORE'], 8) >= 0;
    const refusal = noMore ? i : r.near(i, ['STOP', 'NEG_WANT', 'OBJECT', 'UNSUB'], 12);
    if (refusal >= 0 && !r.conditional(i))
      out.push({ type: 'objection', weight: 0.8, positions: [refusal, i] });
  }
  return out;
}
