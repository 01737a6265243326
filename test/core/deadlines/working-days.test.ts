import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../../src/core/deadlines/holiday-calendar.js';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
} from '../../../src/core/deadlines/working-days.js';

const SE = { country: 'SE', timeZone: 'Europe/Stockholm' } as const;
const NL = { country: 'NL', timeZone: 'Europe/Amsterdam' } as const;

describe('public holidays', () => {
  it('keeps official public holidays only', () => {
    const se = publicHolidays('SE', 2025);
    expect(se.has('2025-06-21')).toBe(true); // midsommardagen
    expect(se.has('2025-06-20')).toBe(false); // midsommarafton: bank day
    expect(se.has('2025-12-24')).toBe(false); // julafton: bank day
    expect(se.has('2025-05-29')).toBe(true); // Ascension
    const nl = publicHolidays('NL', 2026);
    expect(nl.has('2026-04-27')).toBe(true); // King's Day
    expect(nl.has('2026-04-03')).toBe(false); // Good Friday: school day in NL
    expect(nl.has('2026-05-05')).toBe(false); // Liberation Day: not every year a day off
  });
});

describe('working days', () => {
  it('knows weekends and holidays per country', () => {
    expect(isWorkingDay('2025-12-24', SE)).toBe(true);
    expect(isWorkingDay('2025-12-25', SE)).toBe(false);
    expect(isWorkingDay('2025-12-27', SE)).toBe(false);
    expect(isWorkingDay('2026-04-27', SE)).toBe(true);
    expect(isWorkingDay('2026-04-27', NL)).toBe(false);
  });

  it('takes an instant as its local date', () => {
    // 23:30 UTC on Friday 19 December is Saturday in Stockholm.
    expect(isWorkingDay('2025-12-19T23:30:00Z', SE)).toBe(false);
    expect(isWorkingDay('2025-12-19T22:30:00Z', SE)).toBe(true);
  });

  it('adds working days forwards and backwards', () => {
    expect(addWorkingDays('2025-12-19', 1, SE)).toBe('2025-12-22');
    expect(addWorkingDays('2025-12-23', 2, SE)).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-29', -2, SE)).toBe('2025-12-23');
    expect(addWorkingDays('2025-12-27', 0, SE)).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-22', 0, SE)).toBe('2025-12-22');
  });

  it('counts working days after the first date up to the second, negative when it has passed', () => {
    expect(workingDaysBetween('2025-12-19', '2025-12-22', SE)).toBe(1);
    expect(workingDaysBetween('2025-12-23', '2025-12-29', SE)).toBe(2);
    expect(workingDaysBetween('2025-12-29', '2025-12-23', SE)).toBe(-2);
    expect(workingDaysBetween('2025-12-22', '2025-12-22', SE)).toBe(0);
    expect(workingDaysBetween('2025-06-02T08:00:00Z', '2025-06-09', SE)).toBe(4); // National Day on Friday
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays('2025-12-19', 1.5, SE)).toThrow(RangeError);
  });
});
