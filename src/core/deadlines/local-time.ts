import { DateTime, IANAZone } from 'luxon';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (`YYYY-MM-DD`) as a luxon value in UTC, so that day arithmetic never meets DST. */
export function calendarDate(date: string): DateTime {
  const value = DateTime.fromISO(date, { zone: 'utc' });
  if (!DATE_ONLY.test(date) || !value.isValid) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return value;
}

export function formatDate(value: DateTime): string {
  return value.toISODate() as string;
}

/**
 * Reads a receipt time. A date alone means the start of that day in `timeZone`; a date-time without
 * an offset is wall-clock time in `timeZone`; one with an offset or `Z` is that instant.
 * Throws a RangeError on anything else.
 */
export function parseLocalInstant(input: string, timeZone: string): DateTime {
  if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  const value = DateTime.fromISO(input, { zone: timeZone });
  if (!value.isValid) throw new RangeError(`not a date or ISO date-time: ${input}`);
  return value;
}

/** The local calendar date of an instant (or of a date) in `timeZone`: received 23:30 local is that day. */
export function localDateOf(input: string, timeZone: string): string {
  if (DATE_ONLY.test(input)) return formatDate(calendarDate(input));
  return parseLocalInstant(input, timeZone).toISODate() as string;
}

/** The last millisecond of `date` in `timeZone`, as a UTC ISO instant (e.g. 2025-02-28T22:59:59.999Z). */
export function endOfLocalDay(date: string, timeZone: string): string {
  return DateTime.fromISO(date, { zone: timeZone }).endOf('day').toUTC().toISO() as string;
}

/** Normalises an instant to the `toISOString()` form that the store compares as text. */
export function toUtcIso(value: DateTime): string {
  return value.toUTC().toISO() as string;
}
