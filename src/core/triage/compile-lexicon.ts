import type { Concept, Lexicon } from './concepts.js';
import { normalizeWord } from './normalize-word.js';
import { TypoIndex } from './typo-index.js';

/** One word of a pattern: `word` exact, `stem*` prefix, `*end` suffix, `*part*` anywhere in the word. */
interface Piece {
  kind: 'exact' | 'prefix' | 'suffix' | 'infix';
  text: string;
}

/** Several words in a row; `gapBefore[i]` words may stand before piece i (`..` up to 3, `...` up to 8). */
export interface Phrase {
  pieces: Piece[];
  gapBefore: number[];
  concepts: Concept[];
}

/** Typo tolerance only for long words: short words are too often another real word one letter away. */
const TYPO_MIN_PATTERN = 6;
const TYPO_MIN_WORD = 5;
const CACHE_LIMIT = 20_000;
/**
 * Only the words a request turns on are read through a typing error ("delte my acount", "unsubcribe
 * from the newsleter"). Function words and context words are not: one letter turns "gemist" into
 * "gewist", "verlopen" into "verkopen", "passar" into "pausar", "angekommen" into "angenommen".
 */
const TYPO_CONCEPTS = new Set<Concept>([
  'DELETE',
  'CLOSE',
  'FORGET',
  'ACCESS_REQ',
  'UNSUB',
  'DEREGISTER',
  'OBJECT',
  'PROFILING',
  'PORT',
  'ACCOUNT',
  'DATA',
  'INFO',
  'ATTR',
  'MARKETING',
  'MSG',
  'PRIVACY',
  'NEG',
]);

export interface CompiledLexicon {
  /** Concepts of one word (exact entries win over stems, stems over word parts, then typos). */
  wordConcepts(word: string): readonly Concept[];
  /** Phrases whose first piece matches `word`. */
  phrasesStartingWith(word: string): readonly Phrase[];
}

function parsePiece(raw: string): Piece {
  const text = normalizeWord(raw.replace(/^\*|\*$/g, ''));
  if (raw.startsWith('*') && raw.endsWith('*')) return { kind: 'infix', text };
  if (raw.endsWith('*')) return { kind: 'prefix', text };
  if (raw.startsWith('*')) return { kind: 'suffix', text };
  return { kind: 'exact', text };
}

export function pieceMatches(piece: Piece, word: string): boolean {
  switch (piece.kind) {
    case 'exact':
      return word === piece.text;
    case 'prefix':
      return word.startsWith(piece.text);
    case 'suffix':
      return word.endsWith(piece.text) && word.length > piece.text.length;
    case 'infix':
      return word.includes(piece.text);
  }
}

function addTo<K>(map: Map<K, Concept[]>, key: K, concept: Concept): void {
  const list = map.get(key) ?? [];
  if (!list.includes(concept)) list.push(concept);
  map.set(key, list);
}

/** Turns readable lexicons (one language or several merged) into fast look-ups. */
export function compileLexicon(lexicons: readonly Lexicon[]): CompiledLexicon {
  const exact = new Map<string, Concept[]>();
  const prefixes = new Map<string, Concept[]>();
  const parts = new Map<Piece, Concept[]>();
  const phrasesByWord = new Map<string, Phrase[]>();
  const phrasesByStem: Phrase[] = [];
  const typoWords = new TypoIndex<Concept[]>();
  const typoStems = new TypoIndex<Concept[]>();
  let longestStem = 0;

  for (const lexicon of lexicons) {
    for (const [concept, entries] of Object.entries(lexicon) as Array<[Concept, string]>) {
      for (const pattern of entries.split('|').filter((p) => p.trim() !== '')) {
        const words = pattern.trim().split(/\s+/);
        if (words.length === 1) {
          const piece = parsePiece(words[0] as string);
          if (piece.kind === 'exact') addTo(exact, piece.text, concept);
          else if (piece.kind === 'prefix') addTo(prefixes, piece.text, concept);
          else addTo(parts, piece, concept);
          continue;
        }
        const phrase: Phrase = { pieces: [], gapBefore: [], concepts: [concept] };
        let gap = 0;
        for (const word of words) {
          if (word === '..' || word === '...') {
            gap = word === '..' ? 3 : 8;
            continue;
          }
          phrase.pieces.push(parsePiece(word));
          phrase.gapBefore.push(gap);
          gap = 0;
        }
        const first = phrase.pieces[0] as Piece;
        if (first.kind === 'exact')
          phrasesByWord.set(first.text, [...(phrasesByWord.get(first.text) ?? []), phrase]);
        else phrasesByStem.push(phrase);
      }
    }
  }
  for (const [word, concepts] of exact) if (word.length >= TYPO_MIN_PATTERN) typoWords.add(word, concepts);
  for (const [stem, concepts] of prefixes) {
    longestStem = Math.max(longestStem, stem.length);
    if (stem.length >= TYPO_MIN_PATTERN) typoStems.add(stem, concepts);
  }

  const cache = new Map<string, readonly Concept[]>();
  const phraseCache = new Map<string, readonly Phrase[]>();
  const lookUp = (word: string): readonly Concept[] => {
    const direct = exact.get(word);
    if (direct) return direct;
    const byStem = new Set<Concept>();
    for (let end = Math.min(word.length, longestStem); end >= 2; end--) {
      for (const concept of prefixes.get(word.slice(0, end)) ?? []) byStem.add(concept);
    }
    if (byStem.size > 0) return [...byStem];
    const byPart = new Set<Concept>();
    for (const [piece, concepts] of parts) {
      if (pieceMatches(piece, word)) for (const concept of concepts) byPart.add(concept);
    }
    if (byPart.size > 0) return [...byPart];
    if (word.length < TYPO_MIN_WORD || /\d/.test(word)) return [];
    const candidates = typoWords.find(word);
    for (let end = TYPO_MIN_PATTERN - 1; end <= Math.min(word.length, longestStem + 1); end++) {
      candidates.push(...typoStems.find(word.slice(0, end)));
    }
    // A word one letter from two different meanings ("bewaren": bewaar-, bezwaren) means neither.
    const meanings = new Set(candidates.map((concepts) => [...concepts].sort().join()));
    return meanings.size === 1 ? (candidates[0] as Concept[]).filter((c) => TYPO_CONCEPTS.has(c)) : [];
  };

  return {
    wordConcepts(word) {
      let concepts = cache.get(word);
      if (!concepts) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        concepts = lookUp(word);
        cache.set(word, concepts);
      }
      return concepts;
    },
    phrasesStartingWith(word) {
      let phrases = phraseCache.get(word);
      if (!phrases) {
        if (phraseCache.size >= CACHE_LIMIT) phraseCache.clear();
        const byStem = phrasesByStem.filter((p) => pieceMatches(p.pieces[0] as Piece, word));
        phrases = [...(phrasesByWord.get(word) ?? []), ...byStem];
        phraseCache.set(word, phrases);
      }
      return phrases;
    },
  };
}
