import { foldDiacritics } from '../../language/tokenize.js';

/**
 * A Unicode pattern over the lower-case question. Patterns and questions are matched without
 * diacritics ("uber", "sager"): people often type without them, and with the letters folded to
 * a–z the plain `\b` marks word boundaries in all four languages (and is fast).
 */
export const re = (source: string): RegExp => new RegExp(foldDiacritics(source), 'u');

/**
 * A pattern that holds when every part is somewhere in the sentence, in any order: "if you
 * delete my data" + "the companies you shared it with" + "do you tell".
 */
export const all = (...parts: string[]): RegExp => re(`^${parts.map((p) => `(?=.*(?:${p}))`).join('')}`);

/** A sentence shape that points at a section where no single word does. */
export interface QuestionCue {
  pattern: RegExp;
  section: string;
  /** The cue does not hold when this matches too ("…about me *if I subscribe*" asks about §4.3). */
  unless?: RegExp;
  /**
   * +1 points at the section, −1 away from it ("*my* phone number" is not the company's), +2 for
   * a shape of three parts that leaves no doubt ("if you delete it, do you tell the companies?"),
   * −2 where a shape rules a section out against strong topic words ("*no* customer account").
   */
  weight?: 2 | 1 | -1 | -2;
}

/** The sentence shapes of one language: cues for sections, and customer-service shapes. */
export interface LanguageCues {
  cues: readonly QuestionCue[];
  /**
   * Customer-service requests no single word gives away: "I forgot my password", "do these run
   * small?". Each sentence that matches counts as one off-topic word.
   */
  offTopic: readonly RegExp[];
}
