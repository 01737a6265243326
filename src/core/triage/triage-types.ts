import type { Language } from '../language/languages.js';
import { REQUEST_TYPES, type RequestType } from '../tasks/task.js';
import type { LearnedModel } from './learned/learned-model.js';

/** What triage can find in a ticket: the rights asked for, a breach report, or a privacy question. */
export const TRIAGE_TYPES = [...REQUEST_TYPES, 'question'] as const;
export type TriageType = RequestType | 'question';

/** The parts of a ticket that triage reads. */
export interface TicketText {
  subject: string;
  description: string;
  /** The requester's own address is never returned as a reference. */
  requester?: { email?: string | null; name?: string | null } | null;
  createdAt?: string;
}

export interface TriageEvidence {
  type: TriageType;
  /** The cue words and a few words around them, personal data redacted: for an internal note. */
  phrase: string;
}

export interface Triage {
  language: Language;
  /** True when any type other than `question` was found. */
  privacy: boolean;
  /** In the order of `TRIAGE_TYPES`. */
  types: TriageType[];
  /** Confidence in the verdict (privacy or not), 0..1. */
  confidence: number;
  evidence: TriageEvidence[];
  /** What helps fulfil the request; empty when there is no request. */
  references: { orderNumbers: string[]; emails: string[] };
}

export interface TriageOptions {
  /** Used when the text gives no evidence for any of the four languages. */
  fallbackLanguage: Language;
  /**
   * The learned component, consulted only when the rules find no request: the bundled model when
   * left out, none with `null` (the rules alone, for measuring what the model adds).
   */
  model?: LearnedModel | null;
}
