import type { Concept } from './concepts.js';
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

/** Questions the rules ask of a scanned ticket: which concepts stand where, negated or not. */
export class ScanReader {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  private readonly byConcept = new Map<Concept, number[]>();

  constructor(readonly scan: Scan) {
    this.tokens = scan.tokens;
    this.sentences = scan.sentences;
    scan.tokens.forEach((token, i) => {
      for (const concept of token.concepts) {
        const list = this.byConcept.get(concept) ?? [];
        list.push(i);
        this.byConcept.set(concept, list);
      }
    });
  }

  has(i: number, ...concepts: Concept[]): boolean {
    const token = this.tokens[i];
    return token !== undefined && concepts.some((c) => token.concepts.includes(c));
  }

  /** Positions of every token carrying any of the concepts, in text order. */
  where(...concepts: Concept[]): number[] {
    if (concepts.length === 1) return this.byConcept.get(concepts[0] as Concept) ?? [];
    return [...new Set(concepts.flatMap((c) => this.byConcept.get(c) ?? []))].sort((a, b) => a - b);
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
    for (let k = i + 1; k < Math.min(end, i + 1 + window); k++) {
      const hit = look(k);
      if (hit) return { ...hit, neutral: seen };
    }
    for (let k = i - 1; k >= Math.max(first, i - window); k--) {
      const hit = look(k);
      if (hit) return { ...hit, neutral: seen };
    }
    return { at: -1, wanted: false, neutral: seen };
  }

  /**
   * Whether the word at `i` is negated: "don't want … deleted" before it, "nicht", "niet", "inte",
   * "nothing" just after it (verb-first and verb-final clauses). Stops at commas and "but".
   * "I don't know how to delete my account" is not a negated deletion.
   */
  negated(i: number): boolean {
    const token = this.tokens[i] as Token;
    const { first, end } = this.sentenceOf(i);
    for (let k = i - 1; k >= Math.max(first, i - 6); k--) {
      if ((this.tokens[k] as Token).segment !== token.segment) break;
      if (this.has(k, 'NEG_WANT')) return true;
      if (this.has(k, 'NEG')) return !this.between(k, i, 'NEG_BREAK');
    }
    for (let k = token.phraseEnd + 1; k < Math.min(end, token.phraseEnd + 6); k++) {
      const next = this.tokens[k] as Token;
      if (next.segment !== token.segment || SUBJECT_PRONOUNS.has(next.norm)) break;
      if (this.has(k, 'NEG', 'NOTHING', 'NEG_WANT')) return true;
    }
    return false;
  }

  /**
   * Whether a cue at `i` stands as asked: not negated, not hypothetical, and, for a cue in the
   * subject line, not contradicted by the body ("Subject: account deletion" over "if I delete
   * my account, what happens to …" is a topic, not a request).
   */
  live(i: number): boolean {
    if (this.negated(i) || this.conditional(i)) return false;
    const token = this.tokens[i] as Token;
    if (token.part !== 'subject') return true;
    const inBody = this.where(...token.concepts).filter((k) => (this.tokens[k] as Token).part === 'body');
    return inBody.length === 0 || inBody.some((k) => !this.negated(k) && !this.conditional(k));
  }

  /** "If I delete my account, …": a hypothetical in the same sentence, before the word. */
  conditional(i: number): boolean {
    const { first } = this.sentenceOf(i);
    for (let k = i - 1; k >= Math.max(first, i - 8); k--) if (this.has(k, 'COND')) return true;
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

  between(from: number, to: number, ...concepts: Concept[]): boolean {
    for (let k = Math.min(from, to) + 1; k < Math.max(from, to); k++)
      if (this.has(k, ...concepts)) return true;
    return false;
  }
}
