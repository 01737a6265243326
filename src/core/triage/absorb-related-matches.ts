import type { Concept } from './concepts.js';
import type { Match, ScanReader } from './scan-reader.js';

/** Cues that make an objection stand on its own, even beside a restriction. */
const OWN_OBJECTION: Concept[] = ['UNSUB', 'OBJECT', 'DEREGISTER'];
/** Verbs that make an objection of their own when marketing is their object, in the same clause. */
const OWN_VERBS: Concept[] = ['STOP', 'SEND'];
/** Words that tie a sentence to a breach report: the other person, the incident, a guess. */
const SAME_INCIDENT: Concept[] = ['OTHER_PERSON', 'ANOTHER', 'LEAK', 'MAYBE', 'THIRD_POSS', 'RECIPIENTS'];
/** Verbs of sending and getting: "send me my data" in a portability request asks for the file. */
const SEND_OR_GET: Concept[] = ['SEND', 'GET'];
/** Using or processing the data: a refused use names what a restriction covers. */
const USES: Concept[] = ['USE', 'PROCESS'];
/** What a breach report tends to say besides the breach, without asking for it. */
const ASIDES_OF_A_BREACH = new Set(['access', 'question', 'rectification']);

function sentenceHas(r: ScanReader, sentence: number, concepts: Concept[]): boolean {
  const s = r.sentences[sentence];
  if (!s) return false;
  for (let k = s.first; k < s.end; k++) if (r.has(k, ...concepts)) return true;
  return false;
}

/** A dash, colon or parenthesis between the first and last of `positions`: a list of examples. */
function listBetween(r: ScanReader, positions: number[]): boolean {
  const first = r.tokens[Math.min(...positions)];
  const last = r.tokens[Math.max(...positions)];
  if (!first || !last || first.part !== last.part) return false;
  return /[–—:(]|\s-\s/.test(r.scan.parts[first.part].slice(first.end, last.start));
}

/**
 * An access match asking which data is kept, in a sentence that names no copy, nothing "about
 * me" and no data of mine: "teilen Sie mir mit, welche Daten wie lange aufbewahrt werden".
 */
function retainedAfterErasure(r: ScanReader, m: Match): boolean {
  const sentence = r.tokens[m.positions[0] as number]?.sentence ?? -1;
  return (
    sentenceHas(r, sentence, ['KEEP']) &&
    sentenceHas(r, sentence, ['WHICH']) &&
    !sentenceHas(r, sentence, ['ABOUT_ME', 'MY', 'COPY', 'ACCESS_REQ', 'DELETE'])
  );
}

/**
 * Takes away matches that are part of another request rather than requests of their own:
 * - in a breach report, worries about the same incident ("the man can probably see my data too",
 *   "is this a data breach?", "ni har nog skickat hans uppgifter till fel person") are the report;
 * - in a restriction, the uses named as examples of what must stop ("keep it but do not use it
 *   for anything else – no marketing, no profiling") are the restriction, not an objection, unless
 *   the customer unsubscribes or objects in so many words;
 * - in a restriction, data said to be wrong with no correction asked for anywhere ("ni har
 *   registrerat fel uppgifter … begränsa behandlingen medan ni utreder") is the ground of the
 *   restriction (Art. 18(1)(a)), not a rectification;
 * - in a restriction, a refused use for marketing in the sentence after it ("… I don't want it
 *   used for birthday offers either") says what the restriction covers;
 * - in a portability request, "send me my data" (no copy, nothing "about me") asks for the file
 *   the request is about, not for a separate copy;
 * - in an erasure request, "tell me which data you must retain and for how long" asks what the
 *   erasure leaves behind, not for a copy.
 */
export function absorbRelatedMatches(r: ScanReader, matches: Match[]): Match[] {
  const sentences = (m: Match) => new Set(m.positions.map((k) => r.tokens[k]?.sentence ?? -1));
  const breach = matches.some((m) => m.type === 'breach');
  const restricted = new Set(
    matches.filter((m) => m.type === 'restriction').flatMap((m) => [...sentences(m)]),
  );
  // Asked for: a wish in the sentence, or the verb opens its clause ("…, rätta det").
  const opensClause = (k: number) => k === 0 || r.tokens[k - 1]?.segment !== r.tokens[k]?.segment;
  const wished = (m: Match) =>
    [...sentences(m)].some((s) => sentenceHas(r, s, ['WANT'])) || m.positions.some(opensClause);
  // "My date of birth is wrong. Please correct it and do not use it until then": the wish may
  // stand in a sentence of its own, on a pronoun.
  const correctionWished = r
    .where('CORRECT')
    .some(
      (k) =>
        !r.conditional(k) &&
        r.near(k, ['NEG', 'NEG_WANT'], 3, 'before') < 0 &&
        (sentenceHas(r, r.tokens[k]?.sentence ?? -1, ['WANT']) || opensClause(k)),
    );
  const correctionAsked =
    matches.some((m) => m.type === 'rectification' && wished(m)) ||
    (correctionWished && matches.some((m) => m.type === 'rectification'));
  const portability = matches.some((m) => m.type === 'portability');
  const afterRestriction = (m: Match) =>
    [...sentences(m)].some((s) => restricted.has(s) || restricted.has(s - 1));
  const erasure = matches.some((m) => m.type === 'erasure');
  return matches.filter((m) => {
    // "Where you must retain records, tell me which data is retained and for how long": in an
    // erasure request, what stays behind is part of the answer to it, not a request for a copy.
    if (m.type === 'access' && erasure && retainedAfterErasure(r, m)) return false;
    if (
      m.type === 'access' &&
      portability &&
      m.weight < 0.85 &&
      m.positions.some((k) => r.has(k, ...SEND_OR_GET))
    )
      return false;
    if (
      m.type === 'objection' &&
      !restricted.has(r.tokens[m.positions[0] as number]?.sentence ?? -1) &&
      afterRestriction(m) &&
      [...sentences(m)].every((s) => sentenceHas(r, s, USES) && !sentenceHas(r, s, OWN_OBJECTION))
    )
      return false;
    if (m.type === 'rectification' && restricted.size > 0 && !correctionAsked) return false;
    if (breach && ASIDES_OF_A_BREACH.has(m.type)) {
      if ([...sentences(m)].some((s) => sentenceHas(r, s, SAME_INCIDENT))) return false;
      // "Kan han se mina uppgifter också?": whether the other person sees mine is a worry about
      // the same incident, asked, not a request for a copy.
      if (
        m.type === 'access' &&
        [...sentences(m)].some((s) => r.sentences[s]?.question && sentenceHas(r, s, ['SEE']))
      )
        return false;
    }
    if (m.type === 'objection' && [...sentences(m)].some((s) => restricted.has(s))) {
      // "… and stop sending me newsletters" asks on its own; "stop using that data – no automated
      // decisions" names an example after a dash.
      const ownVerb = !listBetween(r, m.positions) && m.positions.some((k) => r.has(k, ...OWN_VERBS));
      return ownVerb || m.positions.some((k) => r.has(k, ...OWN_OBJECTION));
    }
    return true;
  });
}
