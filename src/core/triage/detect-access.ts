import type { Concept } from './concepts.js';
import { AND_THEN, OTHER_ACTIONS, SHOP_OBJECTS } from './rule-vocabulary.js';
import type { Match, ScanReader } from './scan-reader.js';
import type { Token } from './scan-ticket.js';

const ELSEWHERE: Concept[] = ['PORT', 'EXPORT', 'FILE', 'TRANSFER', 'ANOTHER'];
const SOMEONE_ELSE: Concept[] = ['OTHER_PERSON', 'NOT_MINE'];
/** "what do you guys have on me": English "have" is too common a word to be KEEP everywhere. */
const HAVE = new Set(['have', 'has', 'got']);

/**
 * A file, an export or another company in the same clause makes a "send me my data" portability:
 * "… in a structured, commonly used and machine-readable format". A new clause starting with
 * "and" asks for the file as well: "send me everything you hold on me, and also as a CSV file".
 */
function forElsewhere(r: ScanReader, i: number): boolean {
  if (r.has(i, ...ELSEWHERE) || r.inSegment(i, ELSEWHERE) >= 0) return true;
  const { end } = r.sentenceOf(i);
  for (let k = i + 1; k < end; k++) {
    const token = r.tokens[k] as Token;
    if (AND_THEN.has(token.norm) && (r.tokens[k - 1] as Token).segment !== token.segment) return false;
    if (r.has(k, ...ELSEWHERE)) return true;
  }
  return false;
}

/** Articles and possessives: "a request regarding my details" names a topic, it asks nothing. */
const DETERMINERS = new Set(
  'a an the this my een de het dit mijn en ett min mitt ein eine einen meine mein die der das'.split(' '),
);
/**
 * Past forms of giving and sending: "ich habe Ihnen … meiner Daten … geschickt", "I sent you my
 * details" tell what the customer did; only a wish ("I want the data you sent …") asks.
 */
const SENT = new Set(
  'sent gave given provided gestuurd toegestuurd opgestuurd stuurde stuurden gegeven gaf verstrekt skickade skickat gav gett lamnade geschickt zugeschickt gesendet gesandt schickte gegeben gab'.split(
    ' ',
  ),
);

/**
 * "Where did they get my data?", "kan de få mina uppgifter?": someone else gets the data, the
 * customer asks for nothing. "de" and "die" are also articles, so only right before the verb.
 */
const THEY = new Set(['they', 'ze', 'zij', 'dom']);
const THEY_NEXT = new Set([...THEY, 'de', 'die']);
function theyGet(r: ScanReader, i: number): boolean {
  return (
    r.has(i, 'GET') &&
    !r.has(i, 'SEND', 'SEE') &&
    (THEY_NEXT.has(r.tokens[i - 1]?.norm ?? '') || THEY.has(r.tokens[i - 2]?.norm ?? ''))
  );
}

/** A wish in the sentence, or a question. */
function asked(r: ScanReader, i: number): boolean {
  return r.sentenceOf(i).question || r.inSentence(i, ['WANT']) >= 0;
}

/** "send me my data", "ich möchte meine Daten sehen", "se allt ni har sparat". */
function fromVerbs(r: ScanReader, out: Match[]): void {
  for (const i of r.where('SEND', 'GET', 'SEE')) {
    if (!r.live(i) || DETERMINERS.has(r.tokens[i - 1]?.norm ?? '') || theyGet(r, i)) continue;
    const wish = r.inSentence(i, ['WANT']) >= 0;
    if (SENT.has(r.tokens[i]?.norm ?? '') && !wish) continue;
    // "die meneer krijgt misschien wel mijn gegevens": a guess, not a wish.
    if (r.inSentence(i, ['MAYBE']) >= 0 && !wish) continue;
    // "ich bekomme immer „Ihre Daten konnten nicht …“" reports; "I'd like to get", "can I get" ask.
    if (r.has(i, 'GET') && !r.has(i, 'SEND', 'SEE', 'WANT') && !asked(r, i)) continue;
    // "someone else can see my info" reports a breach; it does not ask for a copy.
    if (r.near(i, SOMEONE_ELSE, 3, 'before') >= 0) continue;
    const block = [...SHOP_OBJECTS, ...OTHER_ACTIONS, 'MARKETING', 'MSG'] as Concept[];
    const object = r.objectOf(i, ['DATA', 'ALL'], block, 8, ['WHICH']);
    if (!object.wanted) continue;
    // "fremde Daten erhalten", "skickat hans uppgifter": someone else's data is a breach report.
    if (r.near(object.at, [...SOMEONE_ELSE, 'THIRD_POSS'], 2, 'before') >= 0) continue;
    // Verb-final clauses ("mij alle gegevens toe te sturen", "mir alle Daten zuzusenden") put the
    // data just before the verb; elsewhere a noun before the verb belongs to another clause.
    const allBefore = r.near(object.at, ['ALL', 'WHICH', 'MY'], 2, 'before') >= 0;
    if (object.at < i && (i - object.at > 4 || !allBefore)) continue;
    // "… fordere Sie auf, sämtliche Daten über mich zu löschen": the data goes with the last verb.
    const later = r.near(object.at, OTHER_ACTIONS, 7, 'after');
    if (later >= 0 && !r.tokens.slice(object.at, later).some((t) => AND_THEN.has(t.norm))) continue;
    const aboutMe = r.near(object.at, ['ABOUT_ME'], 6, 'after');
    const held = r.near(object.at, ['KEEP'], 4, 'after');
    const which = r.near(object.at, ['WHICH', 'ALL'], 2, 'before');
    // "everything" is data only when it is what you hold on me; "info about the raffle" is not
    // personal data at all: "info" must be mine, about me, held or asked for by "which".
    if (r.has(object.at, 'ALL') && !r.has(object.at, 'DATA') && aboutMe < 0 && held < 0) continue;
    const mineBefore = r.near(object.at, ['MY'], 2, 'before') >= 0;
    if (r.has(object.at, 'INFO') && !mineBefore && aboutMe < 0 && held < 0 && which < 0) continue;
    // "send me my data" is access; "I'd like to know where my data is stored" is a question.
    const sent =
      r.has(i, 'SEND', 'GET') && (which >= 0 || aboutMe >= 0 || held >= 0 || !r.has(object.at, 'ALL'));
    // "I'd like to see my data" asks for it; "let me know where my data is kept" asks a question.
    const mine = r.near(object.at, ['MY'], 2, 'before') >= 0 && !r.between(i, object.at, 'QWORD', 'WHICH');
    // "Jag vill gärna se allt ni har sparat": everything you keep, wished for, in no shop matter.
    const everythingKept =
      (r.has(object.at, 'ALL') || (r.has(object.at, 'DATA') && !r.has(object.at, 'INFO'))) &&
      held >= 0 &&
      r.inSentence(i, ['WANT']) >= 0 &&
      r.inSentence(i, SHOP_OBJECTS) < 0 &&
      !r.between(i, object.at, 'QWORD', 'WHICH');
    const seen = r.has(i, 'SEE') && (which >= 0 || mine || everythingKept);
    if (aboutMe >= 0 || (which >= 0 && held >= 0) || sent || seen) {
      if (forElsewhere(r, i)) continue;
      out.push({ type: 'access', weight: aboutMe >= 0 ? 0.85 : 0.7, positions: [i, object.at] });
    }
  }
}

/**
 * "What data do you have about me?", "Was habt ihr alles über mich gespeichert?", "wat jullie
 * van mij bijhouden", "Vad vet ni om mig?", and "I want to know which companies you gave my data
 * to": asking what is held on oneself asks for the data, whatever the grammar.
 */
function fromWhich(r: ScanReader, out: Match[]): void {
  for (const i of r.where('WHICH')) {
    if (r.conditional(i) || r.inSentence(i, SOMEONE_ELSE) >= 0) continue;
    // "alles deleten wat jullie van me hebben": the clause is the object of another request.
    if (r.near(i, OTHER_ACTIONS, 3, 'before') >= 0) continue;
    const data = r.near(i, ['DATA'], 2, 'after');
    const aboutMe = r.near(data >= 0 ? data : i, ['ABOUT_ME'], 8, 'after');
    if (aboutMe < 0) continue;
    const held =
      r.between(i, aboutMe, 'KEEP', 'SEE', 'COLLECT', 'ACCOUNT', 'ALL', 'DATA', 'EXIST', 'SHOWN') ||
      r.tokens.slice(i + 1, aboutMe).some((t) => HAVE.has(t.norm));
    const heldAfter = r.near(aboutMe, ['KEEP', 'COLLECT', 'STORAGE', 'WITH_YOU', 'SEE'], 3, 'after') >= 0;
    if (data >= 0 || held || heldAfter) {
      out.push({ type: 'access', weight: 0.85, positions: data >= 0 ? [i, data, aboutMe] : [i, aboutMe] });
    }
  }
  for (const i of r.where('SEE')) {
    if (!r.live(i) || r.inSentence(i, ['WANT']) < 0) continue;
    const which = r.near(i, ['WHICH'], 4, 'after');
    if (which < 0) continue;
    const myData = r.near(which, ['DATA'], 8, 'after');
    const mine = myData >= 0 && r.near(myData, ['MY'], 2, 'before') >= 0;
    // Which recipients, or which data: "aan welke bedrijven jullie mijn gegevens hebben
    // doorgegeven"; "in which countries my data is stored" asks a question instead.
    const what = r.near(which, ['DATA'], 1, 'after') >= 0 || r.inSentence(i, ['SHARE']) >= 0;
    if (mine && what) {
      out.push({ type: 'access', weight: 0.75, positions: [i, which, myData] });
    }
  }
}

/** Access (Art. 15): a copy or overview of one's data, what is held about me. */
export function detectAccess(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('ACCESS_REQ'))
    if (r.live(i)) out.push({ type: 'access', weight: 0.95, positions: [i] });
  for (const i of r.where('COPY')) {
    if (!r.live(i)) continue;
    const object = r.objectOf(i, ['DATA', 'ABOUT_ME', 'STORAGE'], SHOP_OBJECTS, 6, ['ALL']);
    // "download a copy of all my data": a file to take away is portability. "Send me a copy of
    // all the data you hold about me, as a CSV file" asks for both: the copy of everything held
    // (Art. 15) in so many words, and the file (Art. 20).
    const everythingHeld =
      object.wanted &&
      r.near(object.at, ['ABOUT_ME', 'KEEP'], 6, 'after') >= 0 &&
      r.near(i, ['EXPORT'], 3, 'before') < 0;
    if (object.wanted && (everythingHeld || !forElsewhere(r, i)))
      out.push({ type: 'access', weight: 0.85, positions: [i, object.at] });
  }
  fromVerbs(r, out);
  fromWhich(r, out);
  return out;
}
