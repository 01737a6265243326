import { CONCEPTS, type Concept } from './concepts.js';
import { AND_THEN } from './rule-vocabulary.js';
import type { Scan, Sentence, Token } from './scan-ticket.js';
import type { TriageType } from './triage-types.js';

/** One rule that fired: the type, how sure it is, and the words that decided it. */
export interface Match {
  type: TriageType;
  weight: number;
  positions: number[];
}

/** Pronouns that start a new clause: a negation after them belongs to that clause. */
const SUBJECT_PRONOUNS = new Set(['i', 'ik', 'jag', 'ich', 'we', 'wij', 'vi', 'wir']);
/** English has no verb-second inversion: "please, I don't …" is a new clause. */
const ENGLISH_PRONOUNS = new Set(['i', 'we']);

const BIT = new Map<Concept, number>(CONCEPTS.map((concept, index) => [concept, index]));
const WORDS = Math.ceil(CONCEPTS.length / 32);

/** "can you", "kan ni", "mogen jullie", "könnt ihr": a main clause addressed to us. */
const MODALS = new Set(
  'can may could kan kunnen kunt mogen mag far kann konnt konnen durft durfen'.split(' '),
);
const ADDRESSEE = new Set(['you', 'jullie', 'ni', 'ihr', 'sie']);

/** Prepositions of where something is removed from. */
const SOURCE_WORDS = new Set(['uit', 'from', 'aus', 'fran', 'ur', 'off']);

/** "without": after a verb it tells how the thing is done ("delete it without delay"), not that it is refused. */
const WITHOUT = new Set(['without', 'zonder', 'utan', 'ohne']);
/** Words that open a clause of their own after "and": "… and that you", "… en dat jullie", "… och att ni". */
const CLAUSE_OPENERS = new Set([
  'that',
  'you',
  'dat',
  'jullie',
  'u',
  'att',
  'ni',
  'dass',
  'ihr',
  'sie',
  ...SUBJECT_PRONOUNS,
]);

/** Words that open a subordinate or relative clause: a negation after them is that clause's own. */
const SUBORDINATORS = new Set(
  'that which who because since zodat omdat want wat att som eftersom dass sodass damit weil denn welche welcher'.split(
    ' ',
  ),
);

/** Words for "however" that stand inside a clause in Dutch, German and Swedish. */
const ADVERBIAL_CONTRAST = new Set(['echter', 'aber', 'jedoch', 'doch', 'dock', 'daremot']);

/** Questions the rules ask of a scanned ticket: which concepts stand where, negated or not. */
export class ScanReader {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  private readonly byConcept = new Map<Concept, number[]>();
  private readonly whereCache = new Map<string, number[]>();

  /** Each token's concepts as bits: `has` is asked hundreds of times per ticket. */
  private readonly bits: Uint32Array;

  constructor(readonly scan: Scan) {
    this.tokens = scan.tokens;
    this.sentences = scan.sentences;
    this.bits = new Uint32Array(scan.tokens.length * WORDS);
    scan.tokens.forEach((token, i) => {
      for (const concept of token.concepts) {
        const list = this.byConcept.get(concept) ?? [];
        list.push(i);
        this.byConcept.set(concept, list);
        const bit = BIT.get(concept) as number;
        this.bits[i * WORDS + (bit >>> 5)] =
          (this.bits[i * WORDS + (bit >>> 5)] as number) | (1 << (bit & 31));
      }
    });
  }

  has(i: number, ...concepts: Concept[]): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    for (const concept of concepts) {
      const bit = BIT.get(concept) as number;
      if (((this.bits[i * WORDS + (bit >>> 5)] as number) >>> (bit & 31)) & 1) return true;
    }
    return false;
  }

  /** Positions of every token carrying any of the concepts, in text order. */
  where(...concepts: Concept[]): number[] {
    if (concepts.length === 1) return this.byConcept.get(concepts[0] as Concept) ?? [];
    const key = concepts.join();
    let found = this.whereCache.get(key);
    if (!found) {
      found = [...new Set(concepts.flatMap((c) => this.byConcept.get(c) ?? []))].sort((a, b) => a - b);
      this.whereCache.set(key, found);
    }
    return found;
  }

  inTicket(...concepts: Concept[]): boolean {
    return concepts.some((c) => (this.byConcept.get(c)?.length ?? 0) > 0);
  }

  sentenceOf(i: number): Sentence {
    return this.sentences[(this.tokens[i] as Token).sentence] as Sentence;
  }

  /** The nearest token within `window` words of `i`, in the same sentence, carrying a concept; or -1. */
  near(
    i: number,
    concepts: Concept[],
    window: number,
    direction: 'both' | 'before' | 'after' = 'both',
  ): number {
    const { first, end } = this.sentenceOf(i);
    for (let d = 1; d <= window; d++) {
      if (direction !== 'before' && i + d < end && this.has(i + d, ...concepts)) return i + d;
      if (direction !== 'after' && i - d >= first && this.has(i - d, ...concepts)) return i - d;
    }
    return -1;
  }

  /** A token anywhere in the sentence of `i` carrying a concept; or -1. */
  inSentence(i: number, concepts: Concept[]): number {
    const { first, end } = this.sentenceOf(i);
    for (let k = first; k < end; k++) if (k !== i && this.has(k, ...concepts)) return k;
    return -1;
  }

  /**
   * The object of a verb: the first word after it (else the nearest before it, for "my account
   * deleted" and verb-final word order) that is either wanted or blocking. Words in `neutral`
   * ("me", "everything") are passed over and reported, so that "remove me from the newsletter"
   * still finds the newsletter.
   */
  objectOf(i: number, want: Concept[], block: Concept[], window = 6, neutral: Concept[] = []) {
    const { first, end } = this.sentenceOf(i);
    const seen: number[] = [];
    const look = (k: number) => {
      if (this.has(k, ...block)) return { at: k, wanted: false };
      if (this.has(k, ...want)) return { at: k, wanted: true };
      if (this.has(k, ...neutral)) seen.push(k);
      return null;
    };
    // "cancel it and lock my account": a pronoun right after the verb is its object.
    const phraseEnd = (this.tokens[i] as Token).phraseEnd;
    const pronoun = this.has(phraseEnd + 1, 'IT') || (phraseEnd > i && this.has(i + 1, 'IT'));
    for (let k = i + 1; !pronoun && k < Math.min(end, i + 1 + window); k++) {
      // "Mijn gegevens mogen weg, ik bestel niet meer": a subject pronoun starts another clause.
      if (k > phraseEnd && SUBJECT_PRONOUNS.has((this.tokens[k] as Token).norm)) break;
      // "Kundenkonto löschen – Newsletter bitte behalten": a dash or colon after the verb ends its clause.
      if (k === phraseEnd + 1 && this.dashBefore(k)) break;
      const hit = look(k);
      if (hit) return { ...hit, neutral: seen };
    }
    // Verb-final "mijn kaart uit mijn account verwijderen": the noun after "uit"/"from" is where
    // the object is taken from; the object is further back, else the source itself.
    let source: ReturnType<typeof look> = null;
    for (let k = i - 1; k >= Math.max(first, i - window); k--) {
      // "… (account info + orders) and then delete everything": what came before "and" is done.
      if (AND_THEN.has((this.tokens[k] as Token).norm) && k === i - 1) break;
      const hit = look(k);
      if (hit && !source && this.afterSourceWord(k)) source = hit;
      else if (hit) return { ...hit, neutral: seen };
    }
    return source ? { ...source, neutral: seen } : { at: -1, wanted: false, neutral: seen };
  }

  /**
   * Whether the word at `i` is negated: "don't want … deleted" before it, "nicht", "niet", "inte",
   * "nothing" just after it (verb-first and verb-final clauses) or inside a separable verb ("ta
   * INTE bort"), "nichts abmelden" before a verb-final one. Stops at commas and "but", and at "and"
   * opening a new clause ("stuur geen mails meer en gooi mijn account weg", "… verdwijnt en dat
   * jullie niets meer bewaren"). "I don't know how to delete my account" is not a negated deletion.
   */
  negated(i: number): boolean {
    const token = this.tokens[i] as Token;
    const { first, end } = this.sentenceOf(i);
    for (let k = i + 1; k < token.phraseEnd; k++) if (this.has(k, 'NEG', 'NEG_WANT', 'NOTHING')) return true;
    // "ik wil niet dat jullie mijn gegevens voor iets anders gebruiken": a refused wish reaches further.
    for (let k = i - 1; k >= Math.max(first, i - 10); k--) {
      const before = this.tokens[k] as Token;
      if (before.segment !== token.segment) break;
      // "… geen mails meer en gooi mijn account weg": the verb opens a clause of its own.
      if (AND_THEN.has(before.norm) && i - k <= 2 && !this.between(k, i, 'NEG', 'NEG_WANT')) break;
      if (this.has(k, 'NEG_WANT')) return true;
      if (i - k > 6) continue;
      if (this.has(k, 'NEG')) return !this.between(k, i, 'NEG_BREAK');
      // "nichts abmelden"; not "ik vind nergens waar ik dat kan veranderen".
      if (this.has(k, 'NOTHING')) return !this.between(k - 2, i, 'NEG_BREAK');
    }
    let segment = token.segment;
    for (let k = token.phraseEnd + 1; k < Math.min(end, token.phraseEnd + 8); k++) {
      const next = this.tokens[k] as Token;
      // "Verwijder het dossier echter niet", "löschen Sie aber bitte nichts": an adverb, not a new clause.
      if (ADVERBIAL_CONTRAST.has(next.norm) && next.segment === segment + 1) segment += 1;
      // A pronoun starts another clause, unless it follows its verb: "Eine Löschung wünsche ich nicht".
      const inverted = this.has(k - 1, 'WANT', 'NEG_WANT') && !ENGLISH_PRONOUNS.has(next.norm);
      if (next.segment !== segment || (SUBJECT_PRONOUNS.has(next.norm) && !inverted)) break;
      // "… raderas utan onödigt dröjsmål": "without" after a verb says how, it does not refuse it.
      if (WITHOUT.has(next.norm)) break;
      // "… verdwijnt en dat jullie niets meer bewaren": "and that", "and you" start another clause;
      // "spärra mina uppgifter så att de inte används": a negation in a clause of its own.
      if (AND_THEN.has(next.norm) && CLAUSE_OPENERS.has(this.tokens[k + 1]?.norm ?? '')) break;
      if (SUBORDINATORS.has(next.norm)) break;
      if (this.has(k, 'NEG', 'NOTHING', 'NEG_WANT')) return true;
    }
    return false;
  }

  /**
   * Whether a cue at `i` stands as asked: not negated, not hypothetical, not an accident ("I hit
   * unsubscribe by mistake"), not the rejected half of "instead of", not denied ("… – that's not
   * true"). A cue in the subject line must not be contradicted by the body ("Subject: account
   * deletion" over "if I delete my account, what happens to …" is a topic, not a request), and in
   * a reply ("Re:", "SV:") it must be repeated in the body: there it is the thread's old topic.
   */
  live(i: number): boolean {
    if (this.negated(i) || this.conditional(i) || this.setAside(i)) return false;
    const token = this.tokens[i] as Token;
    if (token.part !== 'subject') return true;
    const inBody = this.where(...token.concepts).filter((k) => (this.tokens[k] as Token).part === 'body');
    const confirmed = inBody.some((k) => !this.negated(k) && !this.conditional(k) && !this.setAside(k));
    // "Re: Delete my account" over "Any update? It's been three weeks": a reminder keeps it.
    const reminder = this.where('FOLLOW_UP').some((k) => (this.tokens[k] as Token).part === 'body');
    if (this.scan.parts.subjectIsReply && this.scan.parts.body.trim() !== '') return confirmed || reminder;
    // "Subject: Unsubscribe" over "I unsubscribed last week and it worked": what was done.
    const done = this.where('OWN_ACT').some((k) => (this.tokens[k] as Token).part === 'body');
    return (inBody.length === 0 && !done) || confirmed;
  }

  /** An accident, an "instead of", or a denial takes the cue at `i` away. */
  setAside(i: number): boolean {
    const { first, end } = this.sentenceOf(i);
    for (let k = Math.max(first, i - 6); k < Math.min(end, i + 7); k++) {
      // "I accidentally signed up, please unsubscribe me": a wish in between keeps the request.
      if (k !== i && this.has(k, 'ACCIDENT') && !this.between(k, i, 'WANT')) return true;
    }
    if (this.near(i, ['INSTEAD'], 2, 'before') >= 0) return true;
    const denial = this.near(i, ['DENY'], 8, 'after');
    return denial >= 0 && !this.has(i, 'CORRECT') && !this.between(i, denial, 'WANT');
  }

  /**
   * "If I delete my account, …": a hypothetical in the same sentence, before the word. It ends
   * where the main clause turns to us: "När jag fått den kan ni radera kontot", "once I have it,
   * you can delete the account" ask for the deletion.
   */
  conditional(i: number): boolean {
    const { first } = this.sentenceOf(i);
    for (let k = i - 1; k >= Math.max(first, i - 8); k--) {
      if (this.has(k, 'COND')) return true;
      const [a, b] = [this.tokens[k - 1]?.norm ?? '', this.tokens[k]?.norm ?? ''];
      if ((MODALS.has(a) && ADDRESSEE.has(b)) || (ADDRESSEE.has(a) && MODALS.has(b))) return false;
    }
    return false;
  }

  /** A token in the same segment (comma to comma) as `i` carrying a concept; or -1. */
  inSegment(i: number, concepts: Concept[]): number {
    const { first, end } = this.sentenceOf(i);
    const segment = (this.tokens[i] as Token).segment;
    for (let k = first; k < end; k++) {
      if ((this.tokens[k] as Token).segment === segment && this.has(k, ...concepts)) return k;
    }
    return -1;
  }

  /** A dash or a colon between the word at `k` and the one before it. */
  private dashBefore(k: number): boolean {
    const token = this.tokens[k] as Token;
    const previous = this.tokens[k - 1];
    if (!previous || previous.part !== token.part) return false;
    const gap = this.scan.parts[token.part].slice(previous.end, token.start);
    return /[–—:]|\s-\s/.test(gap);
  }

  /** "uit mijn account", "from your system", "aus dem Konto": the word at `k` names a source. */
  private afterSourceWord(k: number): boolean {
    for (const back of [1, 2]) if (SOURCE_WORDS.has(this.tokens[k - back]?.norm ?? '')) return true;
    return false;
  }

  /** Tokens from `back` sentences before the sentence of `i` to `ahead` sentences after it, and the subject line. */
  around(i: number, back: number, ahead = 0): number[] {
    const at = (this.tokens[i] as Token).sentence;
    const out: number[] = [];
    for (const [index, sentence] of this.sentences.entries()) {
      const near = index >= at - back && index <= at + ahead;
      if (near || (sentence.part === 'subject' && index < at)) {
        for (let k = sentence.first; k < sentence.end; k++) out.push(k);
      }
    }
    return out;
  }

  between(from: number, to: number, ...concepts: Concept[]): boolean {
    for (let k = Math.min(from, to) + 1; k < Math.max(from, to); k++)
      if (this.has(k, ...concepts)) return true;
    return false;
  }
}
