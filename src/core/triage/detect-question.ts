import type { Concept } from './concepts.js';
import type { Match, ScanReader } from './scan-reader.js';

const HAVE = new Set(['have', 'has', 'hebben', 'hebt', 'heeft', 'har', 'ha', 'haben', 'habt', 'hat']);
const HANDLING = ['KEEP', 'SHARE', 'COLLECT', 'NEED', 'USE', 'PROCESS', 'REMAIN'] as const;

/** Whether a sentence asks something: a question mark, a question word up front, "I wonder …". */
function asks(r: ScanReader, index: number): boolean {
  const sentence = r.sentences[index];
  if (!sentence) return false;
  if (sentence.question) return true;
  for (let k = sentence.first; k < sentence.end; k++) {
    // "I wonder how long …", "jag undrar om ni sparar …", "I'm worried that you sell …", "ik maak
    // me zorgen dat jullie mijn gegevens doorverkopen" (verb-final); not "just curious after
    // reading about GDPR".
    const phraseEnd = r.tokens[k]?.phraseEnd ?? k;
    if (
      r.has(k, 'WONDER') &&
      r.near(phraseEnd, ['QWORD', 'WHICH', 'DATA', 'ATTR', ...HANDLING], 6, 'after') >= 0
    )
      return true;
    // "I just want to know what you would keep", "möchte nur wissen, was ihr aufbewahrt".
    if (
      r.has(k, 'WHICH') &&
      r.near(k, ['SEE'], 3, 'before') >= 0 &&
      r.near(k, ['KEEP', 'REMAIN'], 6, 'after') >= 0
    )
      return true;
    // "How long do you keep …" without its question mark; "I'd like to know where …"; "Und ganz
    // allgemein: Wie lange …" after a colon.
    const opens = k - sentence.first < 3 || r.tokens[k - 1]?.segment !== r.tokens[k]?.segment;
    if (r.has(k, 'QWORD') && (opens || r.near(k, ['SEE'], 3, 'before') >= 0)) return true;
  }
  return false;
}

const FIRST_PERSON = new Set(['i', 'ik', 'jag', 'ich']);
/** Pronouns for a thing: "it", "det", "das", "dat". */
const PRONOUNS = new Set([
  'it',
  'this',
  'that',
  'het',
  'dat',
  'dit',
  'die',
  'det',
  'den',
  'detta',
  'es',
  'das',
]);

/**
 * A pronoun in sentence `index` that stands for a personal detail (a name, an ID number, data)
 * named in the sentence before or in the subject line; or -1.
 */
function referredDetail(r: ScanReader, index: number): number {
  const sentence = r.sentences[index];
  if (!sentence) return -1;
  let pronoun = -1;
  for (let k = sentence.first; k < sentence.end && pronoun < 0; k++)
    if (PRONOUNS.has(r.tokens[k]?.norm ?? '')) pronoun = k;
  if (pronoun < 0) return -1;
  // "Varför behöver ni det?" asks how we handle it; "Vad ska jag göra med det?" is the customer's
  // own errand, and "Zou u dit willen doorgeven?" asks a favour.
  const words = r.tokens.slice(sentence.first, sentence.end).map((t) => t.norm);
  if (words.some((w) => FIRST_PERSON.has(w)) || r.inSentence(pronoun, ['QWORD', 'WHICH', 'COND']) < 0)
    return -1;
  const named = r
    .around(pronoun, 1)
    .some((k) => k < sentence.first && r.has(k, 'ATTR', 'DATA') && !r.has(k, 'INVOICE', 'CARD'));
  return named ? pronoun : -1;
}

/**
 * The word for handling nearest to a detail at `k`, passing over a bare "have" ("min adress har
 * lämnats ut"); "will my address still be in your system?" (being in our records) counts too.
 */
function handlingNear(r: ScanReader, k: number): number {
  const { first, end } = r.sentenceOf(k);
  for (let d = 1; d <= 8; d++) {
    for (const at of [k + d, k - d]) {
      if (at < first || at >= end || !r.has(at, ...HANDLING, 'EXIST')) continue;
      if (r.has(at, 'EXIST') && !r.has(at, ...HANDLING) && r.near(at, ['STORAGE', 'WITH_YOU'], 4) < 0)
        continue;
      if (HAVE.has(r.tokens[at]?.norm ?? '') && !r.has(k, 'DATA')) continue;
      return at;
    }
  }
  return -1;
}

/** "anything", "something", "iets", "något", "etwas", "what": what may be left. */
const SOMETHING = new Set(['anything', 'something', 'iets', 'wat', 'nagot', 'vad', 'etwas', 'was']);
/** The customer as the one who keeps: "can I keep my points if I close my account?". */
const I_KEEP = new Set(['i', 'ik', 'jag', 'ich']);

/**
 * "If I delete my account, do you keep anything?", "… möchte nur wissen, was ihr dann
 * aufbewahrt": what a deletion or a closed account leaves behind with us. The word for keeping,
 * or -1.
 */
function keptAfterDeletion(r: ScanReader, index: number): number {
  const sentence = r.sentences[index];
  if (!sentence) return -1;
  let deletion = -1;
  for (let k = sentence.first; k < sentence.end && deletion < 0; k++)
    if (r.has(k, 'DELETE', 'CLOSE', 'CLOSED')) deletion = k;
  if (deletion < 0) return -1;
  for (let k = sentence.first; k < sentence.end; k++) {
    // "Suppose I delete my account – is my order history gone too?": what goes with it.
    const goneToo =
      k > deletion && sentence.question && r.conditional(deletion) && r.has(k, 'DELETE', 'CLOSED');
    if (goneToo && r.near(k, ['DATA', 'ATTR', 'ALL'], 4) >= 0) return k;
    if (!r.has(k, 'KEEP', 'REMAIN') || HAVE.has(r.tokens[k]?.norm ?? '')) continue;
    const who = r.tokens.slice(Math.max(sentence.first, k - 2), k).some((t) => I_KEEP.has(t.norm));
    const what = r.tokens
      .slice(Math.max(sentence.first, k - 4), Math.min(sentence.end, k + 4))
      .some((t) => SOMETHING.has(t.norm));
    if (!who && (what || r.near(k, ['ALL', 'WHICH'], 4) >= 0)) return k;
  }
  return -1;
}

/** "lost", "gone", "kwijt", "borta", "weg": what a closed account may take with it. */
const GONE = new Set(
  'lost lose gone deleted weg kwijt verloren verlies verlieze borta forsvinner forlorar forlorad forsvunnen verliere verlieren'.split(
    ' ',
  ),
);

/**
 * "If I close my account, can I still return the shoes? And is my order history gone then?":
 * a question, in the sentence of a hypothetical deletion or one of the two after it, whether
 * something of mine is lost with it. The word for being lost, or -1.
 */
function lostAfterHypothetical(r: ScanReader, index: number): number {
  const sentence = r.sentences[index];
  if (!sentence?.question) return -1;
  const hypothetical = r
    .where('DELETE', 'CLOSE')
    .some(
      (k) =>
        index - (r.tokens[k]?.sentence ?? -9) <= 2 &&
        index >= (r.tokens[k]?.sentence ?? 99) &&
        r.conditional(k) &&
        r.near(k, ['ACCOUNT', 'DATA'], 3) >= 0,
    );
  if (!hypothetical) return -1;
  for (let k = sentence.first; k < sentence.end; k++) {
    const gone = GONE.has(r.tokens[k]?.norm ?? '') || (r.has(k, 'DELETE', 'CLOSED') && !r.conditional(k));
    if (gone && r.near(k, ['DATA', 'ATTR', 'MY'], 4) >= 0) return k;
  }
  return -1;
}

/**
 * A question about how personal data is handled (kept, shared, needed, cookies, the DPO),
 * asked in a sentence that makes no request. When the ticket asks for access, questions about
 * the customer's own data ("to whom did you give my data?") are part of that request.
 */
/**
 * In a sentence that makes a request ending at `last`, where a question of its own begins after
 * it: "Delete my account, and I'd also like to know whether you sold my address", "… och jag
 * undrar också om ni …". The first word of that question, or -1.
 */
function questionAfter(r: ScanReader, last: number): number {
  const { end } = r.sentenceOf(last);
  const segment = r.tokens[last]?.segment;
  for (let k = last + 1; k < end; k++) {
    if (r.tokens[k]?.segment === segment) continue;
    if (r.has(k, 'WONDER')) return k;
    // "I would also like to know whether": a wish to know, then a question word.
    if (
      r.has(k, 'SEE') &&
      r.near(k, ['WANT'], 3, 'before') > last &&
      r.near(k, ['QWORD', 'WHICH'], 2, 'after') >= 0
    )
      return k;
  }
  return -1;
}

/** Cookies and trackers: "tracking cookies", "kakor", "pixels". */
const COOKIE = /^(cookie|cookies|trackingcookies|tracking-cookies|kakor|kaka|pixel|pixels|hotjar)$|cookies$/;

/** "how", "hoe", "hur", "wie": how something came about or is dealt with. */
const HOW = new Set(['how', 'hoe', 'hur', 'wie']);
/** Coming about, or being dealt with: "how could this happen", "hoe gaan jullie hiermee om". */
const HAPPEN_OR_HANDLE = new Set(
  'happen happened happens possible gebeuren gebeurd gebeurt mogelijk omgaan om handle handled deal dealing handa hande hander hant mojligt hanterar hantera passieren passiert passieren geschehen geschieht moglich umgehen um'.split(
    ' ',
  ),
);

/** Keeping data safe: asked after a breach, "what are you doing about security?", "krypteras de?". */
const SECURITY =
  /^(security|secure|protect|protected|encrypt|encrypted|beveilig|beveiliging|beveiligd|beschermen|beschermd|versleuteld|sakerhet|skyddar|skydda|skyddas|krypteras|krypterade|sicherheit|schutzt|schutzen|geschutzt|verschlusselt)$/;

/**
 * In a breach report, "How could this happen?", "Hoe kan dit gebeuren?", "Hur kan sånt hända?",
 * "Ik wil weten hoe jullie hiermee omgaan": the customer asks how we let it happen or deal with
 * it, or how data is kept safe ("what are you doing about security?"), which the privacy team
 * answers. The word for coming about, or -1.
 */
function howItHappened(r: ScanReader, index: number): number {
  const sentence = r.sentences[index];
  if (!sentence) return -1;
  for (let k = sentence.first; k < sentence.end; k++) {
    if (sentence.question && SECURITY.test(r.tokens[k]?.norm ?? '')) return k;
    if (!HOW.has(r.tokens[k]?.norm ?? '')) continue;
    // Asked, or wanted to know ("ik wil weten hoe"); "not sure how that happened" only remarks.
    if (!sentence.question && r.near(k, ['SEE', 'WONDER'], 3, 'before') < 0) continue;
    for (let j = k + 1; j < Math.min(sentence.end, k + 8); j++)
      if (HAPPEN_OR_HANDLE.has(r.tokens[j]?.norm ?? '')) return j;
  }
  return -1;
}

export function detectQuestion(
  r: ScanReader,
  requestSentences: ReadonlyMap<number, number>,
  { access, breach }: { access: boolean; breach: boolean },
): Match[] {
  if (r.inTicket('PHISHING')) return [];
  const out: Match[] = [];
  for (const [index, sentence] of r.sentences.entries()) {
    const last = requestSentences.get(index);
    const first = last === undefined ? sentence.first : questionAfter(r, last);
    if (first < 0 || !asks(r, index)) continue;
    // In an access request, "tell me … 4. wie lange die Daten gespeichert werden" lists what the
    // request covers (Art. 15 names purposes, recipients, storage period); only a question of its
    // own, asked as one and not about what is held on me, stands beside it: "Why do you need my
    // date of birth?" does; "to whom did you give my data?" and "what do you have about me?" are
    // the access request.
    const inQuestion = (...concepts: Concept[]) => r.between(first - 1, sentence.end, ...concepts);
    // Cookies and trackers on the site are a question of their own, whatever they do with my data.
    let cookies = false;
    for (let k = first; k < sentence.end && !cookies; k++) cookies = COOKIE.test(r.tokens[k]?.norm ?? '');
    const partOfAccess =
      !cookies &&
      ((!sentence.question && last === undefined) ||
        inQuestion('ABOUT_ME', 'WHICH') ||
        (inQuestion('MY') && inQuestion('SHARE')));
    if (access && partOfAccess) continue;
    let topic = -1;
    let handling = -1;
    for (let k = first; k < sentence.end && topic < 0; k++) {
      // "Do you use automated profiling to decide which prices I see?": profiling is handling.
      if (r.has(k, 'PRIVACY', 'PROFILING')) topic = k;
      // "Komen mijn aankopen bij Facebook terecht?": my purchases, shared, are data about me.
      else if (r.has(k, 'ORDER') && r.near(k, ['MY'], 1, 'before') >= 0 && r.inSentence(k, ['SHARE']) >= 0)
        [topic, handling] = [k, r.inSentence(k, ['SHARE'])];
      // "How long do you keep old orders?", "hoe lang bewaren jullie oude bestellingen?": orders
      // as records kept, asked how long; not "can you hold my order until Friday?".
      else if (
        r.has(k, 'ORDER') &&
        sentence.question &&
        r.near(k, ['MY'], 1, 'before') < 0 &&
        r.inSentence(k, ['QWORD']) >= 0 &&
        r.near(k, ['KEEP'], 4, 'before') >= 0 &&
        !HAVE.has(r.tokens[r.near(k, ['KEEP'], 4, 'before')]?.norm ?? '')
      )
        [topic, handling] = [k, r.near(k, ['KEEP'], 4, 'before')];
      else if (r.has(k, 'DATA', 'ATTR', 'CARD', 'INVOICE')) {
        // Invoices only as records kept or erased: "are my invoices deleted too, or kept for tax?".
        // A saved card removed or changed is account housekeeping, not a question of handling.
        if (r.has(k, 'CARD') && r.inSentence(k, ['DELETE', 'CORRECT']) >= 0) continue;
        const invoice = r.has(k, 'INVOICE') && !r.has(k, 'DATA');
        handling = invoice
          ? r.inSentence(k, ['DELETE']) >= 0
            ? r.inSentence(k, ['KEEP'])
            : -1
          : handlingNear(r, k);
        // "Wir haben geheiratet …, habt ihr …?": a bare "have" handles nothing.
        if (handling >= 0 && HAVE.has(r.tokens[handling]?.norm ?? '') && !r.has(k, 'DATA')) handling = -1;
        // "Kan ik haar adres als afleveradres gebruiken?": an address used for a delivery is a shop matter.
        if (handling >= 0 && r.has(handling, 'USE', 'NEED') && r.inSentence(k, ['DELIVERY']) >= 0)
          handling = -1;
        if (handling >= 0) topic = k;
      }
    }
    if (topic < 0 && breach && last === undefined) {
      const how = howItHappened(r, index);
      if (how >= 0) topic = how;
    }
    if (topic < 0 && last === undefined) {
      const kept = keptAfterDeletion(r, index);
      if (kept >= 0) [topic, handling] = [kept, kept];
    }
    if (topic < 0 && requestSentences.size === 0) {
      const lost = lostAfterHypothetical(r, index);
      if (lost >= 0) [topic, handling] = [lost, lost];
    }
    // "I kassan ville ni ha mitt personnummer. Varför behöver ni det?": "it" is the detail named just before.
    if (topic < 0 && last === undefined) {
      const it = referredDetail(r, index);
      if (it >= 0) {
        handling = r.near(it, [...HANDLING], 6);
        if (handling >= 0 && !HAVE.has(r.tokens[handling]?.norm ?? '')) topic = it;
      }
    }
    if (topic >= 0)
      out.push({ type: 'question', weight: 0.8, positions: handling >= 0 ? [topic, handling] : [topic] });
  }
  return out;
}
