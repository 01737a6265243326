import type { Language } from '../language/languages.js';
import type { Knowledge, Section } from './knowledge-schema.js';
import type { SectionModel } from './learned/section-model.js';
import type { AnswerUnit } from './split-answer-units.js';
import type { TypoIndex } from './typo-index.js';

/** `phraseWords` are the single words of multi-word hints: weaker evidence than a one-word hint. */
export const FIELDS = ['title', 'hints', 'phraseWords', 'text'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldCounts = Record<Field, number>;

/** A quotable unit with the terms of the whole unit and of each list item. */
export interface IndexedUnit extends AnswerUnit {
  terms: ReadonlySet<string>;
  /** The terms in their coarser form (`looseTerm`): "bewaart" meets "bewaren". */
  looseTerms: ReadonlySet<string>;
  /** The terms of the lead-in alone ("The data we process are:"). */
  headTerms: ReadonlySet<string>;
  itemTerms: ReadonlyArray<ReadonlySet<string>>;
  /** How much of the section's hint vocabulary the unit holds, 0..1: the rule itself scores high. */
  centrality: number;
}

/** One section as a BM25F document in one language. */
export interface IndexedSection {
  id: string;
  parentId: string | null;
  /** term → occurrences per field. */
  counts: Map<string, FieldCounts>;
  length: FieldCounts;
  units: IndexedUnit[];
}

/**
 * A multi-word hint or title. With two or more content words it matches when the question has
 * all of them, in any order ("who … can see"); otherwise its words must be adjacent ("how long").
 */
export interface Phrase {
  key: string;
  terms: readonly string[];
  adjacent: boolean;
}

/** Words that mark customer-service questions, and general privacy words, as terms. */
export interface ScopeLexicon {
  offTopic: ReadonlySet<string>;
  /** The off-topic terms of words written with diacritics ("größe"): a word with diacritics is off-topic only as one of these, since "zählen" (count) is not "zahlen" (pay). */
  offTopicWritten: ReadonlySet<string>;
  /** Off-topic terms that are context rather than intent (products, brands): they count half. */
  context: ReadonlySet<string>;
  /** Off-topic words as written, to recognise them at the end of a compound ("kinderschuhe", "studentenrabatt"). */
  offTopicWords: readonly string[];
  /** General privacy words ("data", "gegevens"), which count double. */
  privacy: ReadonlySet<string>;
  /** Words that say nothing about the topic (greetings, fillers, "customer asks"). */
  generic: ReadonlySet<string>;
}

/** Everything needed to search and quote the policy in one language. */
export interface LanguageIndex {
  language: Language;
  sections: IndexedSection[];
  averageLength: FieldCounts;
  idf: Map<string, number>;
  /** Folded surface word → its term, for every word of the policy, titles and hints. */
  words: Map<string, string>;
  /** Term minus its last one or two letters → the term, so "loscht" finds "losch". */
  truncated: Map<string, string>;
  phrases: Phrase[];
  /** Typo correction over the surface words. */
  typos: TypoIndex;
  /** Terms that make a question a privacy question: hint and title words. */
  anchors: Set<string>;
  /** Every word of a title or hint, single or in a phrase ("order" in "place an order"). */
  hintWords: Set<string>;
  /** The scope lexicon, stemmed on first use (see `scope-cues.ts`). */
  scope: () => ScopeLexicon;
}

/** The searchable policy: built once per process by `buildKnowledgeIndex`, then read-only. */
export interface KnowledgeIndex {
  knowledge: Knowledge;
  version: string;
  byId: Map<string, Section>;
  languages: Record<Language, LanguageIndex>;
  /** The learned section model combined with the text ranking, or null (the text ranking alone). */
  model: SectionModel | null;
}
