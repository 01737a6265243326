import {
  DateOutOfRangeError,
  parseLocalInstant,
  SUPPORTED_YEARS,
} from '../../../core/deadlines/local-time.js';
import { LANGUAGES, type Language } from '../../../core/language/languages.js';
import { REQUEST_TYPES, type RequestType, TASK_STATUSES, type TaskStatus } from '../../../core/tasks/task.js';
import { type StaffText, usageError } from './staff-text.js';

export function parseType(t: StaffText, value: string | undefined): RequestType {
  if (value === undefined) throw usageError(t, 'missing', { what: '--type' });
  if (!(REQUEST_TYPES as readonly string[]).includes(value))
    throw usageError(t, 'type', { value, allowed: REQUEST_TYPES.join(', ') });
  return value as RequestType;
}

export function parseTypes(t: StaffText, value: string | undefined): RequestType[] | undefined {
  return value === undefined ? undefined : value.split(',').map((v) => parseType(t, v.trim()));
}

/** `all`, or a comma-separated list of statuses. */
export function parseStatuses(t: StaffText, value: string | undefined): TaskStatus[] | 'all' | undefined {
  if (value === undefined || value === 'all') return value;
  const statuses = value.split(',').map((v) => v.trim());
  for (const status of statuses)
    if (!(TASK_STATUSES as readonly string[]).includes(status))
      throw usageError(t, 'status', { value: status, allowed: TASK_STATUSES.join(', ') });
  return statuses as TaskStatus[];
}

/** A date or ISO date-time in the supported years, checked here so that bad input never reaches the store. */
export function parseWhen(t: StaffText, flag: string, value: string | undefined, timeZone: string): string {
  if (value === undefined) throw usageError(t, 'missing', { what: flag });
  try {
    parseLocalInstant(value, timeZone);
  } catch (error) {
    if (error instanceof DateOutOfRangeError)
      throw usageError(t, 'dateRange', { flag, value, ...SUPPORTED_YEARS });
    throw usageError(t, 'date', { flag, value });
  }
  return value;
}

export function parseLanguage(t: StaffText, value: string | undefined, fallback: Language): Language {
  if (value === undefined) return fallback;
  if (!(LANGUAGES as readonly string[]).includes(value))
    throw usageError(t, 'language', { allowed: LANGUAGES.join(', ') });
  return value as Language;
}

export function parseDays(t: StaffText, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value.trim())) throw usageError(t, 'days');
  return Number(value);
}
