import { type CompiledLexicon, type Phrase, pieceMatches } from './compile-lexicon.js';
import type { Concept } from './concepts.js';
import { normalizeWord } from './normalize-word.js';
import type { TicketParts } from './prepare-ticket-text.js';

export interface Token {
  norm: string;
  part: 'subject' | 'body';
  /** Offsets in the subject or body, for quoting evidence. */
  start: number;
  end: number;
  sentence: number;
  /** Commas, colons and words like "but" split a sentence into segments: the reach of a negation. */
  segment: number;
  concepts: readonly Concept[];
  /** Last token of the phrase that gave this token its concepts. */
  phraseEnd: number;
}

export interface Sentence {
  first: number;
  /** One past the last token. */
  end: number;
  question: boolean;
  part: 'subject' | 'body';
}

export interface Scan {
  parts: TicketParts;
  tokens: Token[];
  sentences: Sentence[];
}

/** Words after which a full stop does not end the sentence ("Art. 17", "nr. 5012388"). */
const ABBREVIATIONS = new Set(
  'art nr no ca bzw zb evt bijv tel incl st mr mrs ms dr ggf usw etc vs resp jr sr abs ref mvh mfg vg lg ex bl dvs osv tex mm bspw zt dh ua ev'.split(
    ' ',
  ),
);
const PIECES =
  /([\p{L}\p{N}]+(?:['’`]\p{L}+)*(?:-[\p{L}\p{N}]+)*)|(\?)|([!;\n]|\.(?=\s|$))|([,:()[\]–—•|"]|\s-\s)/gu;
const MAX_TOKENS = 5_000;

function tokenizePart(text: string, part: 'subject' | 'body', scan: Scan, segmentStart: { n: number }): void {
  let sentence: Sentence = { first: scan.tokens.length, end: scan.tokens.length, question: false, part };
  const close = () => {
    sentence.end = scan.tokens.length;
    if (sentence.end > sentence.first) {
      scan.sentences.push(sentence);
      segmentStart.n += 1;
    }
    sentence = { first: scan.tokens.length, end: scan.tokens.length, question: false, part };
  };
  for (const match of text.matchAll(PIECES)) {
    if (scan.tokens.length >= MAX_TOKENS) break;
    const [, word, question, stop, comma] = match;
    if (word) {
      scan.tokens.push({
        norm: word.includes('-') ? normalizeWord(word).replace(/-/g, '') : normalizeWord(word),
        part,
        start: match.index,
        end: match.index + word.length,
        sentence: scan.sentences.length,
        segment: segmentStart.n,
        concepts: [],
        phraseEnd: scan.tokens.length,
      });
    } else if (question) {
      sentence.question = true;
      close();
    } else if (stop) {
      const previous = scan.tokens[scan.tokens.length - 1];
      const abbreviation =
        stop === '.' && previous && (ABBREVIATIONS.has(previous.norm) || previous.norm.length === 1);
      if (!abbreviation) close();
    } else if (comma) {
      segmentStart.n += 1;
    }
  }
  close();
}

/** Token positions of the phrase's pieces when it matches at `at`, within the sentence; else null. */
function matchPhrase(phrase: Phrase, tokens: Token[], at: number, sentenceEnd: number): number[] | null {
  const positions = [at];
  let position = at;
  for (let p = 1; p < phrase.pieces.length; p++) {
    const piece = phrase.pieces[p] as (typeof phrase.pieces)[number];
    const last = Math.min(position + 1 + (phrase.gapBefore[p] ?? 0), sentenceEnd - 1);
    let found = -1;
    for (let k = position + 1; k <= last; k++) {
      if (pieceMatches(piece, (tokens[k] as Token).norm)) {
        found = k;
        break;
      }
    }
    if (found < 0) return null;
    positions.push(found);
    position = found;
  }
  return positions;
}

/**
 * Gives every token its concepts. The longest phrase starting at a word wins over single words;
 * its other words are used up (their own meaning no longer counts), words in a gap keep theirs.
 */
function assignConcepts(scan: Scan, lexicon: CompiledLexicon): void {
  const { tokens } = scan;
  const consumed = new Set<number>();
  for (const sentence of scan.sentences) {
    for (let i = sentence.first; i < sentence.end; i++) {
      if (consumed.has(i)) continue;
      const token = tokens[i] as Token;
      let best: number[] | null = null;
      let concepts: Concept[] = [];
      for (const phrase of lexicon.phrasesStartingWith(token.norm)) {
        const positions = matchPhrase(phrase, tokens, i, sentence.end);
        if (!positions) continue;
        const end = positions[positions.length - 1] as number;
        const bestEnd = best ? (best[best.length - 1] as number) : -1;
        if (end < bestEnd) continue;
        if (end > bestEnd) {
          best = positions;
          concepts = [];
        }
        for (const concept of phrase.concepts) if (!concepts.includes(concept)) concepts.push(concept);
      }
      if (best) {
        token.concepts = concepts;
        token.phraseEnd = best[best.length - 1] as number;
        for (const k of best.slice(1)) consumed.add(k);
      } else {
        token.concepts = lexicon.wordConcepts(token.norm);
      }
    }
  }
}

/** Splits subject and body into tokens, sentences and segments, and tags each word with concepts. */
export function scanTicket(parts: TicketParts, lexicon: CompiledLexicon): Scan {
  const scan: Scan = { parts, tokens: [], sentences: [] };
  const segment = { n: 0 };
  tokenizePart(parts.subject, 'subject', scan, segment);
  tokenizePart(parts.body, 'body', scan, segment);
  assignConcepts(scan, lexicon);
  // "but", "however" open a new segment: "don't delete it, but stop using it".
  let shift = 0;
  for (const token of scan.tokens) {
    if (token.concepts.includes('CONTRAST')) shift += 1;
    token.segment += shift;
  }
  return scan;
}
