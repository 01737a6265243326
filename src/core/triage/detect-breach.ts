import type { Match, ScanReader } from './scan-reader.js';

const DETAILS = ['DOCUMENT', 'INVOICE', 'ATTR', 'DATA', 'ACCOUNT'] as const;

/**
 * A mail sent openly to many: "im CC … mehrere hundert E-Mail-Adressen sehen", "in the to field
 * there are 300 other e-mail addresses": other people's addresses, in view of every recipient.
 */
function fromVisibleRecipients(r: ScanReader, out: Match[]): void {
  for (const i of r.where('ADDRESSES')) {
    if (r.conditional(i) || r.near(i, ['MY'], 2, 'before') >= 0) continue;
    const shown = r.inSentence(i, ['SHOWN', 'SEE']);
    const others = r
      .around(i, 1, 1)
      .find((k) => r.has(k, 'RECIPIENTS', 'OTHER_PERSON', 'ANOTHER') && k !== i);
    if (shown >= 0 && others !== undefined)
      out.push({ type: 'breach', weight: 0.8, positions: [shown, i, others].sort((a, b) => a - b) });
  }
}

/** What we do with data: "I read on a forum that you sell/store my data" asks about handling. */
const HANDLING = ['SHARE', 'KEEP', 'USE', 'PROCESS', 'COLLECT'] as const;
/** "could be leaked", "zou kunnen lekken", "skulle kunna läcka", "könnte geleakt werden": a worry. */
const HAVE = new Set(['have', 'has', 'hebben', 'hebt', 'heeft', 'har', 'ha', 'haben', 'habt', 'hat']);
const MODALS = new Set([
  'could',
  'might',
  'may',
  'would',
  'kunnen',
  'zou',
  'zouden',
  'skulle',
  'kunna',
  'konnte',
  'konnten',
]);

/** A verb of handling in the sentence; a bare "have" ("har lagt ut") handles nothing. */
function handled(r: ScanReader, first: number, end: number): boolean {
  for (let k = first; k < end; k++)
    if (r.has(k, ...HANDLING) && !HAVE.has(r.tokens[k]?.norm ?? '')) return true;
  return false;
}

function supposed(r: ScanReader, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (MODALS.has(r.tokens[k]?.norm ?? '')) return true;
  return false;
}

/** My data or details: "my address", "mijn gegevens", "meine Daten". */
function myDetail(r: ScanReader, k: number): boolean {
  return r.has(k, 'DATA', 'ATTR', 'ADDRESSES') && (r.has(k, 'MY') || r.near(k, ['MY'], 2, 'before') >= 0);
}

/**
 * Our customers' own data out in the open, which starts the breach clock too: "a list of your
 * customers' e-mails on a public forum", "a dump of your customer database", "my details were
 * leaked from your shop", "the phishing mail knew my last order". Not: a phishing mail in our name
 * that knows nothing only we hold, a question about what we would do in a breach, or "you sell
 * your customers' data" read on a forum (a question about sharing, asked elsewhere).
 */
function fromOurDataExposed(r: ScanReader, out: Match[]): void {
  for (const i of r.where('EXPOSED')) {
    if (r.conditional(i) || r.negated(i)) continue;
    const { first, end } = r.sentenceOf(i);
    if (handled(r, first, end)) continue;
    for (let k = first; k < end; k++) {
      if (r.has(k, 'CUSTOMERS', 'STORAGE') || myDetail(r, k)) {
        out.push({ type: 'breach', weight: 0.8, positions: [Math.min(i, k), Math.max(i, k)] });
        break;
      }
    }
  }
  // "I think my details were leaked", "mijn gegevens zijn gelekt": told, not asked or supposed.
  for (const i of r.where('LEAK')) {
    if (r.conditional(i) || r.negated(i) || r.sentenceOf(i).question) continue;
    const { first, end } = r.sentenceOf(i);
    if (r.inSentence(i, ['MAYBE', 'WONDER']) >= 0 || supposed(r, first, end)) continue;
    for (let k = first; k < end; k++) {
      if (r.has(k, 'CUSTOMERS') || myDetail(r, k)) {
        out.push({ type: 'breach', weight: 0.75, positions: [Math.min(i, k), Math.max(i, k)] });
        break;
      }
    }
  }
  // A scam that knows what the customer ordered had it from somewhere (eight words either side:
  // Dutch and German put the verb last): "the phishing mail knew my
  // last order", "die Betrugsmail kannte meine letzte Bestellung".
  if (!r.inTicket('PHISHING', 'LEAK')) return;
  for (const i of r.where('KNEW')) {
    if (r.conditional(i) || r.negated(i)) continue;
    const order = r.near(i, ['ORDER'], 8);
    if (order >= 0) out.push({ type: 'breach', weight: 0.75, positions: [i, order] });
  }
}

/**
 * Words that say what a message carried, beside KNEW: "with my name", "met mijn ordernummer",
 * "mit meiner Bestellnummer", "med mitt ordernummer", "contained my", "stonden mijn naam".
 */
const CARRIERS = new Set(
  'with contained contains included includes listed lists met bevatte bevat stond stonden mit enthielt enthalt stand standen med inneholl stod'.split(
    ' ',
  ),
);
/** What the carried words open with: mine, or "what I ordered", "wat ik besteld had". */
const WHAT = new Set(['what', 'wat', 'vad', 'was']);
/** "contained my" is one phrase of KNEW: its "my" carries no concept of its own. */
const MINE = new Set('my mijn min mitt mina mein meine meinem meinen meiner'.split(' '));
const I = new Set(['i', 'ik', 'jag', 'ich']);

/** "my order number", "details of my recent order", "was ich … bestellt habe", "vad jag beställde". */
function myOrder(r: ScanReader, k: number): boolean {
  if (!r.has(k, 'ORDER')) return false;
  if (r.near(k, ['MY'], 3, 'before') >= 0) return true;
  for (let d = 1; d <= 6 && k - d >= 0; d++) {
    const token = r.tokens[k - d];
    if (!token || token.segment !== r.tokens[k]?.segment) break;
    if (I.has(token.norm)) return true;
  }
  return false;
}

/**
 * A scam message that carried the customer's own order: "a fake Caliroots email arrived with my
 * name and my order number in it", "een phishingmail met mijn naam en wat ik besteld had",
 * "eine gefälschte Mail nannte meine Adresse und was ich bestellt habe". The carried words must
 * be mine: "a scam email with a link to track my order" or "said that my order is on hold" shows
 * nothing that only we hold.
 */
function fromScamCarryingMyOrder(r: ScanReader, out: Match[]): void {
  for (const c of r.where('PHISHING')) {
    const { first, end } = r.sentenceOf(c);
    for (let k = first; k < end; k++) {
      const token = r.tokens[k];
      if (!token || (!r.has(k, 'KNEW') && !CARRIERS.has(token.norm))) continue;
      if (r.conditional(k) || r.negated(k)) continue;
      const next = r.tokens[k + 1]?.norm ?? '';
      if (!r.has(k + 1, 'MY') && !WHAT.has(next) && !MINE.has(next)) continue;
      for (let o = k + 1; o < Math.min(end, k + 16); o++) {
        if (myOrder(r, o)) {
          out.push({ type: 'breach', weight: 0.75, positions: [Math.min(c, k), Math.max(c, k), o] });
          return;
        }
      }
    }
  }
}

/**
 * Breach: the customer received or sees another person's personal data — "another customer's
 * packing slip", "a confirmation that isn't mine, with her name and address", "i kartongen låg
 * en följesedel till en Ahmed, med hans adress".
 */
export function detectBreach(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('OTHER_PERSON')) {
    // Someone else's order or parcel is a mix-up of goods, unless it shows in an account.
    const inAccount = r.inSentence(i, ['ACCOUNT']) >= 0 || r.has(i, 'ACCOUNT');
    const what = r.near(i, inAccount ? [...DETAILS, 'ORDER', 'DELIVERY'] : [...DETAILS], 12);
    const shown = r.inSentence(i, ['SHOWN']);
    // No hypothetical check: "when I logged in I could see …" tells what happened.
    if (what >= 0 && shown >= 0) {
      out.push({ type: 'breach', weight: 0.85, positions: [shown, what, i].sort((a, b) => a - b) });
    } else if (r.near(i, ['DOCUMENT', 'INVOICE'], 3) >= 0 && r.inTicket('ATTR') && !r.conditional(i)) {
      // "It's someone else's order confirmation – name, address, phone number", "de pakbon van
      // iemand anders": the document says whose it is.
      const document = r.near(i, ['DOCUMENT', 'INVOICE'], 3);
      out.push({ type: 'breach', weight: 0.8, positions: [Math.min(i, document), Math.max(i, document)] });
    } else if (!r.conditional(i) && r.near(r.tokens[i]?.phraseEnd ?? i, ['ATTR'], 4, 'after') >= 0) {
      // "the invoice I downloaded is for a completely different person – other name, an address
      // in …": a document in the sentence, and that person's details listed right after.
      // Told, not asked: "can I get an invoice made out to a different person?" wants one.
      const told = !r.sentenceOf(i).question && r.inSentence(i, ['WANT']) < 0;
      const document = r.inSentence(i, ['DOCUMENT', 'INVOICE']);
      if (document >= 0 && told)
        out.push({ type: 'breach', weight: 0.8, positions: [Math.min(i, document), i] });
    }
  }
  // "not mine", "gehört nicht mir", "gäller inte mig": someone else only when that person's
  // details are named around it, and not about a wrong detail in one's own account.
  for (const i of r.where('NOT_MINE')) {
    if (r.conditional(i) || r.inSentence(i, ['CORRECT']) >= 0) continue;
    const around = r.around(i, 1, 1);
    // "an order I never placed … to my own address, paid with my PayPal": the details are mine.
    const details = around.filter(
      (k) => r.has(k, 'ATTR', 'THIRD_POSS', 'CARD') && r.near(k, ['MY'], 2, 'before') < 0,
    ).length;
    const seen = around.find((k) => r.has(k, 'SHOWN', 'DOCUMENT', 'INVOICE'));
    if (details >= 2 && seen !== undefined)
      out.push({ type: 'breach', weight: 0.75, positions: [Math.min(i, seen), Math.max(i, seen)] });
  }
  // "In der Mail stehen seine Lieferadresse und seine Handynummer", on a document received.
  const received = r.inTicket('DOCUMENT', 'INVOICE', 'MSG', 'OTHER_PERSON', 'NOT_MINE');
  // "Min mamma beställde åt mig, så kvittot står på hennes namn": "her" is someone the customer knows.
  const known = r.where('RELATIVE').some((k) => r.near(k, ['MY'], 1, 'before') >= 0);
  for (const i of r.where('THIRD_POSS')) {
    const detail = r.near(i, ['ATTR', 'DELIVERY'], 2, 'after');
    const shown = r.inSentence(i, ['SHOWN']);
    if (
      detail < 0 ||
      shown < 0 ||
      !received ||
      known ||
      r.conditional(i) ||
      r.inSentence(i, ['CORRECT']) >= 0
    )
      continue;
    out.push({ type: 'breach', weight: 0.75, positions: [shown, i, detail].sort((a, b) => a - b) });
  }
  fromVisibleRecipients(r, out);
  fromOurDataExposed(r, out);
  fromScamCarryingMyOrder(r, out);
  return out;
}
