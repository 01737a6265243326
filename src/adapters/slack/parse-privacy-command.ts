import { z } from 'zod';
import { isCalendarDate } from '../../core/deadlines/calendar-date.js';
import { LANGUAGES, type Language } from '../../core/language/languages.js';
import { REQUEST_TYPES, type RequestType } from '../../core/tasks/task.js';

export type TaskScope = 'mine' | 'all' | 'overdue';

export type PrivacyCommand =
  | { kind: 'help' }
  | { kind: 'tasks'; scope: TaskScope }
  | { kind: 'new'; type: RequestType; ticketId: string; receivedAt: string | null; language: Language | null }
  | { kind: 'bad-new'; problem: 'type' | 'ticket' | 'extra'; value: string }
  | { kind: 'question'; text: string };

/** Keywords in the four staff languages; anything else after `/privacy` is a question. */
const HELP = new Set(['help', 'hulp', 'hjälp', 'hilfe', '?']);
const TASKS = new Set(['tasks', 'taken', 'uppgifter', 'aufgaben']);
const NEW = new Set(['new', 'nieuw', 'ny', 'neu']);
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

/** A ticket number, `#9001`, or a Zendesk ticket URL. */
const TICKET = /^(?:#?(\d{1,15})|https?:\/\/[^\s/]+\.zendesk\.com\/agent\/tickets\/(\d{1,15})\/?)$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const language = z.enum(LANGUAGES);

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

function parseNew(args: string[], typeOf: TypeLookup): PrivacyCommand | null {
  const [typeWord, ticketWord, ...rest] = args;
  if (!typeWord) return null;
  const type = typeOf(typeWord);
  const ticket = ticketWord ? TICKET.exec(ticketWord) : null;
  // "/privacy new rules on cookies?" is a question: only a ticket-shaped second word makes a command.
  if (!ticket) return type ? { kind: 'bad-new', problem: 'ticket', value: ticketWord ?? '' } : null;
  if (!type) return { kind: 'bad-new', problem: 'type', value: typeWord };
  let receivedAt: string | null = null;
  let lang: Language | null = null;
  for (const word of rest) {
    const asLanguage = language.safeParse(word.toLowerCase());
    if (!receivedAt && (isCalendarDate(word) || (DATE_TIME.test(word) && isCalendarDate(word.slice(0, 10)))))
      receivedAt = word;
    else if (!lang && asLanguage.success) lang = asLanguage.data;
    else return { kind: 'bad-new', problem: 'extra', value: word };
  }
  return { kind: 'new', type, ticketId: (ticket[1] ?? ticket[2]) as string, receivedAt, language: lang };
}

/**
 * Reads the text after `/privacy`: `help`, `tasks [mine|all|overdue]`, `new <type> <ticket> [date]
 * [language]`, or else a policy question. Keywords are accepted in the four staff languages.
 */
export function parsePrivacyCommand(text: string, typeOf: TypeLookup): PrivacyCommand {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  const [first, ...args] = words.map((w, i) => (i === 0 ? w.toLocaleLowerCase() : w));
  if (!first || (HELP.has(first) && args.length === 0)) return { kind: 'help' };
  if (first && TASKS.has(first) && args.length <= 1) {
    const scope = args[0] === undefined ? 'mine' : SCOPES[args[0].toLocaleLowerCase()];
    if (scope) return { kind: 'tasks', scope };
  }
  if (first && NEW.has(first)) {
    const parsed = parseNew(args, typeOf);
    if (parsed) return parsed;
  }
  return { kind: 'question', text: trimmed };
}
