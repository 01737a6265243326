import { MARKETING_WORDS } from './rule-vocabulary.js';
import type { Match, ScanReader } from './scan-reader.js';

/** Restriction (Art. 18): keep the data but stop or limit its use (often while a dispute runs). */
export function detectRestriction(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('RESTRICT')) {
    if (!r.live(i)) continue;
    const data = r.near(i, ['DATA', 'PROCESS', 'USE'], 8);
    if (data >= 0 && r.objectOf(i, ['DATA', 'PROCESS'], ['ACCOUNT', 'PASSWORD', 'CARD'], 6).at !== -1) {
      out.push({ type: 'restriction', weight: 0.85, positions: [i, data] });
    }
  }
  for (const i of r.where('PROCESS', 'USE')) {
    // "stop using my data for ads" objects to marketing; "stop using that data about me – no
    // automated decisions, nothing" restricts every use, and names marketing only as an example.
    if (r.conditional(i) || r.inSegment(i, MARKETING_WORDS) >= 0 || r.near(i, ['DATA'], 6) < 0) continue;
    // "stop using my data"; "ich bitte Sie, meine Daten nicht weiter zu verarbeiten", "tot dat
    // geregeld is, gebruik mijn gegevens niet": a refusal of use, asked for, not of marketing.
    const stop = r.near(i, ['STOP'], 5);
    const refused = r.negated(i) && !r.sentenceOf(i).question && r.inSentence(i, ['WANT', 'ELSE']) >= 0;
    if (stop >= 0 || refused) {
      out.push({ type: 'restriction', weight: 0.75, positions: stop >= 0 ? [stop, i] : [i] });
    }
  }
  // "keep it, but don't use it for anything else" — not asked as a question; "until it has been
  // checked, don't use that address for anything", "gebruik het nergens voor totdat …".
  const keptNotDeleted = r.where('DELETE').some((k) => r.negated(k));
  for (const i of r.where('USE')) {
    if (r.sentenceOf(i).question || r.conditional(i)) continue;
    const limit = r.near(i, ['ELSE'], 10);
    const refused = r.negated(i) || r.near(i, ['NOTHING'], 6) >= 0;
    const negation = r.near(i, ['NEG', 'NEG_WANT'], 6) >= 0;
    if ((limit >= 0 && (refused || negation || keptNotDeleted)) || (refused && keptNotDeleted)) {
      // "My date of birth is wrong … do not use it until then": a detail is data too.
      if (r.inTicket('DATA', 'ATTR'))
        out.push({ type: 'restriction', weight: 0.65, positions: limit >= 0 ? [i, limit] : [i] });
    }
  }
  fromOnlyUse(r, out);
  untilCorrected(r, out);
  return out;
}

/**
 * "Until it is corrected, I don't want you to use that number for anything", "Tot dat verbeterd
 * is wil ik niet dat jullie die datum ergens voor gebruiken", "Tills det är rättat vill jag inte
 * att ni skickar något till den felaktiga adressen", "Bis dahin bitte nichts an die falsche
 * Adresse schicken": a sentence that opens with "until" (the correction named in it or the
 * sentence before), then refuses a use or a sending of the detail. Not about an order or a
 * delivery ("don't ship it until the address is fixed").
 */
function untilCorrected(r: ScanReader, out: Match[]): void {
  if (!r.inTicket('DATA', 'ATTR')) return;
  for (const [index, sentence] of r.sentences.entries()) {
    if (sentence.question) continue;
    let until = -1;
    for (let k = sentence.first; k < Math.min(sentence.end, sentence.first + 3) && until < 0; k++)
      if (r.has(k, 'ELSE')) until = k;
    if (until < 0 || r.inSentence(until, ['ORDER', 'DELIVERY', 'ITEM']) >= 0) continue;
    const previous = r.sentences[index - 1];
    const corrected =
      r.inSentence(until, ['CORRECT']) >= 0 ||
      (previous !== undefined && r.between(previous.first - 1, previous.end, 'CORRECT'));
    if (!corrected) continue;
    for (let k = until + 1; k < sentence.end; k++) {
      if (!r.has(k, 'USE', 'PROCESS', 'SEND') || r.conditional(k)) continue;
      if (!r.between(until, k, 'NEG', 'NEG_WANT', 'NOTHING') && !r.negated(k)) continue;
      out.push({ type: 'restriction', weight: 0.7, positions: [until, k] });
      break;
    }
  }
}

/** "only", "alleen", "bara", "nur": a use allowed for one purpose and no other. */
const ONLY = new Set(
  'only solely exclusively alleen uitsluitend enkel slechts bara endast enbart nur ausschliesslich lediglich'.split(
    ' ',
  ),
);

/**
 * "I want you to use my data only for handling this case", "ik wil dat jullie mijn gegevens
 * alleen gebruiken voor de afhandeling", "ni får bara använda mina uppgifter till reklamationen",
 * "verlange, dass Sie meine Daten nur noch zur Bearbeitung verwenden": one use allowed, the rest
 * refused, asked for; marketing or profiling named after it are examples of what must stop.
 */
function fromOnlyUse(r: ScanReader, out: Match[]): void {
  for (const i of r.where('USE', 'PROCESS')) {
    if (r.sentenceOf(i).question || r.conditional(i) || r.inSentence(i, ['WANT']) < 0) continue;
    const { first, end } = r.sentenceOf(i);
    let only = -1;
    for (let k = Math.max(first, i - 5); k < Math.min(end, i + 3) && only < 0; k++)
      if (ONLY.has(r.tokens[k]?.norm ?? '')) only = k;
    const data = r.near(i, ['DATA', 'ATTR'], 8);
    if (only >= 0 && data >= 0)
      out.push({ type: 'restriction', weight: 0.75, positions: [data, only, i].sort((a, b) => a - b) });
  }
}
