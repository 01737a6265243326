import { z } from 'zod';
import type { Language } from '../language/languages.js';
import type { AnswerModelFile } from './learned/answer-model-schema.js';

/** Section ids as the policy numbers them: `8`, `4.1`, `11.3`. */
export const SECTION_ID = /^[1-9]\d?(\.[1-9]\d?)?$/;

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** One language's version of a section: what is shown, and the words that help find it. */
const sectionTextSchema = z.strictObject({
  title: nonEmpty,
  /** Paragraphs and list items in order; a list item starts with "•". Empty only for a section whose subsections carry the text. */
  text: z.array(nonEmpty),
  /** Retrieval vocabulary: synonyms and the words customers use, one word or short phrase each. */
  hints: z.array(nonEmpty.max(60, { error: 'a hint is a word or short phrase (60 characters at most)' })),
});

const translationSchema = sectionTextSchema.extend({
  /** Marks the text as a translation: the Dutch original prevails. */
  translationOf: z.literal('nl', { error: 'must be "nl": translations are of the Dutch original' }),
});

/** One file in `knowledge/policy/sections/`: a section in all four languages. */
export const sectionFileSchema = z.strictObject({
  id: z.string().regex(SECTION_ID, { error: 'must be a section number such as "8", "4.1" or "11.3"' }),
  /** True when the policy itself gives the passage no heading and the title was written by the editors. */
  editorialTitle: z.boolean().default(false),
  /**
   * True for a passage the policy does not number as a subsection of its own (the rights inside
   * §11): we retrieve it on its own, but report and cite it under its parent's id.
   */
  passage: z.boolean().default(false),
  /** The number the policy gives the passage in its parent's list (§11 numbers its first four rights 1–4). */
  listNumber: z.int().positive().optional(),
  nl: sectionTextSchema,
  en: translationSchema,
  sv: translationSchema,
  de: translationSchema,
});

/** `knowledge/policy/policy.json`: what the whole policy is called and how translations are marked. */
export const policyFileSchema = z.strictObject({
  originalLanguage: z.literal('nl'),
  /** The Dutch source document the sections were split from, relative to the policy directory. */
  source: nonEmpty,
  name: z.strictObject({ nl: nonEmpty, en: nonEmpty, sv: nonEmpty, de: nonEmpty }),
  translationNotice: z.strictObject({ en: nonEmpty, sv: nonEmpty, de: nonEmpty }),
  /**
   * Topics customers ask about near privacy that the policy does not cover at all (children and a
   * minimum age, call recording, the press, when the policy changes): per topic and language, the
   * phrases that name it (`*` ends a word's prefix, `…` stands for any words in between). Evidence
   * that a question is out of scope, weighed by the learned model, not a veto.
   */
  notCovered: z
    .record(
      z.string().regex(/^[a-z-]+$/),
      z.strictObject({
        nl: z.array(nonEmpty).min(1),
        en: z.array(nonEmpty).min(1),
        sv: z.array(nonEmpty).min(1),
        de: z.array(nonEmpty).min(1),
      }),
    )
    .default({}),
});

export type SectionFile = z.infer<typeof sectionFileSchema>;
export type PolicyFile = z.infer<typeof policyFileSchema>;

export interface SectionText {
  title: string;
  text: string[];
  hints: string[];
}

export interface Section {
  id: string;
  /** `4.1` → `4`; null for a top-level section. */
  parentId: string | null;
  editorialTitle: boolean;
  /** A retrieval unit of its parent, reported under the parent's id (see `publicSectionId`). */
  passage: boolean;
  /** The policy's own number for the passage in its parent's list, or null when it has none. */
  listNumber: number | null;
  texts: Record<Language, SectionText>;
}

/** The validated knowledge base the core works on; `version` is a content hash of the Dutch text. */
export interface Knowledge {
  version: string;
  name: Record<Language, string>;
  translationNotice: Record<Exclude<Language, 'nl'>, string>;
  /** Topics the policy does not cover, with the phrases that name them per language (`policy.json`). */
  notCovered: Record<string, Record<Language, string[]>>;
  /** In policy order: 1, 2, 3, 4, 4.1, …, 11, 11.1, …, 13. */
  sections: Section[];
  /** The learned section model (`answer-model.json`), or null: then the text ranking decides alone. */
  model: AnswerModelFile | null;
}
