import type { Language } from '../language/languages.js';
import { foldDiacritics } from '../language/tokenize.js';
import type { LanguageCues } from './cues/cue-pattern.js';
import { DE_CUES } from './cues/question-cues-de.js';
import { EN_CUES } from './cues/question-cues-en.js';
import { NL_CUES } from './cues/question-cues-nl.js';
import { SV_CUES } from './cues/question-cues-sv.js';

export type { QuestionCue } from './cues/cue-pattern.js';

/**
 * Sentence shapes per language (`cues/question-cues-<language>.ts`). "Is my IP address personal
 * data?" asks for the definition (§1) although every word also fits §4; "what does processing
 * mean?" for §2; "what do you use my data for?" for the purposes (§5); "what do you have on me?"
 * for access (§11.1); "*which* data do you keep?" not for how long (away from §8); "do you tell
 * the companies when you delete it?" for §11.5. Patterns run on the lower-case question, one
 * sentence at a time; within a language the first matching cue of each section counts once.
 */
export const QUESTION_CUES: Record<Language, LanguageCues> = {
  en: EN_CUES,
  nl: NL_CUES,
  sv: SV_CUES,
  de: DE_CUES,
};

/** Lower-case sentences without quotes or diacritics, as the patterns expect them. */
const sentencesOf = (question: string) =>
  question
    .toLowerCase()
    .split(/[.!?\n]+/)
    .map((s) => foldDiacritics(s.trim().replace(/['"‘’“”„]/g, '')));

/**
 * The sections a question's shape points at. Definition of processing (§2) excludes the
 * definition of personal data (§1): "what does processing of personal data mean?" asks for §2.
 */
export function cueSections(
  question: string,
  language: Language,
): Array<{ section: string; weight: number }> {
  const sections = new Map<string, number>();
  for (const sentence of sentencesOf(question)) {
    for (const cue of QUESTION_CUES[language].cues) {
      if (cue.section === '1' && sections.has('2')) continue;
      if (sections.has(cue.section) || !cue.pattern.test(sentence) || cue.unless?.test(sentence)) continue;
      sections.set(cue.section, cue.weight ?? 1);
    }
  }
  return [...sections].map(([section, weight]) => ({ section, weight }));
}

/** How many sentences of the question have a customer-service shape ("I forgot my password"). */
export function countOffTopicShapes(question: string, language: Language): number {
  let count = 0;
  for (const sentence of sentencesOf(question)) {
    if (QUESTION_CUES[language].offTopic.some((pattern) => pattern.test(sentence))) count += 1;
  }
  return count;
}
