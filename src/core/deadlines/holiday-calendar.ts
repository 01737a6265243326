import Holidays from 'date-holidays';

/** Countries whose public holidays the deadlines know. The controller is in Stockholm; NL is supported. */
export const COUNTRIES = ['SE', 'NL'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Where deadlines are counted: whose public holidays stop the clock, and which wall clock says "today". */
export interface DeadlineCalendar {
  country: Country;
  timeZone: string;
}

const engines = new Map<Country, Holidays>();
const byYear = new Map<string, ReadonlySet<string>>();

/**
 * The official public holidays (`types: ['public']`) of `country` in `year`, as `YYYY-MM-DD` strings.
 * Matching on the date string avoids `isHoliday(Date)` and its time-zone pitfalls; observance and bank
 * days (midsommarafton, julafton, Dutch Good Friday) are deliberately not days off here.
 */
export function publicHolidays(country: Country, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let dates = byYear.get(key);
  if (!dates) {
    let engine = engines.get(country);
    if (!engine) {
      engine = new Holidays(country, { types: ['public'] });
      engines.set(country, engine);
    }
    dates = new Set(engine.getHolidays(year).map((h) => h.date.slice(0, 10)));
    byYear.set(key, dates);
  }
  return dates;
}
