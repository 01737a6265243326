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
  'breach: a scam message that contained my name and my order details (contained, with, listed)': [
    [
      'en',
      'Yesterday a fake Caliroots email arrived with my name and my order number in it. How did they get that?',
      ['breach'],
    ],
    [
      'en',
      'The phishing mail contained my full name and the details of my most recent order. How do they know this?',
      ['breach'],
    ],
    [
      'nl',
      'Er kwam een nepmail binnen met mijn adres en mijn ordernummer erin. Hoe komen ze daaraan?',
      ['breach'],
    ],
    [
      'nl',
      'In de phishingmail stonden mijn naam en wat ik vorige maand bij jullie besteld had. Hoe weten ze dat?',
      ['breach'],
    ],
    [
      'sv',
      'Jag fick ett bluffmejl i ert namn med mitt namn och mitt ordernummer. Hur vet de det?',
      ['breach'],
    ],
    [
      'sv',
      'I nätfiskemejlet stod min adress och detaljerna om min senaste beställning. Hur har de fått tag på det?',
      ['breach'],
    ],
    [
      'de',
      'Eine gefälschte Mail nannte meine Adresse und was ich letzte Woche bei euch bestellt habe. Woher haben die das?',
      ['breach'],
    ],
    [
      'de',
      'Ich habe eine Phishing-Mail im Namen von Caliroots bekommen, mit meinem Namen und meiner Bestellnummer. Woher wissen die das?',
      ['breach'],
    ],
  ],
  'breach, not access: "where did they get my data?" about such a scam message': [
    [
      'en',
      'A scam text listed my address and my order number from last week. Where did they get my data?',
      ['breach'],
    ],
    [
      'nl',
      'Een nepmail noemde mijn naam en mijn bestelnummer. Waar hebben ze mijn gegevens vandaan?',
      ['breach'],
    ],
    [
      'sv',
      'Ett falskt sms innehöll mitt namn och min senaste order. Var har de fått mina uppgifter ifrån?',
      ['breach'],
    ],
    [
      'de',
      'Eine Fake-Mail enthielt meinen Namen und meine letzte Bestellung. Woher haben die meine Daten?',
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
    [
      'en',
      'I received a scam email claiming to be from Caliroots and it contained my full name and the details of my recent order. How do they know this?',
      ['breach'],
    ],
    [
      'nl',
      'Ik kreeg een phishingmail namens Caliroots met mijn naam en mijn ordernummer en wat ik besteld had. Hoe komen ze daaraan?',
      ['breach'],
    ],
    [
      'en',
      'I received a phishing email from Caliroots that included my name and my order number. Where did they get my data?',
      ['breach'],
    ],
  ],
};

/** Hard negatives: nothing shows that our data is out. */
const NOT_A_BREACH: Case[] = [
  ['en', 'I got a phishing mail pretending to be Caliroots that asks for my card details. Is it real?', []],
  ['nl', 'Ik kreeg een nepmail namens jullie over een pakket dat vastzit, maar ik heb niets besteld.', []],
  ['sv', 'Fick ett bluffsms i ert namn om en tullavgift för min order. Är det äkta?', []],
  ['de', 'Ich habe eine Betrugsmail in eurem Namen bekommen, die nach meinen Kartendaten fragt.', []],
  // A scam message with a link about "my order" shows nothing that only we hold.
  ['en', 'I got a scam email with a link to track my order. Is this really from you?', []],
  ['nl', 'Ik kreeg een nepmail met een link om mijn bestelling te volgen. Is die echt van jullie?', []],
  ['sv', 'Jag fick ett bluffmejl med en länk för att spåra min beställning. Är det äkta?', []],
  ['de', 'Ich habe eine Fake-Mail mit einem Link zu meiner Bestellung bekommen. Ist das echt?', []],
  ['en', 'A fake email said that my order is on hold and asked me to pay a fee. Is this real?', []],
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
