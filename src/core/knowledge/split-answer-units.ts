/**
 * A passage the answer can quote: one sentence, a lead-in with its list items, or a block of short
 * lines (an address). `heading` is a short line that introduces the sentence ("For you as a customer").
 */
export interface AnswerUnit {
  /** A sentence; a lead-in ending in ":" with its list items; or a block of short lines (an address). */
  kind: 'sentence' | 'list' | 'block';
  heading: string | null;
  head: string;
  items: string[];
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'reg',
  'no',
  'nr',
  'bijv',
  'bv',
  'eg',
  'ie',
  'etc',
  'vs',
  'ca',
  'ex',
  'tex',
  'zb',
  'st',
]);

/** Splits one paragraph into sentences, keeping "Reg. No. 556656-7086" and "bijv. vragen" whole. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/[.!?]["”)]?\s+(?=["„“(]?[\p{Lu}\d])/gu)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    const before = paragraph.slice(start, match.index).split(/\s+/).pop() ?? '';
    const word = before.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before)) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

const isBullet = (line: string) => line.startsWith('•');
const isFragment = (line: string) => line.length < 80 && !/[.!?:"”)]$/.test(line);

/** Turns a section's lines into quotable units, in order. */
export function splitAnswerUnits(lines: readonly string[]): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  let list: AnswerUnit | null = null;
  let fragments: string[] = [];
  const flushFragments = () => {
    if (fragments.length > 0) {
      units.push({ kind: 'block', heading: null, head: fragments[0] as string, items: fragments.slice(1) });
    }
    fragments = [];
  };
  for (const line of lines) {
    if (isBullet(line) && list) {
      list.items.push(line);
      continue;
    }
    list = null;
    if (isFragment(line)) {
      fragments.push(line);
      continue;
    }
    const heading = fragments.length === 1 ? (fragments[0] as string) : null;
    if (heading === null) flushFragments();
    fragments = [];
    if (line.endsWith(':')) {
      list = { kind: 'list', heading, head: line, items: [] };
      units.push(list);
      continue;
    }
    splitSentences(line).forEach((sentence, i) => {
      units.push({ kind: 'sentence', heading: i === 0 ? heading : null, head: sentence, items: [] });
    });
  }
  flushFragments();
  return units;
}

/**
 * The unit as it is quoted: a heading introduces its sentence on the same line ("For you as a
 * customer: Caliroots keeps…"), list items follow on their own lines.
 */
export function renderUnit(unit: AnswerUnit, items: readonly string[] = unit.items): string {
  const head = unit.heading === null ? unit.head : `${unit.heading.replace(/[:.]$/, '')}: ${unit.head}`;
  return [head, ...items].join('\n');
}
