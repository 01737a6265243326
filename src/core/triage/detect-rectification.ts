import type { Concept } from './concepts.js';
import type { Match, ScanReader } from './scan-reader.js';

/** The delivery address of an order is changed in the order, not in the customer record. */
const SHOP: Concept[] = ['ORDER', 'DELIVERY', 'INVOICE', 'DOCUMENT', 'ITEM'];
const RECORD: Concept[] = ['ACCOUNT', 'STORAGE'];

/** A name or a date of birth: no order or parcel is about these (addresses, postcodes may be). */
function identity(r: ScanReader, detail: number): boolean {
  return /nam|birth|geboort|fodelse|geburt|personnummer/.test(r.tokens[detail]?.norm ?? '');
}

/**
 * Whether a detail at `detail`, changed by a cue at `cue`, belongs to the customer record. An
 * order or a courier named elsewhere in the ticket makes a wrong address or postcode a delivery
 * matter; a misspelled surname or a wrong date of birth stays a detail of the record.
 */
function inRecord(r: ScanReader, cue: number, detail: number): boolean {
  const record =
    r.inSentence(cue, RECORD) >= 0 || r.inSentence(detail, RECORD) >= 0 || r.has(detail, ...RECORD);
  const shop = r.inSentence(cue, SHOP) >= 0 || r.inSentence(detail, SHOP) >= 0;
  const shopTicket = r.inTicket(...SHOP) && !r.inTicket(...RECORD) && !identity(r, detail);
  return record || (!shop && !shopTicket);
}

/**
 * CORRECT cues, and "ändra"/"ändere" (folded to "andra"/"andere", the words for "other") when a
 * name or address follows: "Kan ni ändra efternamnet?".
 */
function cues(r: ScanReader): number[] {
  const change = r
    .where('ANOTHER')
    .filter(
      (k) =>
        CHANGE.has(r.tokens[k]?.norm ?? '') && r.near(k, ['ATTR', 'MY'], 2, 'after') >= 0 && !isOther(r, k),
    );
  return [...r.where('CORRECT'), ...change];
}
const CHANGE = new Set(['andra', 'andere']);
/** Words before "andere"/"andra" that make it "other": "eine andere Adresse", "300 andere". */
const DETERMINERS = new Set(
  'ein eine einer einen einem eines die der den dem des das zwei drei viele alle keine auch en ett de det den tva nagra alla inga mina meine'.split(
    ' ',
  ),
);
/** "über eine andere Adresse", "auch andere meine Daten sehen können": others, not a change. */
function isOther(r: ScanReader, k: number): boolean {
  const before = r.tokens[k - 1]?.norm ?? '';
  return DETERMINERS.has(before) || /^\d+$/.test(before) || r.near(k, ['SEE', 'SHOWN'], 4, 'after') >= 0;
}

/** A correction asked for in the ticket, not a wrong password ("it says the password is wrong"). */
function correctionInTicket(r: ScanReader): boolean {
  return r.where('CORRECT').some((k) => r.near(k, ['PASSWORD'], 6) < 0 && r.live(k));
}

/** Words after "but" that give the right value: "… but it's John", "maar ik heet", "aber ich heiße". */
const RIGHT_VALUE = new Set(
  "heet heter heisse heisst lautet should ska moet sollte actually eigenlijk egentligen eigentlich richtig correct juist ratt it's its".split(
    ' ',
  ),
);
const IT_IS = new Set([
  'het is',
  'it is',
  'es ist',
  'det ar',
  'dat is',
  'is het',
  'ist es',
  'ar det',
  'name is',
  'naam is',
  'namn ar',
  'name ist',
]);

/**
 * "Mijn naam staat als Jansen in mijn account maar het is Janssen", "Im Konto steht Meyer, ich
 * heiße aber Meier": what the account shows, then the right value after "but".
 */
function fromContrast(r: ScanReader, out: Match[]): void {
  for (const k of r.where('CONTRAST')) {
    const shown = r.inSentence(k, ['SHOWN']);
    if (
      shown < 0 ||
      shown > k ||
      r.inSentence(k, ['ACCOUNT', 'STORAGE']) < 0 ||
      r.inSentence(k, ['ATTR']) < 0
    )
      continue;
    // "ich heiße aber Meier": in verb-second order the word may stand just before "aber".
    const words = r.tokens.slice(Math.max(shown + 1, k - 2), k + 5).map((t) => t.norm);
    const right =
      words.some((w) => RIGHT_VALUE.has(w)) || words.some((w, n) => IT_IS.has(`${w} ${words[n + 1] ?? ''}`));
    if (right && !r.conditional(k) && r.inSentence(k, ['PASSWORD', 'ORDER', 'DELIVERY']) < 0)
      out.push({ type: 'rectification', weight: 0.7, positions: [shown, k] });
  }
}

/** Rectification (Art. 16): a wrong or changed name, address, e-mail, phone or birth date in the account. */
export function detectRectification(r: ScanReader): Match[] {
  const out: Match[] = [];
  fromContrast(r, out);
  for (const i of cues(r)) {
    if (!r.live(i)) continue;
    // "I already changed my e-mail in my account, that worked": the customer's own act, told.
    if (r.inSentence(i, ['OWN_ACT']) >= 0 && r.inSentence(i, ['WANT']) < 0) continue;
    // "Stavfel i mitt namn … Kan ni rätta det?": the detail may be a sentence or two back.
    const near = r.near(i, ['ATTR', 'DATA'], 8);
    const before = r
      .around(i, 2)
      .filter((k) => k < i && r.has(k, 'ATTR'))
      .pop();
    const detail = near >= 0 ? near : r.inSentence(i, ['WANT']) >= 0 ? (before ?? -1) : -1;
    if (detail < 0 || r.near(i, ['PASSWORD'], 6) >= 0 || r.inSentence(detail, ['PASSWORD']) >= 0) continue;
    if (!inRecord(r, i, detail)) continue;
    out.push({ type: 'rectification', weight: r.has(detail, 'ATTR') ? 0.8 : 0.7, positions: [i, detail] });
  }
  // "in mijn profiel staat nog mijn oude adres", "my new e-mail address is …": a changed detail,
  // in a ticket that asks for a change (or says the customer cannot make it).
  for (const i of r.where('OLD_NEW')) {
    // "mijn oude adres", "min adress i kontot är gammal".
    const after = r.near(i, ['ATTR'], 2, 'after');
    const modifies = (r.tokens[i + 1]?.concepts.length ?? 0) > 0; // "alte Bestellungen"
    const detail = after >= 0 ? after : modifies ? -1 : r.near(i, ['ATTR'], 4, 'before');
    if (detail < 0 || !r.live(i) || r.inSentence(detail, ['PASSWORD']) >= 0) continue;
    // "the old one … the new one" in one sentence says it changed; "a new account" does not count.
    const { first, end } = r.sentenceOf(i);
    let changes = 0;
    for (let k = first; k < end; k++)
      if (r.has(k, 'OLD_NEW') && !r.has(k + 1, 'ACCOUNT', 'ORDER', 'ITEM', 'PASSWORD')) changes += 1;
    if (!correctionInTicket(r) && r.inSentence(i, ['WANT']) < 0 && changes < 2) continue;
    const record = r.inSentence(i, RECORD) >= 0 || r.inTicket(...RECORD);
    if (record && inRecord(r, i, detail))
      out.push({ type: 'rectification', weight: 0.7, positions: [i, detail] });
  }
  return out;
}
