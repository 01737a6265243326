import { addDays, weekdayOf, yearOf } from './calendar-date.js';
import { type DeadlineCalendar, publicHolidays } from './holiday-calendar.js';
import { localDateOf } from './local-time.js';

function isWorkingDate(date: string, calendar: DeadlineCalendar): boolean {
  if (weekdayOf(date) >= 6) return false;
  return !publicHolidays(calendar.country, yearOf(date)).has(date);
}

/**
 * True unless the day is a Saturday, a Sunday or an official public holiday of the calendar's
 * country. Accepts a `YYYY-MM-DD` date or an ISO instant (taken as its local date in the zone).
 */
export function isWorkingDay(dateOrInstant: string, calendar: DeadlineCalendar): boolean {
  return isWorkingDate(localDateOf(dateOrInstant, calendar.timeZone), calendar);
}

/** The date itself if it is a working day, otherwise the next working day after it. */
export function rollToWorkingDay(date: string, calendar: DeadlineCalendar): string {
  let day = date;
  while (!isWorkingDate(day, calendar)) day = addDays(day, 1);
  return day;
}

/**
 * Moves `count` working days from a date (or an instant's local date): 1 is the next working day,
 * -3 the third working day before. 0 rolls a non-working day forward to the next working day.
 */
export function addWorkingDays(dateOrInstant: string, count: number, calendar: DeadlineCalendar): string {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of days: ${count}`);
  const start = localDateOf(dateOrInstant, calendar.timeZone);
  if (count === 0) return rollToWorkingDay(start, calendar);
  const step = count > 0 ? 1 : -1;
  let day = start;
  for (let left = Math.abs(count); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDate(day, calendar)) left -= 1;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to` (so Friday → Monday is 1). Negative when `to`
 * lies before `from`: how many working days a deadline has passed. Both ends accept dates or instants.
 */
export function workingDaysBetween(from: string, to: string, calendar: DeadlineCalendar): number {
  const a = localDateOf(from, calendar.timeZone);
  const b = localDateOf(to, calendar.timeZone);
  if (a === b) return 0;
  const [low, high, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = addDays(low, 1); day <= high; day = addDays(day, 1))
    if (isWorkingDate(day, calendar)) count += 1;
  return sign * count;
}
