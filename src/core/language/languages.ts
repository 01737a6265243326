/** The languages the bot reads and writes. Anything else falls back to a configured default. */
export const LANGUAGES = ['nl', 'en', 'sv', 'de'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
