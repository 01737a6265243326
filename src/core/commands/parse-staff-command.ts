import { isCalendarDate } from '../deadlines/calendar-date.js';
import { isLanguage, type Language } from '../language/languages.js';
import { REQUEST_TYPES, type RequestType } from '../tasks/task.js';

export type TaskScope = 'mine' | 'all' | 'overdue';
export type StaffAction = 'claim' | 'verify' | 'pause' | 'resume' | 'complete' | 'show';

export type StaffCommand =
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
  | { kind: 'bad-new'; problem: 'type' | 'ticket' | 'extra' | 'date'; value: string }
  | { kind: 'action'; action: StaffAction; taskId: string }
  /** Ticks (`check`) or unticks (`uncheck`) one checklist step of a task, by the step's id. */
  | { kind: 'check'; taskId: string; item: string; done: boolean }
  /** A command keyword without what it needs: the door shows that command's usage line. */
  | { kind: 'usage'; command: 'new' | StaffAction | 'check' }
  | { kind: 'question'; text: string };

/** What a door offers beyond `help`, `tasks` and `new`; a keyword it does not offer reads as a question. */
export interface StaffCommandFeatures {
  digest?: boolean;
  quit?: boolean;
  actions?: boolean;
  /** `new <type>` without a ticket (letters, calls): the console allows it, Slack asks for the ticket. */
  newWithoutTicket?: boolean;
  /** A bare `new` or action keyword, or an action with more than a task id, gets its usage line. */
  usageLines?: boolean;
}

/** Keywords in the four staff languages. */
const HELP = new Set(['help', 'hulp', 'hjälp', 'hilfe', '?']);
const TASKS = new Set(['tasks', 'taken', 'uppgifter', 'aufgaben']);
const NEW = new Set(['new', 'nieuw', 'ny', 'neu']);
const DIGEST = new Set(['digest', 'overzicht', 'översikt', 'übersicht']);
const QUIT = new Set(['quit', 'exit', '.exit']);
const ACTIONS = new Set<StaffAction>(['claim', 'verify', 'pause', 'resume', 'complete', 'show']);
const CHECK: Record<string, boolean> = { check: true, uncheck: false };
/** A checklist step's id in a playbook, e.g. `verify-identity`. */
const ITEM_ID = /^[a-z][a-z0-9-]{0,99}$/;
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

/** A ticket number, `#9001`, or a Zendesk ticket URL (ticket numbers start at 1). */
const TICKET =
  /^(?:#?([1-9]\d{0,14})|https?:\/\/[^\s/]+\.zendesk\.com\/agent\/tickets\/([1-9]\d{0,14})\/?)$/i;

/** The Zendesk ticket number in `9001`, `#9001` or a ticket's agent URL; null for anything else. */
export function parseTicketReference(word: string): string | null {
  const match = TICKET.exec(word.trim());
  return match ? ((match[1] ?? match[2]) as string) : null;
}
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;
const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a request type by its id or its name in any staff language ("erasure", "verwijdering", "Löschung"). */
export type TypeLookup = (word: string) => RequestType | null;

/** Builds the type lookup from each type's translated names (whole name, or its first word). */
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

/** `new <type> [ticket] [date] [language]`; null when it reads like a question ("new rules on cookies?"). */
function parseNew(args: string[], typeOf: TypeLookup, withoutTicket: boolean): StaffCommand | null {
  const [typeWord, ...rest] = args;
  if (!typeWord) return null;
  const type = typeOf(typeWord);
  const ticketId = rest[0] ? parseTicketReference(rest[0]) : null;
  if (!ticketId && !withoutTicket)
    return type ? { kind: 'bad-new', problem: 'ticket', value: rest[0] ?? '' } : null;
  if (!type) return ticketId ? { kind: 'bad-new', problem: 'type', value: typeWord } : null;
  const more = ticketId ? rest.slice(1) : rest;
  let receivedAt: string | null = null;
  let language: Language | null = null;
  for (const [i, word] of more.entries()) {
    const lower = word.toLowerCase();
    if (!receivedAt && DATE_SHAPED.test(word)) {
      // "2025-02-30" is meant as a date: say so rather than "not understood".
      if (!isCalendarDate(word.slice(0, 10))) return { kind: 'bad-new', problem: 'date', value: word };
      receivedAt = word;
    } else if (!language && isLanguage(lower)) language = lower;
    else return { kind: 'bad-new', problem: ticketId || i > 0 ? 'extra' : 'ticket', value: word };
  }
  return { kind: 'new', type, ticketId, receivedAt, language };
}

/**
 * Reads a staff command — the Slack `/privacy` text or a console line: `help`, `tasks [mine|all|overdue]`,
 * `new <type> <ticket> [date] [language]`, and where the door offers them `digest`, `quit` and
 * `claim|verify|pause|resume|complete|show <task id>` and `check|uncheck <task id> <step>`; anything
 * else is a policy question.
 * Keywords are accepted in the four staff languages; a leading `/privacy` is ignored.
 */
export function parseStaffCommand(
  text: string,
  typeOf: TypeLookup,
  features: StaffCommandFeatures = {},
): StaffCommand {
  const trimmed = text.trim().replace(/^\/privacy(\s+|$)/i, '');
  const words = trimmed.split(/\s+/).filter(Boolean);
  const [first = '', ...args] = words;
  const keyword = first.toLocaleLowerCase();
  if (words.length === 0 || (HELP.has(keyword) && args.length === 0)) return { kind: 'help' };
  if (features.quit && args.length === 0 && QUIT.has(keyword)) return { kind: 'quit' };
  if (features.digest && args.length === 0 && DIGEST.has(keyword)) return { kind: 'digest' };
  if (TASKS.has(keyword) && args.length <= 1) {
    const scope = args[0] === undefined ? 'mine' : SCOPES[args[0].toLocaleLowerCase()];
    if (scope) return { kind: 'tasks', scope };
  }
  if (NEW.has(keyword)) {
    if (args.length === 0 && features.usageLines) return { kind: 'usage', command: 'new' };
    const parsed = parseNew(args, typeOf, features.newWithoutTicket === true);
    if (parsed) return parsed;
  }
  if (features.actions && keyword in CHECK) {
    const [taskId, item] = args;
    if (args.length === 2 && TASK_ID.test(taskId as string) && ITEM_ID.test(item as string))
      return {
        kind: 'check',
        taskId: (taskId as string).toLowerCase(),
        item: item as string,
        done: CHECK[keyword] as boolean,
      };
    if (features.usageLines && (args.length === 0 || TASK_ID.test(args[0] as string)))
      return { kind: 'usage', command: 'check' };
  }
  const action = keyword as StaffAction;
  if (features.actions && ACTIONS.has(action)) {
    const onTask = args[0] !== undefined && TASK_ID.test(args[0]);
    if (onTask && args.length === 1)
      return { kind: 'action', action, taskId: (args[0] as string).toLowerCase() };
    // "complete" alone or "show <id> extra" is a command gone wrong; "complete my order" is a question.
    if (features.usageLines && (args.length === 0 || onTask)) return { kind: 'usage', command: action };
  }
  return { kind: 'question', text: trimmed };
}
