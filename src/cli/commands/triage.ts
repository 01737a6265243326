import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { triageTicket } from '../../core/triage/triage-ticket.js';
import { type CliCommand, CliError, type CliIo } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';
import { explainTriage } from './triage/explain-triage.js';
import { describeProblems, type TicketInput, ticketInput, toTicketText } from './triage/ticket-input.js';

const USAGE =
  'privacy-assistant triage --jsonl < tickets.jsonl | privacy-assistant triage <ticket.json> [--json]';

type Text = (key: string, vars?: Record<string, unknown>) => string;

/** One verdict per input line; a bad line gets an error row and the exit code says so at the end. */
async function triageLines(io: CliIo, t: Text, fallbackLanguage: 'nl' | 'en' | 'sv' | 'de'): Promise<number> {
  let total = 0;
  let bad = 0;
  // Error rows name the input's own line number (blank lines included), so it can be found.
  let lineNo = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo += 1;
    if (line.trim() === '') continue;
    total += 1;
    let input: TicketInput;
    try {
      const parsed = ticketInput.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(describeProblems(parsed.error));
      input = parsed.data;
    } catch (error) {
      bad += 1;
      const id = /"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|\d{1,30})/.exec(line.slice(0, 10_000))?.[1];
      const row = {
        line: lineNo,
        id: id ? JSON.parse(id) : null,
        error: t('error.badLine', { line: lineNo, problems: (error as Error).message }),
      };
      io.stdout.write(`${JSON.stringify(row)}\n`);
      continue;
    }
    const triage = triageTicket(toTicketText(input), { fallbackLanguage });
    const { language, privacy, types, confidence, evidence } = triage;
    io.stdout.write(
      `${JSON.stringify({ id: input.id ?? null, language, privacy, types, confidence, evidence })}\n`,
    );
  }
  if (bad > 0) {
    io.stderr.write(`${t('error.summary', { count: bad, total })}\n`);
    return 1;
  }
  return 0;
}

function readTicketFile(t: Text, path: string): TicketInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(
      t('error.readFile', { path, reason: (error as NodeJS.ErrnoException).code ?? 'error' }),
      1,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(t('error.badJson', { path, reason: (error as Error).message }), 1);
  }
  const parsed = ticketInput.safeParse(json);
  if (!parsed.success)
    throw new CliError(t('error.badTicket', { path, problems: describeProblems(parsed.error) }), 1);
  return parsed.data;
}

/** `triage`: which privacy rights tickets ask for, as JSON lines or explained for a person. */
export const triageCommand: CliCommand = {
  name: 'triage',
  summary: 'Recognise privacy requests in tickets: JSON lines in and out, or one ticket explained',
  usage: USAGE,
  async run(args, io, app) {
    const { values, positionals } = parseFlags(
      args,
      { jsonl: { type: 'boolean' }, json: { type: 'boolean' } },
      USAGE,
    );
    const language = app.config.STAFF_LOCALE;
    const t: Text = (key, vars) => app.translate(`triage:${key}`, language, vars);
    const fallbackLanguage = app.config.DEFAULT_LANGUAGE;
    if (values.jsonl && positionals.length > 0)
      throw new CliError(`${t('error.bothModes')}\nUsage: ${USAGE}`, 2);
    if (values.jsonl) return triageLines(io, t, fallbackLanguage);
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) throw new CliError(`${t('error.noInput')}\nUsage: ${USAGE}`, 2);
    const input = readTicketFile(t, path);
    const triage = triageTicket(toTicketText(input), { fallbackLanguage });
    if (values.json) io.stdout.write(`${JSON.stringify({ id: input.id ?? null, ...triage }, null, 2)}\n`);
    else io.stdout.write(`${explainTriage(t, triage).join('\n')}\n`);
    return 0;
  },
};
