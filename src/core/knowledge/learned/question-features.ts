import { splitWords, termOf } from '../../language/analyze-text.js';
import type { Language } from '../../language/languages.js';
import { isStopWord } from '../../language/stop-words.js';
import { foldDiacritics } from '../../language/tokenize.js';
import { questionFraming } from './question-framing.js';
import { asksMechanics } from './question-mechanics.js';

/**
 * Bumped whenever `questionFeatures` changes what it produces, or the evidence the combiner reads
 * (`gatherEvidence`, the sentence shapes): a model trained on other features
 * is stale (the model-freshness test compares it).
 */
export const FEATURE_VERSION = 7;

/** Character n-grams of each content word: typos, compounds and inflections still share most of them. */
const CHAR_GRAMS = [3, 4, 5] as const;

/**
 * The features the learned section model reads from a question: stemmed content words (`u:`),
 * function words (`s:`, "how" and "who" say what is asked), pairs of adjacent stems (`b:`,
 * "how long", "mijn account") and character n-grams of the content words, diacritics folded
 * (`c:`, so "loschen", "löschung" and "Datenlöschung" meet). No language prefix: words the four
 * languages share ("cookies", "newsletter", "gdpr") share their evidence. And how the question is
 * framed (`f:`, `question-framing.ts`): about the data behind a feature, about using it, or only
 * about using it, the same feature in every language. And whether it names a topic the policy does
 * not cover (`f:not-covered`, `match-not-covered.ts`), one feature for all such topics, so what the
 * model learns from children's accounts carries over to call recording; and whether it asks how
 * a feature works or who may use it (`f:mechanics`, `question-mechanics.ts`).
 */
export function questionFeatures(
  text: string,
  language: Language,
  notCovered: readonly string[] = [],
): string[] {
  const features = new Set<string>();
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    const folded = foldDiacritics(word);
    const term = termOf(word, language);
    terms.push(term);
    if (isStopWord(folded, language)) {
      features.add(`s:${term}`);
      continue;
    }
    features.add(`u:${term}`);
    if (folded.length < 3) continue;
    const padded = `<${folded}>`;
    for (const n of CHAR_GRAMS)
      for (let i = 0; i + n <= padded.length; i++) features.add(`c:${padded.slice(i, i + n)}`);
  }
  for (let i = 0; i + 1 < terms.length; i++) features.add(`b:${terms[i]}_${terms[i + 1]}`);
  const framing = questionFraming(text, language);
  for (const kind of framing) features.add(`f:${kind}`);
  if (framing.length === 1) features.add(`f:only-${framing[0]}`);
  if (notCovered.length > 0) features.add('f:not-covered');
  if (asksMechanics(text, language)) features.add('f:mechanics');
  return [...features];
}
