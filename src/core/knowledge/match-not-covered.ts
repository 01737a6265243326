import type { Language } from '../language/languages.js';
import { foldDiacritics } from '../language/tokenize.js';
import type { Knowledge } from './knowledge-schema.js';

type Matchers = Record<Language, Array<{ topic: string; pattern: RegExp }>>;

const compiled = new WeakMap<Knowledge['notCovered'], Matchers>();

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** "record* … call*" → words in order, a `*` word a prefix, `…` any words in between. */
function phrasePattern(phrase: string): string {
  const parts = foldDiacritics(phrase.toLowerCase())
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((part) =>
      part
        .trim()
        .split(/\s+/)
        .map((word) =>
          word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}\\p{L}*` : escapeRegExp(word),
        )
        .join('[\\s-]+'),
    );
  return `(?<![\\p{L}\\p{N}])${parts.join('(?:[^\\p{L}\\p{N}]+.*)?[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`;
}

function matchersOf(notCovered: Knowledge['notCovered']): Matchers {
  let m = compiled.get(notCovered);
  if (!m) {
    const topics = Object.entries(notCovered);
    const forLanguage = (language: Language) =>
      topics.map(([topic, phrases]) => ({
        topic,
        pattern: new RegExp(phrases[language].map(phrasePattern).join('|'), 'u'),
      }));
    m = { nl: forLanguage('nl'), en: forLanguage('en'), sv: forLanguage('sv'), de: forLanguage('de') };
    compiled.set(notCovered, m);
  }
  return m;
}

/**
 * The topics the policy does not cover (`policy.json`, `notCovered`) that the question names, on
 * its lower-case text with diacritics folded. Evidence for the out-of-scope class: "may my son of
 * 14 have an account?" shares "account" with §4.2, but the policy says nothing about children.
 */
export function matchNotCovered(knowledge: Knowledge, question: string, language: Language): string[] {
  const text = foldDiacritics(question.toLowerCase().replace(/['’]/g, ''));
  return matchersOf(knowledge.notCovered)
    [language].filter((m) => m.pattern.test(text))
    .map((m) => m.topic);
}
