import { type AnalyzedWord, analyzeText, termOf } from '../language/analyze-text.js';
import { LANGUAGES, type Language } from '../language/languages.js';
import { foldDiacritics } from '../language/tokenize.js';
import {
  FIELDS,
  type Field,
  type FieldCounts,
  type IndexedSection,
  type IndexedUnit,
  type KnowledgeIndex,
  type LanguageIndex,
  type ScopeLexicon,
} from './knowledge-index.js';
import type { Knowledge, Section } from './knowledge-schema.js';
import { compileSectionModel } from './learned/section-model.js';
import { prepareAnswerUnits } from './prepare-answer-units.js';
import { GENERIC_WORDS, OFF_TOPIC_CONTEXT_WORDS, OFF_TOPIC_WORDS, PRIVACY_WORDS } from './scope-cues.js';
import { splitCompound } from './split-compound.js';
import { TypoIndex } from './typo-index.js';

const zero = (): FieldCounts => ({ title: 0, hints: 0, phraseWords: 0, text: 0 });
const COMPOUNDING: ReadonlySet<Language> = new Set(['nl', 'de', 'sv']);

/** A value made on first use: stemming costs tens of microseconds a word. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The scope lexicon of `scope-cues.ts` as terms. */
function scopeLexicon(language: Language): ScopeLexicon {
  const words = (list: string) => list.split(/\s+/).filter(Boolean);
  const offTopic = [...words(OFF_TOPIC_WORDS[language]), ...words(OFF_TOPIC_CONTEXT_WORDS[language])];
  return {
    offTopic: new Set(offTopic.map((w) => termOf(w, language))),
    offTopicWritten: new Set(offTopic.filter((w) => foldDiacritics(w) !== w).map((w) => termOf(w, language))),
    context: new Set(words(OFF_TOPIC_CONTEXT_WORDS[language]).map((w) => termOf(w, language))),
    offTopicWords: COMPOUNDING.has(language) ? offTopic.filter((w) => w.length >= 4).map(foldDiacritics) : [],
    privacy: new Set(words(PRIVACY_WORDS[language]).map((w) => termOf(w, language))),
    generic: new Set(words(GENERIC_WORDS[language]).map((w) => termOf(w, language))),
  };
}

/** The key of an adjacent phrase: the terms of all its words, function words included. */
export function phraseKey(terms: readonly string[]): string {
  return terms.join(' ');
}

function piecesOf(section: Section, language: Language): Record<Field, string[]> {
  const { title, hints, text } = section.texts[language];
  return { title: [title], hints, phraseWords: [], text };
}

class LanguageIndexBuilder {
  readonly index: LanguageIndex;
  private readonly phraseKeys = new Set<string>();
  /** Titles, hints and sentences are analysed more than once while building; once is enough. */
  private readonly analysed = new Map<string, AnalyzedWord[]>();

  private readonly compounds = new Map<string, [string, string] | null>();

  /** The parts of a compound, worked out once per word (the policy repeats its words a lot). */
  private compoundParts(word: string, isKnown: (part: string) => boolean): [string, string] | null {
    let parts = this.compounds.get(word);
    if (parts === undefined) {
      parts = splitCompound(word, isKnown);
      this.compounds.set(word, parts);
    }
    return parts;
  }

  private analyze(piece: string): AnalyzedWord[] {
    let words = this.analysed.get(piece);
    if (!words) {
      words = analyzeText(piece, this.language);
      this.analysed.set(piece, words);
    }
    return words;
  }

  constructor(
    private readonly knowledge: Knowledge,
    readonly language: Language,
  ) {
    this.index = {
      language,
      sections: [],
      averageLength: zero(),
      idf: new Map(),
      words: new Map(),
      truncated: new Map(),
      phrases: [],
      typos: new TypoIndex([]),
      anchors: new Set(),
      hintWords: new Set(),
      scope: lazy(() => scopeLexicon(language)),
    };
  }

  build(): LanguageIndex {
    const { index, knowledge, language } = this;
    // First the vocabulary, so that compounds can be split into words the policy knows.
    for (const section of knowledge.sections) {
      for (const field of FIELDS) {
        for (const piece of piecesOf(section, language)[field]) {
          for (const w of this.analyze(piece)) if (!w.stop) index.words.set(w.surface, w.term);
        }
      }
    }
    // Compounds in the policy split only into words the policy uses on their own ("medlemskap"
    // must not yield "skap").
    const isKnown = (part: string) => part.length >= 3 && index.words.has(part);
    index.sections = knowledge.sections.map((s) => this.indexSection(s, isKnown));
    this.computeStatistics();
    return index;
  }

  private indexSection(section: Section, isKnown: (part: string) => boolean): IndexedSection {
    const { index, language } = this;
    const indexed: IndexedSection = {
      id: section.id,
      parentId: section.parentId,
      counts: new Map(),
      length: zero(),
      units: [],
    };
    const add = (field: Field, term: string) => {
      const counts = indexed.counts.get(term) ?? zero();
      // Titles and hints say whether a section is about a word, not how much: "account" in six
      // hints must not outweigh one telling verb.
      if (field !== 'text' && counts[field] > 0) return;
      counts[field] += 1;
      indexed.counts.set(term, counts);
      indexed.length[field] += 1;
    };
    const pieces = piecesOf(section, language);
    for (const field of FIELDS) {
      for (const piece of pieces[field]) {
        const words = this.analyze(piece);
        // The words of a multi-word hint count less than the hint: "maak bezwaar" must not make
        // every question with "maken" an objection.
        const wordField: Field = field === 'hints' && words.length > 1 ? 'phraseWords' : field;
        // A quoted hint counts only word for word: "another store" must not make "store" a portability word.
        const exact = field === 'title' || /^".+"$/.test(piece.trim());
        for (const w of words) {
          if (w.stop) continue;
          if (exact && wordField === 'phraseWords') {
            index.hintWords.add(w.term);
            continue;
          }
          add(wordField, w.term);
          if (wordField === 'title' || wordField === 'hints') index.anchors.add(w.term);
          if (wordField !== 'text') index.hintWords.add(w.term);
          const parts = COMPOUNDING.has(language) ? this.compoundParts(w.surface, isKnown) : null;
          for (const part of parts ?? []) add(wordField, termOf(part, language));
        }
        if (field === 'text' || words.length < 2) continue;
        // A title is a phrase only word for word: "what is personal data" in any order would match every question.
        const key = this.addPhrase(words, exact);
        add(field, key);
        index.anchors.add(key);
      }
    }
    const children = this.knowledge.sections.filter((c) => c.parentId === section.id);
    // Made when an answer first quotes this section: most sections are never quoted in most
    // languages, and the index is ready sooner.
    let units: IndexedUnit[] | undefined;
    Object.defineProperty(indexed, 'units', {
      enumerable: true,
      get: () => {
        units ??= prepareAnswerUnits(section, children, index);
        return units;
      },
    });
    return indexed;
  }

  /**
   * Registers a multi-word hint or title; returns the term it is indexed under. A hint in double
   * quotes ("your phone number") must appear word for word, function words included.
   */
  private addPhrase(words: readonly AnalyzedWord[], exact: boolean): string {
    const content = [...new Set(words.filter((w) => !w.stop).map((w) => w.term))].sort();
    const adjacent = exact || content.length < 2;
    const key = adjacent ? phraseKey(words.map((w) => w.term)) : content.join('+');
    if (!this.phraseKeys.has(key)) {
      this.phraseKeys.add(key);
      this.index.phrases.push({ key, terms: adjacent ? [] : content, adjacent });
    }
    return key;
  }

  private computeStatistics(): void {
    const { index } = this;
    const n = index.sections.length;
    const documentFrequency = new Map<string, number>();
    for (const section of index.sections) {
      for (const field of FIELDS) index.averageLength[field] += section.length[field] / n;
      for (const term of section.counts.keys()) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
    }
    for (const [term, df] of documentFrequency) {
      index.idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    // A co-occurrence phrase is no more telling than its most telling word: "personal data" is
    // rare as a hint but says nothing, since every question has it.
    // Likewise a word-for-word phrase of function words ("about me") is weak evidence.
    for (const phrase of index.phrases) {
      const parts = phrase.adjacent ? phrase.key.split(' ') : phrase.terms;
      const cap = Math.max(phrase.adjacent ? 1 : 0, ...parts.map((t) => index.idf.get(t) ?? 0));
      index.idf.set(phrase.key, Math.min(index.idf.get(phrase.key) ?? 0, cap));
    }
    for (const term of documentFrequency.keys()) {
      if (term.length >= 5 && !term.includes(' ') && !term.includes('+')) {
        index.truncated.set(term.slice(0, -1), term);
        index.truncated.set(term.slice(0, -2), term);
      }
    }
    index.typos = new TypoIndex(index.words.keys());
  }
}

/**
 * Builds the search index over every section in every language: BM25F fields (title, hints,
 * text) over Snowball-stemmed terms with compounds split, phrase terms for multi-word hints, a
 * typo index, and the quotable units of each section; and the learned section model, when the
 * knowledge has one. Pure; build once, reuse.
 */
export function buildKnowledgeIndex(knowledge: Knowledge): KnowledgeIndex {
  const languages = {} as Record<Language, LanguageIndex>;
  for (const language of LANGUAGES)
    languages[language] = new LanguageIndexBuilder(knowledge, language).build();
  return {
    knowledge,
    version: knowledge.version,
    byId: new Map(knowledge.sections.map((s) => [s.id, s])),
    languages,
    model: knowledge.model ? compileSectionModel(knowledge.model) : null,
  };
}
