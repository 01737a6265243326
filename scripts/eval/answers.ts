import { loadKnowledge } from '../../src/app/load-knowledge.js';
import { answerQuestion } from '../../src/core/knowledge/answer-question.js';
import { buildKnowledgeIndex } from '../../src/core/knowledge/build-knowledge-index.js';
import type { KnowledgeIndex } from '../../src/core/knowledge/knowledge-index.js';
import { detectLanguage } from '../../src/core/language/detect-language.js';
import { LANGUAGES } from '../../src/core/language/languages.js';
import { pct } from '../measure.js';
import { type LabelledQuestion, matchesExpected, QUESTION_SETS, readQuestions } from '../read-questions.js';
import type { Suite } from '../run-suite.js';

const TARGET = { top1: 0.95, abstainRecall: 0.9, answeredInScope: 0.95 };

interface Figures {
  top1: number;
  abstainRecall: number;
  answeredInScope: number;
}

function evaluate(name: string, questions: LabelledQuestion[], index: KnowledgeIndex): Figures {
  const misses: string[] = [];
  const rows: string[] = [];
  const all = { n: 0, top1: 0, top3: 0, answered: 0, correct: 0 };
  let outOfScope = 0;
  let abstainedOut = 0;
  let abstainedIn = 0;
  let languageRight = 0;
  for (const language of LANGUAGES) {
    const set = questions.filter((q) => q.language === language);
    const c = { n: 0, top1: 0, top3: 0, answered: 0, correct: 0 };
    for (const q of set) {
      if (detectLanguage(q.text, 'en') === q.language) languageRight += 1;
      const a = answerQuestion(index, q.text, { fallbackLanguage: 'en' });
      const top = `${a.answered ? 'answered' : 'abstained'} [${a.sections.slice(0, 3).join(', ')}] ${a.language} ${a.score.toFixed(1)}`;
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
      if (!top1 || !a.answered) misses.push(`${q.id} expected ${q.expected.join('|')}, ${top}: ${q.text}`);
    }
    for (const key of Object.keys(all) as Array<keyof typeof all>) all[key] += c[key];
    rows.push(
      `  ${language}  n=${String(c.n).padStart(3)}  top-1 ${pct(c.top1 / c.n)}  top-3 ${pct(c.top3 / c.n)}  answered ${pct(c.answered / c.n)}  answered+right ${pct(c.correct / c.n)}`,
    );
  }
  const abstained = abstainedOut + abstainedIn;
  const figures = {
    top1: all.top1 / all.n,
    abstainRecall: abstainedOut / outOfScope,
    answeredInScope: all.answered / all.n,
  };
  console.log(`\n${name}: ${questions.length} questions (${all.n} in scope, ${outOfScope} out of scope)`);
  console.log(rows.join('\n'));
  console.log(
    `  all n=${String(all.n).padStart(3)}  top-1 ${pct(figures.top1)}  top-3 ${pct(all.top3 / all.n)}  answered ${pct(figures.answeredInScope)}  answered+right ${pct(all.correct / all.n)}`,
  );
  console.log(
    `  abstention: recall ${pct(figures.abstainRecall)} (${abstainedOut}/${outOfScope} out-of-scope abstained), precision ${pct(abstained ? abstainedOut / abstained : 1)} (${abstainedOut}/${abstained} abstentions were out of scope)`,
  );
  console.log(
    `  language detection: ${pct(languageRight / questions.length)} (${languageRight}/${questions.length})`,
  );
  if (misses.length > 0) console.log(`  misses:\n${misses.map((m) => `    ${m}`).join('\n')}`);
  return figures;
}

const suite: Suite = {
  title: 'Policy answers: section accuracy, abstention, language detection',
  async run() {
    const index = buildKnowledgeIndex(loadKnowledge());
    console.log(`policy version ${index.version}`);
    const dev = evaluate(
      'Tuning set (test/fixtures/questions.jsonl)',
      readQuestions(QUESTION_SETS.dev),
      index,
    );
    evaluate(
      'Held-out set, never tuned on (test/fixtures/questions.heldout.jsonl)',
      readQuestions(QUESTION_SETS.heldout),
      index,
    );
    console.log(
      `\ntargets on the tuning set: top-1 ≥ ${pct(TARGET.top1)}, out-of-scope abstained ≥ ${pct(TARGET.abstainRecall)}, in-scope answered ≥ ${pct(TARGET.answeredInScope)}`,
    );
    const ok =
      dev.top1 >= TARGET.top1 &&
      dev.abstainRecall >= TARGET.abstainRecall &&
      dev.answeredInScope >= TARGET.answeredInScope;
    return { ok };
  },
};

export default suite;
