import { isLanguage, type Language } from '../../core/language/languages.js';
import { REQUEST_TYPES, type RequestType } from '../../core/tasks/task.js';

export type TaskScope = 'mine' | 'all' | 'overdue';
export type ConsoleAction = 'claim' | 'verify' | 'pause' | 'resume' | 'complete' | 'show';

export type ConsoleCommand =
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'digest' }
  | { kind: 'tasks'; scope: TaskScope }
  | {
      kind: 'new';
      type: RequestType;
      ticketId: string | null;
      receivedAt: string | null;
      language: Language | null;
    }
  | { kind: 'bad-new'; problem: 'type' | 'ticket' | 'extra'; value: string }
  | { kind: 'action'; action: ConsoleAction; taskId: string }
  | { kind: 'question'; text: string };

/** The Slack `/privacy` keywords in the four staff languages, so the console reads the same. */
const HELP = new Set(['help', 'hulp', 'hjälp', 'hilfe', '?']);
const TASKS = new Set(['tasks', 'taken', 'uppgifter', 'aufgaben']);
const NEW = new Set(['new', 'nieuw', 'ny', 'neu']);
const DIGEST = new Set(['digest', 'overzicht', 'översikt', 'übersicht']);
const QUIT = new Set(['quit', 'exit', '.exit']);
const ACTIONS = new Set<ConsoleAction>(['claim', 'verify', 'pause', 'resume', 'complete', 'show']);
const SCOPES: Record<string, TaskScope> = {
  mine: 'mine',
  mijn: 'mine',
  mina: 'mine',
  meine: 'mine',
  all: 'all',
  alle: 'all',
  alla: 'all',
  overdue: 'overdue',
  verlopen: 'overdue',
  försenade: 'overdue',
  überfällig: 'overdue',
};

const TICKET = /^(?:#?(\d{1,15})|https?:\/\/[^\s/]+\.zendesk\.com\/agent\/tickets\/(\d{1,15})\/?)$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;
const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a request type by its id or its name in any staff language ("erasure", "verwijdering", "Löschung"). */
export type TypeLookup = (word: string) => RequestType | null;

/** Builds the type lookup from each type's translated names (the whole name, or its first word). */
export function createTypeLookup(namesOf: (type: RequestType) => readonly string[]): TypeLookup {
  const byName = new Map<string, RequestType>();
  for (const type of REQUEST_TYPES) {
    byName.set(type, type);
    for (const name of namesOf(type)) {
      const lower = name.toLocaleLowerCase();
      byName.set(lower, type);
      const first = lower.split(/\s+/)[0];
      if (first && !byName.has(first)) byName.set(first, type);
    }
  }
  return (word) => byName.get(word.toLocaleLowerCase()) ?? null;
}

/** Date-shaped; whether the date exists is checked when the task is made ("2025-02-30" gets its own message). */
function isDateWord(word: string): boolean {
  return DATE_TIME.test(word);
}

/** `new <type> [ticket] [date] [language]`; null when it reads like a question ("new rules on cookies?"). */
function parseNew(args: string[], typeOf: TypeLookup): ConsoleCommand | null {
  const [typeWord, ...rest] = args;
  if (!typeWord) return null;
  const type = typeOf(typeWord);
  const ticket = rest[0] ? TICKET.exec(rest[0]) : null;
  if (!type) return ticket ? { kind: 'bad-new', problem: 'type', value: typeWord } : null;
  const more = ticket ? rest.slice(1) : rest;
  let receivedAt: string | null = null;
  let language: Language | null = null;
  for (const word of more) {
    const lower = word.toLowerCase();
    if (!receivedAt && isDateWord(word)) receivedAt = word;
    else if (!language && isLanguage(lower)) language = lower;
    else
      return { kind: 'bad-new', problem: ticket || more.indexOf(word) > 0 ? 'extra' : 'ticket', value: word };
  }
  return {
    kind: 'new',
    type,
    ticketId: ticket ? ((ticket[1] ?? ticket[2]) as string) : null,
    receivedAt,
    language,
  };
}

/**
 * Reads one console line: the Slack `/privacy` commands (`help`, `tasks [mine|all|overdue]`,
 * `new <type> [ticket] [date] [language]`, `digest`; keywords in the four staff languages), the task
 * actions `claim|verify|pause|resume|complete|show <task id>`, `quit`, or else a policy question.
 * A leading `/privacy` is ignored, so lines copied from Slack work.
 */
export function parseConsoleCommand(line: string, typeOf: TypeLookup): ConsoleCommand {
  const text = line.trim().replace(/^\/privacy(\s+|$)/i, '');
  const words = text.split(/\s+/).filter(Boolean);
  const [first = '', ...args] = words;
  const keyword = first.toLocaleLowerCase();
  if (words.length === 0 || (HELP.has(keyword) && args.length === 0)) return { kind: 'help' };
  if (args.length === 0 && QUIT.has(keyword)) return { kind: 'quit' };
  if (args.length === 0 && DIGEST.has(keyword)) return { kind: 'digest' };
  if (TASKS.has(keyword) && args.length <= 1) {
    const scope = args[0] === undefined ? 'mine' : SCOPES[args[0].toLocaleLowerCase()];
    if (scope) return { kind: 'tasks', scope };
  }
  if (NEW.has(keyword)) {
    const parsed = parseNew(args, typeOf);
    if (parsed) return parsed;
  }
  const action = keyword as ConsoleAction;
  if (ACTIONS.has(action) && args.length === 1 && TASK_ID.test(args[0] as string))
    return { kind: 'action', action, taskId: (args[0] as string).toLowerCase() };
  return { kind: 'question', text };
}
