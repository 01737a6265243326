import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

/**
 * A breach is also a report that our customers' own personal data is out: a customer list or a
 * database dump posted publicly, "my data was leaked", a scam message that knows what the customer
 * ordered. These start the 72-hour clock like someone else's packing slip does. An ordinary
 * phishing mail in our name (no sign that our data leaked) and a general question about breaches
 * stay what they were. Sentences written for these tests, in the four languages.
 */
type Case = [Language, string, TriageType[]];
const FAMILIES: Record<string, Case[]> = {
  "breach: our customers' data posted publicly (a list, a dump)": [
    [
      'en',
      'Someone posted a dump of your customer database on a hacker forum, my address is in it.',
      ['breach'],
    ],
    [
      'nl',
      'Op een openbaar forum staat een lijst met e-mailadressen van jullie klanten, de mijne staat er ook tussen.',
      ['breach'],
    ],
    [
      'sv',
      'Någon har lagt ut en lista med era kunders mejladresser på ett öppet forum, min finns med.',
      ['breach'],
    ],
    [
      'de',
      'In einem öffentlichen Forum kursiert eine Liste mit E-Mail-Adressen eurer Kunden, meine ist dabei.',
      ['breach'],
    ],
  ],
  'breach: my own data leaked, told': [
    ['en', 'I think my personal details were leaked from your shop.', ['breach']],
    ['nl', 'Volgens mij zijn mijn gegevens bij jullie gelekt.', ['breach']],
    ['sv', 'Jag tror att mina uppgifter har läckt från er.', ['breach']],
    ['de', 'Ich glaube, meine Daten sind bei euch geleakt worden.', ['breach']],
  ],
  'breach: a scam message that knows what I ordered': [
    [
      'en',
      'I got a scam text that knew exactly what I ordered last week. How did they get that?',
      ['breach'],
    ],
    ['nl', 'Die nepmail wist precies wat ik vorige week had besteld.', ['breach']],
    ['sv', 'Bluffmejlet visste vilken beställning jag gjorde förra veckan.', ['breach']],
    ['de', 'Die Betrugsmail kannte meine letzte Bestellung mit Bestellnummer.', ['breach']],
    [
      'nl',
      'Ik kreeg een phishingmail die mijn adres en mijn laatste bestelling kende. Is er een datalek?',
      ['breach'],
    ],
  ],
  'reported by the red team': [
    [
      'en',
      'I found a list of your customers emails on a public forum, including mine… Seems like a leak.',
      ['breach'],
    ],
    ['en', 'Has there been a data breach? I got a phishing mail that knew my last order.', ['breach']],
  ],
};

/** Hard negatives: nothing shows that our data is out. */
const NOT_A_BREACH: Case[] = [
  ['en', 'I got a phishing mail pretending to be Caliroots that asks for my card details. Is it real?', []],
  ['nl', 'Ik kreeg een nepmail namens jullie over een pakket dat vastzit, maar ik heb niets besteld.', []],
  ['sv', 'Fick ett bluffsms i ert namn om en tullavgift för min order. Är det äkta?', []],
  ['de', 'Ich habe eine Betrugsmail in eurem Namen bekommen, die nach meinen Kartendaten fragt.', []],
  ['en', 'Have you ever had a data breach? And how long do you keep my data?', ['question']],
  ['nl', 'Ik las over datalekken bij webwinkels. Hoe lang bewaren jullie mijn gegevens?', ['question']],
  ['sv', 'Vad händer med mina uppgifter om ni får en dataläcka?', ['question']],
  ['de', 'Was passiert mit meinen Daten, falls es bei euch ein Datenleck gibt?', ['question']],
  ['en', "I'm worried my details could be leaked one day. How do you protect them?", ['question']],
  ['nl', 'Op een forum las ik dat jullie mijn gegevens verkopen. Klopt dat?', []],
];

describe("breach: our customers' own data exposed, in four languages", () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    it.each(cases)(`${family} (%s): %s`, (language, text, types) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.types).toEqual(types);
      expect(result.privacy).toBe(true);
      expect(result.evidence.length).toBeGreaterThan(0);
    });
  }
  it.each(NOT_A_BREACH)('no breach (%s): %s', (language, text, types) => {
    const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
    expect(result.types).toEqual(types);
    expect(result.privacy).toBe(false);
  });
});
