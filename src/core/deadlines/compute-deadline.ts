import type { RequestType } from '../tasks/task.js';
import { addDays, addMonths } from './calendar-date.js';
import { countPausedDays, type PauseInterval } from './count-paused-days.js';
import type { DeadlineCalendar } from './holiday-calendar.js';
import { addMilliseconds, endOfLocalDay, localDateOf, parseLocalInstant } from './local-time.js';
import { addWorkingDays, rollToWorkingDay } from './working-days.js';

/** Which legal rule set the date: Art. 12(3) one month (or three when extended), Art. 21(3), Art. 33. */
export type DeadlineRule =
  | 'art12-one-month'
  | 'art12-extended-three-months'
  | 'art21-next-working-day'
  | 'art33-72-hours';

export interface DeadlineInput extends DeadlineCalendar {
  type: RequestType;
  /** When the request reached us: an ISO instant, a local date-time, or a date (start of that day). */
  receivedAt: string;
  pauses?: readonly PauseInterval[];
  /** The one Art. 12(3) extension has been taken: `due` is then the extended date. */
  extended?: boolean;
}

export interface Deadline {
  rule: DeadlineRule;
  /** The local date of receipt in the zone (the day that is not counted). */
  receivedDate: string;
  /** The receipt instant, normalised to UTC. */
  receivedAt: string;
  due: string;
  dueAt: string;
  /** Where an extension is allowed, the date it would give (or gives); otherwise null. */
  extendedDue: string | null;
  extendedDueAt: string | null;
  /** End of the first month (pauses included): the last moment to extend or to send the notice. */
  firstMonthEndsAt: string | null;
  pausedDays: number;
}

export const BREACH_HOURS = 72;

/** Types that may take the Art. 12(3) extension (not breaches, not objections to direct marketing). */
export function allowsExtension(type: RequestType): boolean {
  return type !== 'breach' && type !== 'objection';
}

/**
 * Computes when a request must be answered, per the EDPB reading of Regulation 1182/71: the day of
 * receipt is not counted; one month ends on the same date next month, or on that month's last day;
 * a Saturday, Sunday or public holiday rolls to the next working day. The extension counts three
 * months from receipt (never from a clamped date). Closed pauses push the unrolled date by the paused
 * days, then it is rolled. Breaches end exactly 72 hours after awareness (instants, DST-safe, no roll);
 * objections to direct marketing get an internal target of the next working day.
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const { timeZone } = input;
  const { instant: receivedAt, localDate: receivedDate } = parseLocalInstant(input.receivedAt, timeZone);

  if (input.type === 'breach') {
    // 72 hours on the time line, not on the wall clock: a DST change in between shifts the local hour.
    const dueAt = addMilliseconds(receivedAt, BREACH_HOURS * 3_600_000);
    return {
      rule: 'art33-72-hours',
      receivedDate,
      receivedAt,
      due: localDateOf(dueAt, timeZone),
      dueAt,
      extendedDue: null,
      extendedDueAt: null,
      firstMonthEndsAt: null,
      pausedDays: 0,
    };
  }

  const pausedDays = countPausedDays(input.pauses ?? [], timeZone, receivedDate);
  const shiftAndRoll = (months: number) =>
    rollToWorkingDay(addDays(addMonths(receivedDate, months), pausedDays), input);

  if (input.type === 'objection') {
    const due = addWorkingDays(addDays(receivedDate, pausedDays), 1, input);
    const dueAt = endOfLocalDay(due, timeZone);
    return {
      rule: 'art21-next-working-day',
      receivedDate,
      receivedAt,
      due,
      dueAt,
      extendedDue: null,
      extendedDueAt: null,
      firstMonthEndsAt: null,
      pausedDays,
    };
  }

  const firstDue = shiftAndRoll(1);
  const extendedDue = shiftAndRoll(3);
  const firstMonthEndsAt = endOfLocalDay(firstDue, timeZone);
  const extendedDueAt = endOfLocalDay(extendedDue, timeZone);
  return {
    rule: input.extended ? 'art12-extended-three-months' : 'art12-one-month',
    receivedDate,
    receivedAt,
    due: input.extended ? extendedDue : firstDue,
    dueAt: input.extended ? extendedDueAt : firstMonthEndsAt,
    extendedDue,
    extendedDueAt,
    firstMonthEndsAt,
    pausedDays,
  };
}
