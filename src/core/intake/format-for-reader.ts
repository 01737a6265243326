import { DateTime } from 'luxon';
import type { Language } from '../language/languages.js';

/** A due date (YYYY-MM-DD) written the way a reader of `language` expects, e.g. "14 March 2025". */
export function formatDate(date: string, language: Language): string {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  return parsed.isValid ? parsed.setLocale(language).toLocaleString(DateTime.DATE_FULL) : date;
}

/** An instant in the configured zone, with the time and zone, for deadlines counted in hours (breaches). */
export function formatInstant(instant: string, language: Language, timeZone: string): string {
  const parsed = DateTime.fromISO(instant, { zone: timeZone });
  return parsed.isValid
    ? parsed.setLocale(language).toLocaleString({ ...DateTime.DATETIME_FULL, timeZoneName: 'short' })
    : instant;
}

/** The name of a language in another language ("Swedish", "Zweeds"). */
export function languageName(language: Language, inLanguage: Language): string {
  return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language;
}
