import { looseTerm, splitWords, termOf } from '../language/analyze-text.js';
import type { Language } from '../language/languages.js';
import { isStopWord } from '../language/stop-words.js';
import { foldDiacritics } from '../language/tokenize.js';
import { phraseKey } from './build-knowledge-index.js';
import type { LanguageIndex } from './knowledge-index.js';
import { countOffTopicShapes, cueSections } from './question-cues.js';
import { compoundHead, splitCompound } from './split-compound.js';

/** A search term of the question; corrected or split words weigh less than words as written. */
export interface QueryTerm {
  term: string;
  weight: number;
}

export interface AnalyzedQuestion {
  terms: QueryTerm[];
  /** Sections the sentence shape points at (+1) or away from (−1), see `question-cues.ts`. */
  cues: Array<{ section: string; weight: number }>;
  /** Content words the policy does not know, even after typo correction and compound splitting. */
  unknown: string[];
  /** Words that are not function words: the denominator for the share of unknown words. */
  contentWords: number;
  /** Evidence that this is a customer-service question: order, delivery, size, return, discount, price, weather words count 2. */
  offTopic: number;
  /** Privacy evidence per word: hint and title words count 1, general privacy words 2. */
  privacy: number;
  /**
   * The question's key words, each as the terms it stands for (none for a word the policy does not
   * know) and its own stem (`term`): content words other than question words, general privacy
   * words ("data", "gegevens"), fillers and words most sections use. What a section has to speak
   * to, beyond its topic, to answer.
   */
  keyWords: Array<{ term: string; terms: string[] }>;
}

const RECOVERED = 0.8;
const COMPOUNDING: ReadonlySet<Language> = new Set(['nl', 'de', 'sv']);
/** An order, size or delivery word outweighs one privacy hint word ("how long does delivery take"). */
const OFF_TOPIC_WEIGHT = 2;
/** A customer-service sentence shape ("I forgot my password") outweighs the privacy words in it ("password", "mail"). */
const OFF_TOPIC_SHAPE_WEIGHT = 3;
/** Question words say what kind of answer is wanted, but the topic comes from the other words. */
const QUESTION_WORD = 0.5;
const QUESTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['who', 'why', 'whom']),
  nl: new Set(['wie', 'waarom', 'waarvoor']),
  sv: new Set(['vem', 'varfor', 'vilka']),
  de: new Set(['wer', 'warum', 'wozu', 'wofur', 'wen', 'wem']),
};
const isQuestionWord = (word: string, language: Language) => QUESTION_WORDS[language].has(word);
/** A term with an idf below this is in a third or more of the sections: it says little about the topic. */
const GENERIC_IDF = 1.2;

/** A known term for an inflection the stemmer left alone ("löscht" → "losch", "bestel" → "bestell"). */
function matchInflection(term: string, index: LanguageIndex): string | null {
  if (term.length < 4) return null;
  const longer = index.truncated.get(term);
  if (longer) return longer;
  // Dutch and German verb endings Snowball leaves: "berichtigt" is "berichtigen".
  const loose = looseTerm(term, index.language);
  if (loose !== term && index.idf.has(loose)) return loose;
  for (const cut of [1, 2]) {
    const shorter = term.slice(0, -cut);
    if (shorter.length >= 4 && index.idf.has(shorter)) return shorter;
  }
  // Dutch diminutives: "sms'jes", "mailtje", "briefjes" are "sms", "mail", "brief".
  const diminutive =
    index.language === 'nl' ? /^(\p{L}{3,}?)(?:tjes|jes|tje|je)$/u.exec(term)?.[1] : undefined;
  if (diminutive && index.idf.has(diminutive)) return diminutive;
  return null;
}

/** The terms of the two parts of a known compound, or none. */
function knownParts(word: string, index: LanguageIndex): string[] {
  if (!COMPOUNDING.has(index.language) || word.length < 9) return [];
  const isKnown = (part: string) => part.length >= 4 && index.words.has(part);
  const parts = splitCompound(word, isKnown);
  return parts ? parts.map((p) => index.words.get(p) as string) : [];
}

/** What an unknown word stands for: its terms, and the policy word it misspells, if that is what it is. */
interface RecoveredWord {
  terms: string[];
  misspelt: string | null;
}

/** The terms an unknown word stands for, or null when nothing in the policy resembles it. */
function recoverWord(word: string, term: string, index: LanguageIndex): RecoveredWord | null {
  const inflected = matchInflection(term, index);
  if (inflected) return { terms: [inflected], misspelt: null };
  // One slip in a known word ("peroonsgegevens") before reading it as a compound of other words.
  const near = index.typos.correct(word, { near: true });
  const nearTerm = near === null ? undefined : index.words.get(near);
  if (near !== null && nearTerm) return { terms: [nearTerm], misspelt: near };
  const isKnown = (part: string) =>
    part.length >= 3 && (index.words.has(part) || index.idf.has(termOf(part, index.language)));
  const parts = splitCompound(word, isKnown);
  if (parts)
    return { terms: parts.map((p) => index.words.get(p) ?? termOf(p, index.language)), misspelt: null };
  // The last part of a compound carries its meaning: "integritetsrättigheter" is about rights.
  const head = compoundHead(word, isKnown);
  if (head) return { terms: [index.words.get(head) ?? termOf(head, index.language)], misspelt: null };
  const corrected = index.typos.correct(word);
  const correctedTerm = corrected === null ? undefined : index.words.get(corrected);
  return corrected !== null && correctedTerm ? { terms: [correctedTerm], misspelt: corrected } : null;
}

/**
 * Dutch and German split verbs around the object: "pas mijn adres aan" is "aanpassen", "gebt
 * meine Daten weiter" is "weitergeben". These particles, joined to an earlier word, can form a
 * verb the policy knows.
 */
const PARTICLES: Partial<Record<Language, ReadonlySet<string>>> = {
  nl: new Set([
    'aan',
    'af',
    'door',
    'in',
    'mee',
    'na',
    'op',
    'over',
    'toe',
    'uit',
    'weg',
    'terug',
    'bij',
    'vast',
  ]),
  de: new Set([
    'an',
    'ab',
    'auf',
    'aus',
    'bei',
    'ein',
    'mit',
    'nach',
    'vor',
    'weg',
    'weiter',
    'zu',
    'zurück',
    'fest',
    'her',
  ]),
};

function joinSeparableVerbs(words: readonly string[], index: LanguageIndex): string[] {
  const particles = PARTICLES[index.language];
  if (!particles) return [];
  const found: string[] = [];
  words.forEach((particle, j) => {
    if (!particles.has(particle)) return;
    for (const word of words.slice(Math.max(0, j - 6), j)) {
      if (word.length < 2 || particles.has(word)) continue;
      const joined = termOf(particle + word, index.language);
      const known = index.idf.has(joined) ? joined : matchInflection(joined, index);
      if (known) found.push(known);
    }
  });
  return found;
}

/** The question with its misspelt words replaced by the policy words they meant. */
function correctText(question: string, corrections: ReadonlyMap<string, string>): string {
  if (corrections.size === 0) return question;
  return question.replace(/[\p{L}\p{N}]+/gu, (word) => corrections.get(word.toLowerCase()) ?? word);
}

/** One content word of the question and what it says about scope. */
interface ScopeWord {
  term: string;
  offTopic: boolean;
  /** A product or brand: context, not a customer-service request by itself. */
  context: boolean;
  privacy: number;
}

/**
 * Turns a question into weighted search terms for one language: stems, typo correction,
 * inflections and compound splitting, phrase terms for multi-word hints, cue words from the
 * sentence shape; and weighs the evidence for and against it being a privacy question.
 */
export function analyzeQuestion(question: string, index: LanguageIndex): AnalyzedQuestion {
  const { language } = index;
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (index.idf.has(term)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  };
  const sequence: string[] = [];
  /** Misspelt words and what they meant, so that sentence shapes still match ("processng"). */
  const corrections = new Map<string, string>();
  const unknown: string[] = [];
  const scope: ScopeWord[] = [];
  const keyWords: Array<{ term: string; terms: string[] }> = [];
  const lexicon = index.scope();
  for (const raw of splitWords(question)) {
    const word = foldDiacritics(raw);
    const term = termOf(raw, language);
    if (isStopWord(raw, language)) {
      sequence.push(term);
      continue;
    }
    const offTopic =
      // A word written with diacritics is off-topic only as written: "zählen" is not "zahlen".
      (word === raw ? lexicon.offTopic : lexicon.offTopicWritten).has(term) ||
      lexicon.offTopicWords.some((w) => word.length >= w.length + 3 && word.endsWith(w));
    const context = lexicon.context.has(term);
    // An off-topic word is what it is: "sale" must not be read as a misspelt "save".
    const recovered =
      index.idf.has(term) || /^\d+$/.test(word) || offTopic ? null : recoverWord(word, term, index);
    if (recovered?.misspelt) corrections.set(raw, recovered.misspelt);
    const terms = index.idf.has(term) ? [term] : (recovered?.terms ?? []);
    const weight = index.idf.has(term) ? (isQuestionWord(word, language) ? QUESTION_WORD : 1) : RECOVERED;
    for (const t of terms) add(t, weight);
    // A compound the policy uses once ("nieuwsbriefabonnees" in §5) also means its parts, which
    // other sections use on their own ("nieuwsbrief" is §4.3's word).
    if (index.idf.has(term)) for (const t of knownParts(word, index)) add(t, RECOVERED);
    sequence.push(...(terms.length > 0 ? terms : [term]));
    if (terms.length === 0 && !/^\d+$/.test(word)) unknown.push(word);
    const generic =
      word.length <= 2 ||
      /^\d+$/.test(word) ||
      isQuestionWord(word, language) ||
      lexicon.privacy.has(term) ||
      lexicon.generic.has(term) ||
      terms.some((t) => lexicon.privacy.has(t) || (index.idf.get(t) ?? Infinity) < GENERIC_IDF);
    if (!generic) keyWords.push({ term, terms });
    const privacy = Math.max(
      0,
      // Off-topic words are no privacy evidence even where a hint has them ("order" in §4.1).
      ...terms.map((t) =>
        lexicon.privacy.has(t) ? 2 : index.anchors.has(t) && !lexicon.offTopic.has(t) ? 1 : 0,
      ),
    );
    scope.push({ term, offTopic, context, privacy: lexicon.privacy.has(term) ? 2 : privacy });
  }
  for (const term of joinSeparableVerbs(splitWords(question), index)) add(term, RECOVERED);
  const present = new Set(weights.keys());
  const ngrams = new Set<string>();
  for (let i = 0; i < sequence.length; i++) {
    for (let n = 2; n <= 4 && i + n <= sequence.length; n++) ngrams.add(phraseKey(sequence.slice(i, i + n)));
  }
  // Words inside a matched hint phrase are privacy context: "delivery" in "the delivery company".
  const inPhrase = new Set<string>();
  for (const phrase of index.phrases) {
    const matched = phrase.adjacent ? ngrams.has(phrase.key) : phrase.terms.every((t) => present.has(t));
    if (!matched) continue;
    add(phrase.key, 1);
    for (const t of phrase.adjacent ? phrase.key.split(' ') : phrase.terms) inPhrase.add(t);
  }
  // A customer-service sentence shape ("I forgot my password") counts as one off-topic word.
  let offTopic = OFF_TOPIC_SHAPE_WEIGHT * countOffTopicShapes(question, language);
  let privacy = 0;
  for (const word of scope) {
    // A word that hints also use ("order" in "place an order") is ambiguous: it counts half.
    if (word.offTopic && !inPhrase.has(word.term))
      offTopic += index.hintWords.has(word.term) || word.context ? 1 : OFF_TOPIC_WEIGHT;
    privacy += word.privacy;
  }
  return {
    terms: [...weights].map(([term, weight]) => ({ term, weight })),
    cues: cueSections(correctText(question, corrections), language),
    unknown,
    contentWords: scope.length,
    offTopic,
    privacy,
    keyWords,
  };
}
