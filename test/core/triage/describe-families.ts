import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

/** One sentence of a family: its language, the text, and the types triage must find. */
export type FamilyCase = [Language, string, TriageType[]];

/**
 * Runs each family's sentences through triage (the ticket's description, no subject) and expects
 * exactly their types, then expects nothing at all from the look-alikes in `none`.
 */
export function describeFamilies(
  title: string,
  families: Record<string, FamilyCase[]>,
  none: Array<[Language, string]>,
): void {
  describe(title, () => {
    for (const [family, cases] of Object.entries(families)) {
      it.each(cases)(`${family} (%s): %s`, (language, text, types) => {
        const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
        expect(result.types).toEqual(types);
      });
    }
    it.each(none)('no request and no question (%s): %s', (language, text) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.types).toEqual([]);
    });
  });
}
