import type { Language } from '../../language/languages.js';
import type { Section } from '../knowledge-schema.js';
import { publicSectionId } from '../public-section-id.js';
import type { TextRanking } from '../rank-policy-text.js';
import { combineEvidence, type Evidence } from './combine-evidence.js';
import { questionFeatures } from './question-features.js';
import { questionFraming } from './question-framing.js';
import { asksMechanics } from './question-mechanics.js';
import { predictSections, type SectionModel } from './section-model.js';

/** A word's learned weight for a section at least this: the examples tie the word to the section. */
const LEARNED_ASSOCIATION = 0.3;

/**
 * Per public section, the share of the question's key words it speaks to: words its passages use
 * (title, hints, text) or words the learned model ties to it ("remove" to §11, though §11.3 says
 * "erase"). A section that shares only the topic word ("how often does the newsletter come?" and
 * §4.3) covers little of the question. 1 for a question without key words.
 */
function keyCoverage(
  model: SectionModel,
  text: TextRanking,
  classOf: (passage: string) => number | undefined,
): number[] {
  const keyWords = text.analyzed.keyWords;
  const K = model.bias.length;
  const found = model.sections.map(() => keyWords.map(() => false));
  for (const [id, used] of text.keyWordsUsed) {
    const c = classOf(id);
    if (c === undefined) continue;
    used.forEach((u, w) => {
      if (u) (found[c] as boolean[])[w] = true;
    });
  }
  keyWords.forEach(({ term }, w) => {
    const row = model.rows.get(`u:${term}`);
    if (row === undefined) return;
    for (let c = 0; c < model.sections.length; c++)
      if ((model.weights[row * K + c] as number) >= LEARNED_ASSOCIATION) (found[c] as boolean[])[w] = true;
  });
  return found.map((f) => (f.length === 0 ? 1 : f.filter(Boolean).length / f.length));
}

/** The learned model's and the text ranking's evidence for one question, per public section. */
export function gatherEvidence(
  model: SectionModel,
  byId: ReadonlyMap<string, Section>,
  question: string,
  language: Language,
  text: TextRanking,
): Evidence {
  const position = new Map(model.sections.map((id, i) => [id, i]));
  const classOf = (passage: string) => {
    const section = byId.get(passage);
    return position.get(section ? publicSectionId(section) : passage);
  };
  const sectionScores = new Array<number>(model.sections.length).fill(0);
  for (const r of text.ranked) {
    const c = classOf(r.id);
    if (c !== undefined && r.score > (sectionScores[c] as number)) sectionScores[c] = r.score;
  }
  const sectionCoverage = new Array<number>(model.sections.length).fill(0);
  const sectionKeyCoverage = keyCoverage(model, text, classOf);
  for (const r of text.ranked) {
    const c = classOf(r.id);
    if (c === undefined) continue;
    sectionCoverage[c] = Math.max(sectionCoverage[c] as number, r.coverage);
  }
  const cues = new Array<number>(model.sections.length).fill(0);
  for (const cue of text.analyzed.cues) {
    const c = classOf(cue.section);
    if (c !== undefined) cues[c] = (cues[c] as number) + cue.weight;
  }
  return {
    probabilities: predictSections(model, questionFeatures(question, language, text.notCovered)),
    sectionScores,
    cues,
    verdict: text.verdict,
    offTopic: text.analyzed.offTopic,
    privacy: text.analyzed.privacy,
    topScore: text.ranked[0]?.score ?? 0,
    topCoverage: text.ranked[0]?.coverage ?? 0,
    framing: questionFraming(question, language),
    sectionCoverage,
    sectionKeyCoverage,
    unknownShare: text.unknownShare,
    privacyWords: text.privacyWords,
    notCovered: text.notCovered.length,
    mechanics: asksMechanics(question, language),
  };
}

export interface ModelDecision {
  answered: boolean;
  /** Public section ids, best first (up to five). */
  sections: string[];
  /** The passages behind them, best first (up to five): a section's passages in text-ranking order. */
  passages: string[];
  /** The combined probability that the question is out of scope. */
  outOfScope: number;
}

const SHOWN = 5;

/**
 * Ranks the public sections by the learned model and the text ranking together and decides
 * whether to abstain. The passage answered from is the chosen section's best passage by the
 * text (`11.3` within §11), or the section itself when none of its words matched.
 */
export function decideWithModel(
  model: SectionModel,
  byId: ReadonlyMap<string, Section>,
  question: string,
  language: Language,
  text: TextRanking,
): ModelDecision {
  const combined = combineEvidence(model.combiner, gatherEvidence(model, byId, question, language, text));
  const sections = combined.order.slice(0, SHOWN).map((c) => model.sections[c] as string);
  const passages: string[] = [];
  for (const id of sections) {
    const own = text.ranked.filter((r) => {
      const section = byId.get(r.id);
      return section !== undefined && publicSectionId(section) === id;
    });
    passages.push(...(own.length > 0 ? own.map((r) => r.id) : [id]));
  }
  return {
    answered: combined.outOfScope < model.combiner.threshold,
    sections,
    passages: passages.slice(0, SHOWN),
    outOfScope: combined.outOfScope,
  };
}
