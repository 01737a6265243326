import type { Language } from '../../language/languages.js';
import type { Section } from '../knowledge-schema.js';
import { publicSectionId } from '../public-section-id.js';
import type { TextRanking } from '../rank-policy-text.js';
import { combineEvidence, type Evidence } from './combine-evidence.js';
import { questionFeatures } from './question-features.js';
import { questionFraming } from './question-framing.js';
import { predictSections, type SectionModel } from './section-model.js';

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
  const cues = new Array<number>(model.sections.length).fill(0);
  for (const cue of text.analyzed.cues) {
    const c = classOf(cue.section);
    if (c !== undefined) cues[c] = (cues[c] as number) + cue.weight;
  }
  return {
    probabilities: predictSections(model, questionFeatures(question, language)),
    sectionScores,
    cues,
    verdict: text.verdict,
    offTopic: text.analyzed.offTopic,
    privacy: text.analyzed.privacy,
    topScore: text.ranked[0]?.score ?? 0,
    topCoverage: text.ranked[0]?.coverage ?? 0,
    framing: questionFraming(question, language),
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
