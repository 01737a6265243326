import { addDays, dayNumber, isCalendarDate } from './calendar-date.js';

/**
 * Wall-clock time in an IANA zone, through cached `Intl.DateTimeFormat`s: the local date of an
 * instant, and the instant of a local date-time (DST gaps and overlaps resolved like luxon does).
 */
interface ZoneInfo {
  format: Intl.DateTimeFormat;
  /** UTC offset (ms) per 15-minute block of the time line; every zone changes offset on such a boundary. */
  offsets: Map<number, number>;
}

const zones = new Map<string, ZoneInfo | null>();
const BLOCK_MS = 15 * 60_000;
const MAX_CACHED_BLOCKS = 100_000;

function zoneFor(timeZone: string): ZoneInfo | null {
  let info = zones.get(timeZone);
  if (info === undefined) {
    try {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      info = { format, offsets: new Map() };
    } catch {
      info = null;
    }
    zones.set(timeZone, info);
  }
  return info;
}

function zone(timeZone: string): ZoneInfo {
  const info = zoneFor(timeZone);
  if (!info) throw new RangeError(`unknown time zone: ${timeZone}`);
  return info;
}

export function isValidTimeZone(timeZone: string): boolean {
  return zoneFor(timeZone) !== null;
}

/** The zone's UTC offset at `ms`, read from Intl once per 15-minute block and cached. */
function offsetAt(ms: number, z: ZoneInfo): number {
  const block = Math.floor(ms / BLOCK_MS);
  let offset = z.offsets.get(block);
  if (offset === undefined) {
    const start = block * BLOCK_MS;
    const p: Record<string, number> = {};
    for (const part of z.format.formatToParts(start))
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    offset = Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second) - start;
    if (z.offsets.size >= MAX_CACHED_BLOCKS) z.offsets.clear();
    z.offsets.set(block, offset);
  }
  return offset;
}

/** The wall-clock reading of `ms` in the zone, expressed as if it were UTC milliseconds. */
function wallClock(ms: number, z: ZoneInfo): number {
  return ms + offsetAt(ms, z);
}

const HOURS_6 = 6 * 3_600_000;

/**
 * The instant at which the zone's clocks show `wall` (UTC-expressed wall time). Zones change
 * offset at most twice a year, so the offsets 6 hours either side are the only candidates. When the
 * clocks go back, the earlier instant wins (the conservative reading of a receipt); in a
 * spring-forward gap the time moves forward by the gap, as luxon does.
 */
function instantOfWall(wall: number, z: ZoneInfo): number {
  const guess = wall - offsetAt(wall, z);
  const offsets = [offsetAt(guess - HOURS_6, z), offsetAt(guess + HOURS_6, z)];
  const matches = offsets.map((o) => wall - o).filter((t) => wallClock(t, z) === wall);
  if (matches.length > 0) return Math.min(...matches);
  return wall - Math.min(...offsets);
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The years a receipt or a "now" may fall in. Before 1970 no GDPR request exists (and `Date.UTC`
 * would read 0-99 as 1900-1999); after 2999 the deadlines would leave the four-digit dates.
 */
export const SUPPORTED_YEARS = { min: 1970, max: 2999 } as const;
/** UTC offsets in use run from -12:00 to +14:00; anything beyond ±14:00 is a typo. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** A well-formed date or date-time outside `SUPPORTED_YEARS`. */
export class DateOutOfRangeError extends RangeError {
  constructor(readonly input: string) {
    super(`date out of range (years ${SUPPORTED_YEARS.min}-${SUPPORTED_YEARS.max}): ${input}`);
    this.name = 'DateOutOfRangeError';
  }
}

export interface LocalInstant {
  /** UTC ISO instant (`toISOString()` form). */
  instant: string;
  /** The local calendar date of that instant in the zone. */
  localDate: string;
}

/**
 * Reads a receipt time. A date alone means the start of that day in `timeZone`; a date-time without
 * an offset is wall-clock time in `timeZone`; one with an offset (at most ±14:00) or `Z` is that
 * instant. Throws a RangeError on anything else (including 30 February and 24:00), a
 * `DateOutOfRangeError` for a year outside `SUPPORTED_YEARS`.
 */
export function parseLocalInstant(input: string, timeZone: string): LocalInstant {
  return readInstant(input, timeZone, true);
}

/** The parser behind `parseLocalInstant`; computed dates (a due date in 3000) skip the range check. */
function readInstant(input: string, timeZone: string, inSupportedYears: boolean): LocalInstant {
  const z = zone(timeZone);
  const m = DATE_TIME.exec(input.trim());
  if (!m || !isCalendarDate(m[1] as string)) throw new RangeError(`not a date or ISO date-time: ${input}`);
  const [, date, hh = '00', mm = '00', ss = '00', frac = '', offset] = m;
  const [h, min, s] = [Number(hh), Number(mm), Number(ss)];
  if (h > 23 || min > 59 || s > 59) throw new RangeError(`not a date or ISO date-time: ${input}`);
  const year = Number((date as string).slice(0, 4));
  if (inSupportedYears && (year < SUPPORTED_YEARS.min || year > SUPPORTED_YEARS.max))
    throw new DateOutOfRangeError(input);
  // From the day number, not Date.UTC(y, …): that one maps the years 0-99 to 1900-1999.
  const wall =
    dayNumber(date as string) * 86_400_000 +
    ((h * 60 + min) * 60 + s) * 1000 +
    Number(frac.padEnd(3, '0').slice(0, 3));
  let ms: number;
  if (offset === undefined) ms = instantOfWall(wall, z);
  else if (offset === 'Z') ms = wall;
  else {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const [oh, om] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
    if (om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES)
      throw new RangeError(`not a UTC offset (at most ±14:00): ${input}`);
    ms = wall - sign * (oh * 60 + om) * 60_000;
  }
  return {
    instant: new Date(ms).toISOString(),
    localDate: localDateOf(new Date(ms).toISOString(), timeZone),
  };
}

/** The local calendar date of an instant (or of a date, returned as is) in `timeZone`. */
export function localDateOf(input: string, timeZone: string): string {
  if (input.length === 10 && isCalendarDate(input)) return input;
  const ms = Date.parse(input);
  if (Number.isNaN(ms)) return readInstant(input, timeZone, false).localDate;
  return new Date(wallClock(ms, zone(timeZone))).toISOString().slice(0, 10);
}

/** The first millisecond of `date` in `timeZone`, as a UTC ISO instant. */
export function startOfLocalDay(date: string, timeZone: string): string {
  return readInstant(date, timeZone, false).instant;
}

const dayEnds = new Map<string, string>();

/** The last millisecond of `date` in `timeZone`, as a UTC ISO instant (e.g. 2025-02-28T22:59:59.999Z). */
export function endOfLocalDay(date: string, timeZone: string): string {
  const key = `${timeZone} ${date}`;
  let end = dayEnds.get(key);
  if (end === undefined) {
    end = new Date(Date.parse(startOfLocalDay(addDays(date, 1), timeZone)) - 1).toISOString();
    if (dayEnds.size >= 50_000) dayEnds.clear();
    dayEnds.set(key, end);
  }
  return end;
}

/** Adds a duration to an instant on the time line (not the wall clock): DST-safe. */
export function addMilliseconds(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "2025-03-06 14:30": the instant's local date and time in `timeZone` (the Swedish locale prints ISO-like). */
export function localDateTime(instant: string, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}
