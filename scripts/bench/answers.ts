import { loadKnowledge } from '../../src/app/load-knowledge.js';
import { answerQuestion } from '../../src/core/knowledge/answer-question.js';
import { buildKnowledgeIndex } from '../../src/core/knowledge/build-knowledge-index.js';
import type { KnowledgeIndex } from '../../src/core/knowledge/knowledge-index.js';
import { percentile, timeMs } from '../measure.js';
import { QUESTION_SETS, readQuestions } from '../read-questions.js';
import type { Suite } from '../run-suite.js';

const TARGET = { buildMs: 300, p99Ms: 5 };
const PASSES = 5;

const suite: Suite = {
  title: 'Policy answers: index build time, answer latency',
  async run() {
    let knowledge = loadKnowledge();
    const loadMs = timeMs(() => {
      knowledge = loadKnowledge();
    });
    let index: KnowledgeIndex | undefined;
    // The first build in a process pays for the stemmers' start-up; that is what a bot start costs.
    const firstBuildMs = timeMs(() => {
      index = buildKnowledgeIndex(knowledge);
    });
    const rebuilds = Array.from({ length: 5 }, () => timeMs(() => buildKnowledgeIndex(knowledge)));
    const questions = [...readQuestions(QUESTION_SETS.dev), ...readQuestions(QUESTION_SETS.heldout)];
    const built = index as KnowledgeIndex;
    for (const q of questions) answerQuestion(built, q.text, { fallbackLanguage: 'en' });
    const latencies: number[] = [];
    for (let pass = 0; pass < PASSES; pass++) {
      for (const q of questions) {
        latencies.push(timeMs(() => answerQuestion(built, q.text, { fallbackLanguage: 'en' })));
      }
    }
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(`knowledge files read and validated: ${loadMs.toFixed(1)} ms`);
    console.log(
      `index build: first ${firstBuildMs.toFixed(1)} ms, then median ${percentile(rebuilds, 50).toFixed(1)} ms (target < ${TARGET.buildMs} ms)`,
    );
    console.log(
      `answer latency over ${questions.length} questions × ${PASSES}: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, max ${Math.max(...latencies).toFixed(3)} ms (target p99 < ${TARGET.p99Ms} ms)`,
    );
    return { ok: firstBuildMs < TARGET.buildMs && p99 < TARGET.p99Ms };
  },
};

export default suite;
