import type { Language } from '../language/languages.js';
import { absorbRelatedMatches } from './absorb-related-matches.js';
import { buildEvidence } from './build-evidence.js';
import { type CompiledLexicon, compileLexicon } from './compile-lexicon.js';
import { detectAccess } from './detect-access.js';
import { detectBreach } from './detect-breach.js';
import { detectErasure } from './detect-erasure.js';
import { detectObjection } from './detect-objection.js';
import { detectPortability } from './detect-portability.js';
import { detectQuestion } from './detect-question.js';
import { detectRectification } from './detect-rectification.js';
import { detectRestriction } from './detect-restriction.js';
import { detectTicketLanguage } from './detect-ticket-language.js';
import { extractReferences } from './extract-references.js';
import { bundledLearnedModel, detectLearned } from './learned/detect-learned.js';
import { LEXICONS } from './lexicons/index.js';
import { prepareTicketText } from './prepare-ticket-text.js';
import { type Match, ScanReader } from './scan-reader.js';
import { scanTicket } from './scan-ticket.js';
import {
  type TicketText,
  TRIAGE_TYPES,
  type Triage,
  type TriageOptions,
  type TriageType,
} from './triage-types.js';

const MAX_EVIDENCE = 6;
/** Confidence in a request that only the learned component saw: below any rule's. */
const LEARNED_WEIGHT = 0.3;
const compiled = new Map<string, CompiledLexicon>();

/** English is read alongside every language: customers mix in "unsubscribe", "account", "GDPR". */
function lexiconFor(languages: Language[]): CompiledLexicon {
  const key = [...new Set([...languages, 'en' as const])].sort().join('+');
  let lexicon = compiled.get(key);
  if (!lexicon) {
    lexicon = compileLexicon(key.split('+').map((l) => LEXICONS[l as Language]));
    compiled.set(key, lexicon);
  }
  return lexicon;
}

function detectAll(reader: ScanReader): Match[] {
  const requests = [
    ...detectErasure(reader),
    ...detectAccess(reader),
    ...detectRectification(reader),
    ...detectRestriction(reader),
    ...detectPortability(reader),
    ...detectObjection(reader),
    ...detectBreach(reader),
  ];
  // The last word of a request in each sentence: a question may follow it in a clause of its own.
  const requestSentences = new Map<number, number>();
  for (const m of requests) {
    const sentence = reader.tokens[m.positions[0] as number]?.sentence ?? -1;
    requestSentences.set(sentence, Math.max(requestSentences.get(sentence) ?? -1, ...m.positions));
  }
  const access = requests.some((m) => m.type === 'access');
  const breach = requests.some((m) => m.type === 'breach');
  return absorbRelatedMatches(reader, [
    ...requests,
    ...detectQuestion(reader, requestSentences, { access, breach }),
  ]);
}

/** Cue words that, left without a match, make a "not a request" verdict less certain. */
const ACTION_CUES = [
  'DELETE',
  'CLOSE',
  'UNSUB',
  'DEREGISTER',
  'OBJECT',
  'RESTRICT',
  'PORT',
  'ACCESS_REQ',
  'FORGET',
] as const;
const TOPIC_CUES = ['DATA', 'ACCOUNT', 'MARKETING', 'PRIVACY', 'OTHER_PERSON'] as const;

/**
 * How sure "no request" is: lower when the ticket uses request words that the rules set aside
 * (negated, hypothetical, about an order), lower still when it also talks about data or accounts.
 */
function confidenceInNone(reader: ScanReader): number {
  const actions = reader.inTicket(...ACTION_CUES);
  const topics = reader.inTicket(...TOPIC_CUES);
  if (actions && topics) return 0.7;
  if (actions || topics) return 0.8;
  return 0.95;
}

/** Probability that at least one of several independent cues is right. */
const combine = (weights: number[]) => 1 - weights.reduce((p, w) => p * (1 - w), 1);

/**
 * Reads a customer ticket and says which privacy rights it asks for (several may be asked at
 * once), whether it reports someone else's data (breach) or asks a privacy question, with the
 * phrases that decided it. Pure and fast: linear in the text, which is capped.
 */
export function triageTicket(ticket: TicketText, opts: TriageOptions): Triage {
  const parts = prepareTicketText(ticket.subject ?? '', ticket.description ?? '');
  const { language, runnerUp } = detectTicketLanguage(parts, opts.fallbackLanguage);
  const scan = scanTicket(parts, lexiconFor(runnerUp ? [language, runnerUp] : [language]));
  const reader = new ScanReader(scan);
  const matches = detectAll(reader);

  // The rules found no request: the learned component may still see one (a wording no family
  // covers yet); its evidence is the words that spoke most for a request.
  const model = opts.model === undefined ? bundledLearnedModel() : opts.model;
  if (model && !matches.some((m) => m.type !== 'question')) {
    const learned = detectLearned(model, scan.tokens, language);
    // "What would happen to my data if I stopped using my account?": the words the model leans on
    // stand in a sentence the rules read as a question, and a question asks for nothing.
    const asked = new Set(matches.map((m) => scan.tokens[m.positions[0] as number]?.sentence ?? -1));
    const onlyAsked = learned?.positions
      .slice(0, 2)
      .every((at) => asked.has(scan.tokens[at]?.sentence ?? -2));
    if (learned && !onlyAsked)
      matches.push(
        ...learned.positions
          .slice(0, 2)
          .map((at) => ({ type: learned.type, weight: LEARNED_WEIGHT, positions: [at] })),
      );
  }

  const byType = new Map<TriageType, Match[]>();
  for (const match of matches) byType.set(match.type, [...(byType.get(match.type) ?? []), match]);
  const types = TRIAGE_TYPES.filter((type) => byType.has(type));
  const privacy = types.some((type) => type !== 'question');

  const requestWeights = types
    .filter((t) => t !== 'question')
    .map((t) => combine(byType.get(t)!.map((m) => m.weight)));
  const confidence = privacy ? Math.max(...requestWeights) : confidenceInNone(reader);

  const evidence = types
    .flatMap((type) =>
      [...(byType.get(type) as Match[])]
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 2)
        .map((match) => ({ type, phrase: buildEvidence(scan, match.positions) })),
    )
    .filter(
      (e, i, all) =>
        e.phrase !== '' && all.findIndex((o) => o.type === e.type && o.phrase === e.phrase) === i,
    )
    .slice(0, MAX_EVIDENCE);

  const references = privacy
    ? extractReferences(`${parts.subject}\n${parts.body}`, ticket.requester?.email)
    : { orderNumbers: [], emails: [] };
  return { language, privacy, types, confidence: Math.round(confidence * 100) / 100, evidence, references };
}
