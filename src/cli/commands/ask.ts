import { createInterface } from 'node:readline';
import type { App } from '../../app/create-app.js';
import { answerQuestion } from '../../core/knowledge/answer-question.js';
import { getSection } from '../../core/knowledge/get-section.js';
import type { KnowledgeIndex } from '../../core/knowledge/knowledge-index.js';
import { KnowledgeError } from '../../core/knowledge/parse-knowledge.js';
import { isLanguage, LANGUAGES, type Language } from '../../core/language/languages.js';
import { type CliCommand, CliError, type CliIo } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';
import { describeProblems, questionLine, recoverId } from './ask/question-line.js';
import { answerJson, renderAnswer } from './ask/render-answer.js';

const USAGE =
  'privacy-assistant ask "<question>" [--json] [--lang nl|en|sv|de] | ask --jsonl [--lang …] < questions.jsonl | ask --section <id> [--lang …]';

type Text = (key: string, vars?: Record<string, unknown>) => string;

function openIndex(app: App): KnowledgeIndex {
  try {
    return app.knowledge();
  } catch (error) {
    // A broken knowledge file is a configuration problem: say which file and field, no stack.
    if (error instanceof KnowledgeError) throw new CliError(error.message, 78);
    throw error;
  }
}

/** One result per input line, the index built once; bad lines get an error row and a non-zero exit. */
async function answerLines(io: CliIo, app: App, t: Text, forced: Language | undefined): Promise<number> {
  const index = openIndex(app);
  const fallbackLanguage = app.config.DEFAULT_LANGUAGE;
  let total = 0;
  let bad = 0;
  // Error rows name the input's own line number (blank lines included), so it can be found.
  let lineNo = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo += 1;
    if (line.trim() === '') continue;
    total += 1;
    let parsed: ReturnType<typeof questionLine.safeParse>;
    try {
      parsed = questionLine.safeParse(JSON.parse(line));
    } catch (error) {
      bad += 1;
      io.stdout.write(
        `${JSON.stringify({ error: t('error.badLine', { line: lineNo, problems: (error as Error).message }) })}\n`,
      );
      continue;
    }
    if (!parsed.success) {
      bad += 1;
      const id = recoverId(line);
      const error = t('error.badLine', { line: lineNo, problems: describeProblems(parsed.error) });
      io.stdout.write(`${JSON.stringify(id === undefined ? { error } : { id, error })}\n`);
      continue;
    }
    const { id, text, lang } = parsed.data;
    const answer = answerQuestion(index, text, { fallbackLanguage, language: lang ?? forced });
    io.stdout.write(`${JSON.stringify({ id, ...answerJson(answer, app.translate) })}\n`);
  }
  app.logger.debug({ lines: total, failed: bad }, 'answered questions from standard input');
  if (bad > 0) {
    io.stderr.write(`${t('error.summary', { count: bad, total })}\n`);
    return 1;
  }
  return 0;
}

function showSection(io: CliIo, app: App, t: Text, id: string, language: Language): number {
  const index = openIndex(app);
  const section = getSection(index, id, language);
  if (!section) {
    const ids = index.knowledge.sections.map((s) => s.id).join(', ');
    throw new CliError(t('error.unknownSection', { id, ids }), 2);
  }
  const lines = [section.citation, '', section.text, ''];
  if (language !== 'nl')
    lines.push(section.originalCitation, index.knowledge.translationNotice[language], '');
  io.stdout.write(lines.join('\n'));
  return 0;
}

/** `ask`: answers privacy-policy questions from the knowledge base, for people or as JSON. */
export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'Answer a privacy-policy question (nl/en/sv/de) with a citation, or read questions as JSON lines',
  usage: USAGE,
  async run(args, io, app) {
    const { values, positionals } = parseFlags(
      args,
      {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        lang: { type: 'string' },
        section: { type: 'string' },
      },
      USAGE,
    );
    const t: Text = (key, vars) => app.translate(`answer:${key}`, app.config.STAFF_LOCALE, vars);
    if (values.lang !== undefined && !isLanguage(values.lang)) {
      throw new CliError(
        `${t('error.badLanguage', { languages: LANGUAGES.join(', ') })}\nUsage: ${USAGE}`,
        2,
      );
    }
    const forced = values.lang as Language | undefined;
    const question = positionals.join(' ').trim();
    const modes = [values.jsonl, question !== '', values.section !== undefined].filter(Boolean).length;
    if (modes > 1 || (values.jsonl && values.json))
      throw new CliError(`${t('error.bothModes')}\nUsage: ${USAGE}`, 2);
    if (values.section !== undefined)
      return showSection(io, app, t, values.section, forced ?? app.config.STAFF_LOCALE);
    if (values.jsonl) return answerLines(io, app, t, forced);
    if (question === '') throw new CliError(`${t('error.noQuestion')}\nUsage: ${USAGE}`, 2);
    const index = openIndex(app);
    const answer = answerQuestion(index, question, {
      fallbackLanguage: app.config.DEFAULT_LANGUAGE,
      language: forced,
    });
    app.logger.debug(
      { language: answer.language, answered: answer.answered, section: answer.sectionId },
      'answered a question',
    );
    if (values.json) {
      io.stdout.write(`${JSON.stringify(answerJson(answer, app.translate), null, 2)}\n`);
    } else {
      const notice = answer.language === 'nl' ? null : index.knowledge.translationNotice[answer.language];
      io.stdout.write(renderAnswer(answer, app.translate, notice));
    }
    return 0;
  },
};
