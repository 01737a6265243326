import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../../src/core/deadlines/calendar-date.js';
import {
  DateOutOfRangeError,
  endOfLocalDay,
  isValidTimeZone,
  localDateOf,
  parseLocalInstant,
} from '../../../src/core/deadlines/local-time.js';

const STOCKHOLM = 'Europe/Stockholm';

describe('local time', () => {
  it('reads dates, local date-times and instants with offsets', () => {
    expect(parseLocalInstant('2025-03-05', STOCKHOLM)).toEqual({
      instant: '2025-03-04T23:00:00.000Z',
      localDate: '2025-03-05',
    });
    expect(parseLocalInstant('2025-07-05T14:30', STOCKHOLM).instant).toBe('2025-07-05T12:30:00.000Z');
    expect(parseLocalInstant('2025-07-05T14:30:15.250', STOCKHOLM).instant).toBe('2025-07-05T12:30:15.250Z');
    expect(parseLocalInstant('2025-07-05T14:30:00Z', STOCKHOLM).localDate).toBe('2025-07-05');
    expect(parseLocalInstant('2025-07-05T23:30:00-05:00', STOCKHOLM)).toEqual({
      instant: '2025-07-06T04:30:00.000Z',
      localDate: '2025-07-06',
    });
    expect(parseLocalInstant('2025-07-05T01:00+0530', STOCKHOLM).instant).toBe('2025-07-04T19:30:00.000Z');
  });

  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-01-01T24:00',
    '2025-01-01T12:60',
    'tomorrow',
    '2025-1-1',
    '1 March 2025',
  ])('rejects %s', (input) => {
    expect(() => parseLocalInstant(input, STOCKHOLM)).toThrow(RangeError);
  });

  it.each([
    '0001-01-01',
    '0025-03-05',
    '0099-01-01T10:00',
    '1900-01-01',
    '1969-12-31',
    '3000-01-01',
    '9999-12-31',
  ])('refuses %s: outside the supported years 1970-2999, never read as another year', (input) => {
    expect(() => parseLocalInstant(input, STOCKHOLM)).toThrow(DateOutOfRangeError);
    expect(() => parseLocalInstant(input, STOCKHOLM)).toThrow(/1970.*2999/);
  });

  it('accepts the edges of the supported years', () => {
    expect(parseLocalInstant('1970-01-01', 'UTC').instant).toBe('1970-01-01T00:00:00.000Z');
    expect(parseLocalInstant('2999-12-31T23:59', 'UTC').instant).toBe('2999-12-31T23:59:00.000Z');
    expect(parseLocalInstant('2999-12-31', STOCKHOLM).localDate).toBe('2999-12-31');
  });

  it('accepts UTC offsets up to ±14:00 and no others', () => {
    expect(parseLocalInstant('2025-01-31T10:00+14:00', STOCKHOLM).instant).toBe('2025-01-30T20:00:00.000Z');
    expect(parseLocalInstant('2025-01-31T10:00-12:00', STOCKHOLM).instant).toBe('2025-01-31T22:00:00.000Z');
    for (const input of [
      '2025-01-31T10:00+25:00',
      '2025-01-31T10:00+14:30',
      '2025-01-31T10:00-15',
      '2025-01-31T10:00+05:60',
    ])
      expect(() => parseLocalInstant(input, STOCKHOLM), input).toThrow(RangeError);
  });

  it('handles the clock changes: a time in the spring gap moves forward, a repeated autumn time takes the first', () => {
    expect(parseLocalInstant('2025-03-30T02:30', STOCKHOLM).instant).toBe('2025-03-30T01:30:00.000Z'); // shown as 03:30
    expect(parseLocalInstant('2025-10-26T02:30', STOCKHOLM).instant).toBe('2025-10-26T00:30:00.000Z'); // the CEST one
    expect(endOfLocalDay('2025-03-30', STOCKHOLM)).toBe('2025-03-30T21:59:59.999Z');
    expect(endOfLocalDay('2025-10-26', STOCKHOLM)).toBe('2025-10-26T22:59:59.999Z');
    expect(endOfLocalDay('2025-03-29', STOCKHOLM)).toBe('2025-03-29T22:59:59.999Z');
  });

  it('agrees with luxon on local dates and day ends over many instants and zones', () => {
    const zones = [
      STOCKHOLM,
      'Europe/Amsterdam',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    for (let i = 0; i < 600; i += 1) {
      const ms = Date.UTC(2023, 0, 1) + ((i * 7_919_993_117) % (3 * 365 * 86_400_000));
      const instant = new Date(ms).toISOString();
      const zone = zones[i % zones.length] as string;
      const reference = DateTime.fromMillis(ms, { zone });
      expect(localDateOf(instant, zone)).toBe(reference.toISODate());
      expect(endOfLocalDay(reference.toISODate() as string, zone)).toBe(
        reference.endOf('day').toUTC().toISO(),
      );
    }
  });

  it('knows valid zones', () => {
    expect(isValidTimeZone(STOCKHOLM)).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(() => parseLocalInstant('2025-01-01', 'Europe/Atlantis')).toThrow(/time zone/);
  });
});

describe('calendar dates', () => {
  it('adds months the 1182/71 way: same date, or the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 3)).toBe('2025-04-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('calendar dates against the JavaScript calendar', () => {
  it('agrees with Date on every day from 1899 to 2101', async () => {
    const { addDays, dayNumber, fromDayNumber, weekdayOf } = await import(
      '../../../src/core/deadlines/calendar-date.js'
    );
    for (let ms = Date.UTC(1899, 0, 1); ms <= Date.UTC(2101, 11, 31); ms += 86_400_000) {
      const date = new Date(ms).toISOString().slice(0, 10);
      expect(dayNumber(date)).toBe(ms / 86_400_000);
      expect(fromDayNumber(ms / 86_400_000)).toBe(date);
      expect(weekdayOf(date)).toBe(new Date(ms).getUTCDay() || 7);
    }
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(() => dayNumber('2100-02-29')).toThrow(RangeError);
    expect(dayNumber('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
  });
});
