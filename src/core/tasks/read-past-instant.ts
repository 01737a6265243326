import { DateOutOfRangeError, parseLocalInstant, SUPPORTED_YEARS } from '../deadlines/local-time.js';
import { TaskInputError, type TaskInputErrorCode } from './task-errors.js';

/** How far a given time may lie ahead of our clock: the sender's clock may run a little fast. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Reads a date or date-time given for a task (a receipt, or the purge's "now") as a UTC instant, and
 * refuses one later than `now` plus `CLOCK_SKEW_MS`: a receipt in the future would start a wrong
 * legal deadline, a purge in the future would erase personal data too early. Throws TaskInputError.
 */
export function readPastInstant(
  value: string,
  now: string,
  timeZone: string,
  futureCode: Extract<TaskInputErrorCode, 'TASK.RECEIVED_IN_FUTURE' | 'TASK.PURGE_IN_FUTURE'>,
): string {
  let instant: string;
  try {
    instant = parseLocalInstant(value, timeZone).instant;
  } catch (error) {
    if (error instanceof DateOutOfRangeError)
      throw new TaskInputError('TASK.DATE_OUT_OF_RANGE', {
        value,
        min: String(SUPPORTED_YEARS.min),
        max: String(SUPPORTED_YEARS.max),
      });
    if (error instanceof RangeError && !/time zone/.test(error.message))
      throw new TaskInputError('TASK.INVALID_DATE', { value });
    throw error;
  }
  if (Date.parse(instant) > Date.parse(now) + CLOCK_SKEW_MS) throw new TaskInputError(futureCode, { value });
  return instant;
}
