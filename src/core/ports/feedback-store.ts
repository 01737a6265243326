import type { Language } from '../language/languages.js';

/**
 * One person's verdict on one policy answer ("helpful" / "not helpful"), kept to improve the
 * knowledge base. The voter is not stored: `id` is a pseudonymous key of answer and voter, so a
 * second click replaces the first vote instead of counting twice.
 */
export interface AnswerFeedback {
  id: string;
  /** The answer the vote is about (one per question asked). */
  answerId: string;
  at: string;
  helpful: boolean;
  /** False when the bot handed the question off instead of answering. */
  answered: boolean;
  language: Language;
  sectionId: string | null;
  policyVersion: string;
  /** The question with personal data redacted, or null once `expiresAt` has passed. */
  question: string | null;
  /** When the question text is erased; the vote itself stays (it identifies nobody). */
  expiresAt: string;
  /** Which door the vote came through, e.g. `slack`. */
  source: string;
}

export interface FeedbackStore {
  /** Stores a vote; a vote with the same `id` replaces the earlier one. */
  recordFeedback(feedback: AnswerFeedback): Promise<void>;
  /** Votes at or after `since`, newest first. */
  listFeedback(opts: { since?: string; limit: number }): Promise<AnswerFeedback[]>;
  /** Erases the question text of votes whose `expiresAt` is at or before `now`; returns how many. */
  eraseExpiredFeedback(now: string): Promise<number>;
}
