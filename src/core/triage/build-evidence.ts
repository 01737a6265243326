import { redactPersonalData } from '../privacy/redact-personal-data.js';
import type { Scan, Token } from './scan-ticket.js';

/** Words of context on each side of the cue words, and the longest phrase quoted. */
const CONTEXT = 2;
const MAX_WORDS = 12;

/**
 * The words that decided a match with a little context, from the customer's own text, with
 * e-mail addresses and phone numbers redacted: short enough for an internal note.
 */
export function buildEvidence(scan: Scan, positions: number[]): string {
  const anchor = scan.tokens[positions[0] as number] as Token;
  const sentence = scan.sentences[anchor.sentence];
  if (!sentence) return '';
  const lastCue = Math.max(...positions.map((p) => (scan.tokens[p] as Token).phraseEnd));
  let from = Math.max(sentence.first, Math.min(...positions) - CONTEXT);
  let to = Math.min(sentence.end - 1, lastCue + CONTEXT);
  if (to - from + 1 > MAX_WORDS) {
    from = Math.max(from, Math.min(...positions) - 1);
    to = Math.min(to, from + MAX_WORDS - 1);
  }
  const first = scan.tokens[from] as Token;
  const last = scan.tokens[to] as Token;
  const text = first.part === 'subject' ? scan.parts.subject : scan.parts.body;
  // Widen to whole space-separated words, so that an e-mail address is redacted whole, never cut.
  let start = first.start;
  while (start > 0 && !/\s/.test(text[start - 1] as string) && first.start - start < 100) start--;
  let end = last.end;
  while (end < text.length && !/\s/.test(text[end] as string) && end - last.end < 100) end++;
  return redactPersonalData(text.slice(start, end).replace(/\s+/g, ' ').trim());
}
