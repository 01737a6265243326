import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

/**
 * Breach reports met in the second independent rounds (r2, t1), each in the four languages:
 * sentences written for these tests, not taken from any labelled or independent set.
 */
type Case = [Language, string, TriageType[]];
const FAMILIES: Record<string, Case[]> = {
  "breach: someone else's document, named without a verb of receiving": [
    ['en', "This is somebody else's invoice – full name, address and phone number.", ['breach']],
    ['nl', 'Dit is de pakbon van iemand anders, met naam, adres en telefoonnummer.', ['breach']],
    ['sv', 'Det här är någon annans följesedel, med namn, adress och telefonnummer.', ['breach']],
    ['de', 'Das ist der Lieferschein einer anderen Kundin, mit Name, Adresse und Telefonnummer.', ['breach']],
  ],
  'breach: a person named by a title or "called"': [
    [
      'en',
      'The return label I got is made out to a woman called Sarah, with her address in Leeds.',
      ['breach'],
    ],
    ['nl', 'Op de factuur staan de naam en het adres van een mevrouw uit Delft.', ['breach']],
    ['sv', 'Kvittot i lådan var till en man som heter Johan, med adress och telefonnummer.', ['breach']],
    ['de', 'Auf dem Etikett standen Name und Adresse eines Herrn aus Bremen.', ['breach']],
  ],
  "breach: another customer's order opened or read": [
    [
      'en',
      "When I clicked my order link, another customer's order opened, with her name and address.",
      ['breach'],
    ],
    [
      'nl',
      'Toen ik op de link klikte, opende de bestelling van een andere klant, met naam en adres.',
      ['breach'],
    ],
    ['sv', 'När jag klickade på länken öppnades en annan kunds order, med namn och adress.', ['breach']],
    [
      'de',
      'Beim Klick auf den Link öffnete sich die Bestellung eines anderen Kunden mit Name und Adresse.',
      ['breach'],
    ],
  ],
  'breach: a mail sent openly, other addresses in view': [
    ['en', 'Your newsletter went out with hundreds of e-mail addresses visible in the cc field.', ['breach']],
    ['nl', 'Jullie mail ging naar iedereen tegelijk: ik zie honderden e-mailadressen in de cc.', ['breach']],
    ['sv', 'Ert mejl skickades öppet – jag ser hundratals mejladresser i mottagarfältet.', ['breach']],
    ['de', 'Eure Mail ging offen raus, im CC sehe ich hunderte E-Mail-Adressen.', ['breach']],
  ],
  "breach: not meant for me, with a stranger's details": [
    [
      'en',
      'This order confirmation was not meant for me. It shows a name, an address and a phone number.',
      ['breach'],
    ],
    [
      'nl',
      'Deze orderbevestiging was niet voor mij bedoeld: er staan een naam, adres en telefoonnummer op.',
      ['breach'],
    ],
    ['sv', 'Mejlet var inte till mig. Det innehåller namn, adress och telefonnummer.', ['breach']],
    ['de', 'Die Mail war nicht für mich bestimmt. Darin stehen Name, Adresse und Telefonnummer.', ['breach']],
  ],
  'breach: worries about the same incident belong to the report': [
    [
      'en',
      "I received someone else's packing slip with his address. Could he have my details too?",
      ['breach'],
    ],
    [
      'nl',
      'Ik kreeg de pakbon van een andere klant met zijn adres. Misschien krijgt hij mijn gegevens ook wel.',
      ['breach'],
    ],
    [
      'sv',
      'Jag fick en annan kunds följesedel med hans adress. Är det här en personuppgiftsincident?',
      ['breach'],
    ],
    [
      'de',
      'Ich habe den Lieferschein eines anderen Kunden mit seiner Adresse bekommen. Ist das ein Datenleck?',
      ['breach'],
    ],
  ],
};

describe('breach families of round 2 in four languages', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    it.each(cases)(`${family} (%s): %s`, (language, text, types) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.types).toEqual(types);
      expect(result.evidence.length).toBeGreaterThan(0);
    });
  }
});
