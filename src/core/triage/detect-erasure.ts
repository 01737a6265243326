import { OWN_DATA, SHOP_OBJECTS } from './rule-vocabulary.js';
import type { Match, ScanReader } from './scan-reader.js';

/**
 * "Did you delete my account? I had store credit on it!", "Har ni raderat mitt konto?": a question
 * about what happened, unless the ticket follows up a request ("have you deleted my data yet?").
 */
function askedWhatHappened(r: ScanReader, i: number): boolean {
  return r.sentenceOf(i).question && r.near(i, ['PAST_Q'], 5, 'before') >= 0 && !r.inTicket('FOLLOW_UP');
}

/**
 * "Will you keep anything after deletion?", "Bewaren jullie na verwijdering nog iets?": a question
 * about what a deletion leaves behind, not asked for ("Can you delete it and keep nothing?" is).
 */
function askedWhatRemains(r: ScanReader, i: number): boolean {
  const sentence = r.sentenceOf(i);
  return (
    sentence.question &&
    sentence.first !== i &&
    r.inSentence(i, ['KEEP', 'REMAIN']) >= 0 &&
    // A wish before the verb asks for it; "like my address" after it gives an example.
    r.near(i, ['WANT'], i - sentence.first, 'before') < 0
  );
}

/**
 * "If I close my account, can I still exchange it? Does my purchase history disappear then?": a
 * question, with no wish, a sentence or two after a hypothetical deletion asks what goes with it.
 */
function askedAfterHypothetical(r: ScanReader, i: number): boolean {
  const at = r.tokens[i]?.sentence ?? -1;
  if (!r.sentenceOf(i).question || r.inSentence(i, ['WANT']) >= 0) return false;
  return r.where('DELETE', 'CLOSE').some((k) => {
    const before = at - (r.tokens[k]?.sentence ?? at);
    return before >= 1 && before <= 2 && r.conditional(k);
  });
}

/** Marketing, messages and profiling: taken out of these, a person objects; nothing is erased. */
const LISTS = ['MARKETING', 'MSG', 'PROFILING'] as const;

/** "delete my account" and "remove me from the mailing list": the object decides which right. */
function fromVerbs(r: ScanReader, out: Match[]): void {
  for (const i of r.where('DELETE', 'CLOSE', 'CLOSED')) {
    if (!r.live(i) || askedWhatHappened(r, i) || askedWhatRemains(r, i) || askedAfterHypothetical(r, i))
      continue;
    // "account deactivated" reports a state; "I'd like my account closed" asks for one.
    if (!r.has(i, 'DELETE', 'CLOSE') && r.inSentence(i, ['WANT']) < 0) continue;
    const object = r.objectOf(i, [...OWN_DATA, ...LISTS], SHOP_OBJECTS, 6, ['ME', 'ALL', 'ATTR', 'ABOUT_ME']);
    // "de verwerking van mijn gegevens stopzetten": stopping the processing restricts it.
    if (object.wanted && r.near(object.at, ['PROCESS'], 3, 'before') >= 0 && !r.has(i, 'DELETE')) continue;
    if (object.wanted && r.has(object.at, ...LISTS)) {
      out.push({ type: 'objection', weight: 0.85, positions: [i, object.at] });
    } else if (object.wanted) {
      out.push({
        type: 'erasure',
        weight: r.has(object.at, 'ACCOUNT') ? 0.9 : 0.85,
        positions: [i, object.at],
      });
    } else if (object.at < 0 && object.neutral.length > 0 && r.has(i, 'DELETE', 'CLOSED')) {
      // "delete me", "radera allt om mig": no noun, but the person is the object; "then delete
      // everything" in a ticket about one's data or account.
      const person = object.neutral.find((k) => r.has(k, 'ME', 'ABOUT_ME'));
      const all = object.neutral.find((k) => r.has(k, 'ALL'));
      // "… (account info + orders) and then delete everything": an order named in another clause.
      const aboutData = r.inTicket('DATA', 'ACCOUNT') && r.inSegment(i, SHOP_OBJECTS) < 0;
      // "delete everything connected to this e-mail address" names the person by a detail.
      const detail = object.neutral.some((k) => r.has(k, 'ATTR'));
      const target = person ?? (aboutData || detail ? all : undefined);
      // "haal me eruit" in a ticket only about mails: off the list, not out of the records; but
      // "… and delete everything you have on me" names the records.
      const mailOnly = (at: number) =>
        r.inTicket(...LISTS) && !r.inTicket(...OWN_DATA, 'WITH_YOU') && at === person && r.has(at, 'ME');
      if (target !== undefined)
        out.push({ type: mailOnly(target) ? 'objection' : 'erasure', weight: 0.7, positions: [i, target] });
    } else if (object.at < 0 && object.neutral.length === 0 && r.has(i, 'DELETE', 'CLOSED') && wished(r, i)) {
      const antecedent = antecedentOf(r, i);
      if (antecedent >= 0) out.push({ type: 'erasure', weight: 0.7, positions: [antecedent, i] });
    }
  }
}

/**
 * Asked for: a wish in the sentence, or the verb opens it ("Delete them."); not "Raderas det
 * automatiskt?", "Wird das gelöscht?", where a passive verb up front asks a question.
 */
function wished(r: ScanReader, i: number): boolean {
  const sentence = r.sentenceOf(i);
  return r.inSentence(i, ['WANT']) >= 0 || (sentence.first === i && !sentence.question);
}

/**
 * "Send me my data, and then they should be deleted" / "Please delete them": a deleting verb
 * without an object takes the nearest thing named before it, in its sentence or the one before.
 * Only one's data or account makes an erasure; an order, a review or a list does not.
 */
function antecedentOf(r: ScanReader, i: number): number {
  const nouns = [...OWN_DATA, ...SHOP_OBJECTS, 'MARKETING', 'MSG'] as const;
  const candidate = r
    .around(i, 1)
    .filter((k) => k < i && r.has(k, ...nouns) && r.tokens[k]?.part === 'body')
    .pop();
  return candidate !== undefined && r.has(candidate, ...OWN_DATA) && !r.has(candidate, ...SHOP_OBJECTS)
    ? candidate
    : -1;
}

/** "kein Kunde mehr", "a customer any more": the word for "more" inside the phrase itself. */
const MORE = new Set(['more', 'anymore', 'meer', 'mehr', 'langre', 'langer']);

/**
 * Erasure asked without a deleting verb: "I don't want an account any more", "stop storing my
 * data", "ich will, dass Sie nichts mehr von mir haben", "I no longer want to be in your
 * system", "vill inte finnas med hos er längre", "vill inte ha nåt kvar hos er".
 */
function fromRefusals(r: ScanReader, out: Match[]): void {
  const usable = (i: number) => !r.conditional(i);
  for (const i of r.where('ACCOUNT')) {
    // "I don't want to be a customer any more", "besloten geen klant meer te zijn", "stop being your customer".
    // Only for being a customer ("klant te zijn", "being your customer"), not "turn it off for my account".
    const being = (r.tokens[i]?.phraseEnd ?? i) > i;
    const wishedNot =
      being && r.near(i, ['NEG', 'STOP'], 3, 'before') >= 0 && r.inSentence(i, ['WANT']) >= 0
        ? r.near(i, ['NEG', 'STOP'], 3, 'before')
        : -1;
    const refusal =
      r.near(i, ['NEG_WANT'], 5, 'before') >= 0 ? r.near(i, ['NEG_WANT'], 5, 'before') : wishedNot;
    if (refusal < 0) continue;
    const noMore =
      r.has(refusal, 'STOP') ||
      r.tokens.slice(i, (r.tokens[i]?.phraseEnd ?? i) + 1).some((t) => MORE.has(t.norm)) ||
      r.inSentence(i, ['NOMORE']) >= 0;
    if (noMore && r.inSentence(i, ['DELETE', 'CLOSE']) < 0) {
      if (!r.conditional(i)) out.push({ type: 'erasure', weight: 0.75, positions: [refusal, i] });
    }
  }
  for (const i of r.where('KEEP')) {
    if (!usable(i) || r.inSentence(i, ['USE', 'PROCESS', 'RESTRICT']) >= 0) continue;
    const refusal = r.near(i, ['NEG_WANT', 'STOP'], 8, 'before');
    const nothing = r.inSentence(i, ['WANT']) >= 0 ? r.near(i, ['NOTHING'], 4, 'before') : -1;
    const data = r.near(i, ['DATA', 'ATTR', 'ABOUT_ME'], 5);
    const cue = refusal >= 0 ? refusal : nothing;
    if (cue >= 0 && data >= 0) out.push({ type: 'erasure', weight: 0.7, positions: [cue, i, data] });
  }
  for (const i of r.where('EXIST', 'REMAIN')) {
    if (!usable(i) || r.inSentence(i, ['MARKETING', 'MSG']) >= 0) continue;
    // "I'd appreciate it if my details were no longer part of your records": a wish and "no longer".
    const nearNoMore = r.near(i, ['NOMORE'], 4);
    const noLonger = nearNoMore >= 0 && r.inSentence(i, ['WANT']) >= 0 ? nearNoMore : -1;
    const refusal =
      r.near(i, ['NEG_WANT'], 8, 'before') >= 0 ? r.near(i, ['NEG_WANT'], 8, 'before') : noLonger;
    const place = r.near(i, ['WITH_YOU', 'STORAGE'], 8);
    // What stays behind may also be the data itself: "dass nichts von meinen Daten übrig bleibt".
    const left = r.has(i, 'REMAIN') ? r.near(i, ['DATA', 'ALL', 'ABOUT_ME', 'ACCOUNT'], 6) : -1;
    const where = place >= 0 ? place : left;
    if (refusal >= 0 && where >= 0)
      out.push({ type: 'erasure', weight: 0.75, positions: [refusal, i, where].sort((a, b) => a - b) });
  }
}

/** Erasure (Art. 17), and unsubscribing when the thing removed is a mailing list. */
export function detectErasure(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('FORGET'))
    if (r.live(i)) out.push({ type: 'erasure', weight: 0.95, positions: [i] });
  fromVerbs(r, out);
  fromRefusals(r, out);
  return out;
}
