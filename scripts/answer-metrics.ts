import { answerQuestion } from '../src/core/knowledge/answer-question.js';
import type { KnowledgeIndex } from '../src/core/knowledge/knowledge-index.js';
import { detectLanguage } from '../src/core/language/detect-language.js';
import { LANGUAGES } from '../src/core/language/languages.js';
import { pct } from './measure.js';
import { type LabelledQuestion, matchesExpected } from './read-questions.js';

export interface AnswerFigures {
  top1: number;
  top3: number;
  abstainRecall: number;
  answeredInScope: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

/**
 * Prints the figures of one labelled set, scored on public section ids (a right inside §11 is
 * `11`): top-1/top-3 per language, in-scope answered, abstention recall and precision, language
 * detection, a passage-level top-1 where questions name the right of §11 they ask about, and the
 * misses (with `showMisses`).
 */
export function evaluateAnswers(
  name: string,
  questions: readonly LabelledQuestion[],
  index: KnowledgeIndex,
  showMisses = true,
): AnswerFigures {
  const misses: string[] = [];
  const rows: string[] = [];
  const all = { n: 0, top1: 0, top3: 0, answered: 0, correct: 0 };
  const passage = { n: 0, top1: 0 };
  let outOfScope = 0;
  let abstainedOut = 0;
  let abstainedIn = 0;
  let languageRight = 0;
  for (const language of LANGUAGES) {
    const c = { n: 0, top1: 0, top3: 0, answered: 0, correct: 0 };
    for (const q of questions.filter((q) => q.language === language)) {
      if (detectLanguage(q.text, 'en') === q.language) languageRight += 1;
      const a = answerQuestion(index, q.text, { fallbackLanguage: 'en' });
      const top = `${a.answered ? 'answered' : 'abstained'} [${a.passages.slice(0, 3).join(', ')}] ${a.language} ${a.score.toFixed(1)}`;
      if (q.expected === null) {
        outOfScope += 1;
        if (!a.answered) abstainedOut += 1;
        else misses.push(`${q.id} out of scope but ${top}: ${q.text}`);
        continue;
      }
      c.n += 1;
      const top1 = matchesExpected(a.sections[0], q.expected);
      if (top1) c.top1 += 1;
      if (a.sections.slice(0, 3).some((s) => matchesExpected(s, q.expected ?? []))) c.top3 += 1;
      if (a.answered) c.answered += 1;
      else abstainedIn += 1;
      if (a.answered && top1) c.correct += 1;
      let passageMiss = false;
      if (q.passages) {
        passage.n += 1;
        if (matchesExpected(a.passages[0], q.passages)) passage.top1 += 1;
        else passageMiss = top1;
      }
      if (!top1 || !a.answered) misses.push(`${q.id} expected ${q.expected.join('|')}, ${top}: ${q.text}`);
      else if (passageMiss) misses.push(`${q.id} passage ${q.passages?.join('|')}, ${top}: ${q.text}`);
    }
    for (const key of Object.keys(all) as Array<keyof typeof all>) all[key] += c[key];
    rows.push(
      `  ${language}  n=${String(c.n).padStart(3)}  top-1 ${pct(ratio(c.top1, c.n))}  top-3 ${pct(ratio(c.top3, c.n))}  answered ${pct(ratio(c.answered, c.n))}  answered+right ${pct(ratio(c.correct, c.n))}`,
    );
  }
  const abstained = abstainedOut + abstainedIn;
  const figures = {
    top1: ratio(all.top1, all.n),
    top3: ratio(all.top3, all.n),
    abstainRecall: ratio(abstainedOut, outOfScope),
    answeredInScope: ratio(all.answered, all.n),
  };
  console.log(`\n${name}: ${questions.length} questions (${all.n} in scope, ${outOfScope} out of scope)`);
  console.log(rows.join('\n'));
  console.log(
    `  all n=${String(all.n).padStart(3)}  top-1 ${pct(figures.top1)}  top-3 ${pct(figures.top3)}  answered ${pct(figures.answeredInScope)}  answered+right ${pct(ratio(all.correct, all.n))}`,
  );
  if (passage.n > 0)
    console.log(
      `  passage level (the right of §11 asked about): top-1 ${pct(passage.top1 / passage.n)} (${passage.top1}/${passage.n})`,
    );
  console.log(
    `  abstention: recall ${pct(figures.abstainRecall)} (${abstainedOut}/${outOfScope} out-of-scope abstained), precision ${pct(abstained ? abstainedOut / abstained : 1)} (${abstainedOut}/${abstained} abstentions were out of scope)`,
  );
  console.log(
    `  language detection: ${pct(languageRight / questions.length)} (${languageRight}/${questions.length})`,
  );
  if (showMisses && misses.length > 0) console.log(`  misses:\n${misses.map((m) => `    ${m}`).join('\n')}`);
  return figures;
}
