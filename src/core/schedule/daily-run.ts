import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import { localDateOf, parseLocalInstant } from '../deadlines/local-time.js';
import { isWorkingDay } from '../deadlines/working-days.js';

/** The instant of a wall-clock `time` (HH:MM) on a local date in the calendar's zone (DST-safe). */
export function atLocalTime(date: string, time: string, calendar: DeadlineCalendar): string {
  return parseLocalInstant(`${date}T${time}`, calendar.timeZone).instant;
}

export interface DailyRun {
  /** Local time (HH:MM) from which the run is due. */
  time: string;
  /** Only Monday to Friday, public holidays excluded (the digest); otherwise every day (the purge). */
  workingDaysOnly: boolean;
}

/**
 * Whether a once-a-day job is due at `now`: today (local) qualifies, its time has come, and it has
 * not run today (`lastDate`, the local date of the last run). Catch-up rule: a run missed at its time
 * (the bot was down) happens late on the same day; a day missed entirely is not made up.
 */
export function isDailyRunDue(
  now: string,
  lastDate: string | null,
  run: DailyRun,
  calendar: DeadlineCalendar,
): boolean {
  const today = localDateOf(now, calendar.timeZone);
  if (lastDate !== null && lastDate >= today) return false;
  if (run.workingDaysOnly && !isWorkingDay(today, calendar)) return false;
  return now >= atLocalTime(today, run.time, calendar);
}
