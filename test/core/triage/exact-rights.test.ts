import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

/**
 * The right set of rights, not only "a request": extra or missing types seen on independent
 * tickets (access added to breach reports, questions added to requests, objection or erasure for
 * "take me off every list", access or portability for a file, rectification with restriction).
 * Sentences written for these tests.
 */
type Case = [Language, string, TriageType[]];
const FAMILIES: Record<string, Case[]> = {
  'off every list is an objection, not an erasure': [
    ['en', 'Please remove me from all your mailing lists and texts.', ['objection']],
    ['nl', 'Haal me van al jullie lijsten af, ik wil niks meer ontvangen.', ['objection']],
    ['sv', 'Ta bort mig från alla era listor, jag vill inte få något mer.', ['objection']],
    ['de', 'Nehmt mich von all euren Listen, ich will nichts mehr bekommen.', ['objection']],
  ],
  'what an erasure covers is part of it': [
    ['en', 'Please delete my account. Will my order history be deleted as well?', ['erasure']],
    ['nl', 'Verwijder mijn account. Worden mijn bestellingen dan ook gewist?', ['erasure']],
    ['sv', 'Radera mitt konto. Raderas mina köp också då?', ['erasure']],
    ['de', 'Bitte löscht mein Konto. Werden meine Bestellungen dann auch gelöscht?', ['erasure']],
  ],
  'a file to take away is portability; a copy to read is access': [
    ['en', 'Can I download a copy of all my data?', ['portability']],
    ['en', 'Please send me a PDF with all data you have about me.', ['access']],
    ['de', 'Schicken Sie mir bitte eine Kopie aller Daten, die Sie über mich haben.', ['access']],
  ],
  'a correction, and no use until it is made': [
    [
      'en',
      'My surname is misspelled in my account, please fix it. Until then please do not use my data for anything.',
      ['rectification', 'restriction'],
    ],
    [
      'nl',
      'Mijn achternaam staat fout in mijn account, graag aanpassen. Tot die tijd mogen jullie mijn gegevens nergens voor gebruiken.',
      ['rectification', 'restriction'],
    ],
    [
      'sv',
      'Mitt efternamn är felstavat i kontot, rätta det. Tills dess får ni inte använda mina uppgifter till något.',
      ['rectification', 'restriction'],
    ],
    [
      'de',
      'Mein Nachname ist im Konto falsch geschrieben, bitte korrigieren. Bis dahin dürft ihr meine Daten für nichts verwenden.',
      ['rectification', 'restriction'],
    ],
  ],
  'stopping the processing restricts it, it erases nothing': [
    [
      'en',
      'Please stop the processing of my data temporarily until my complaint is handled.',
      ['restriction'],
    ],
    [
      'nl',
      'Wilt u de verwerking van mijn gegevens tijdelijk stopzetten tot mijn klacht is behandeld?',
      ['restriction'],
    ],
    [
      'sv',
      'Kan ni stoppa behandlingen av mina uppgifter tillfälligt tills klagomålet är utrett?',
      ['restriction'],
    ],
    [
      'de',
      'Bitte stellen Sie die Verarbeitung meiner Daten vorübergehend ein, bis die Beschwerde geklärt ist.',
      ['restriction'],
    ],
  ],
  'a restriction and an unsubscribe asked in one sentence are two requests': [
    [
      'en',
      'Please restrict the processing of my data and stop sending me newsletters.',
      ['restriction', 'objection'],
    ],
    [
      'nl',
      'Beperk de verwerking van mijn gegevens en stuur me geen nieuwsbrieven meer.',
      ['restriction', 'objection'],
    ],
    [
      'sv',
      'Begränsa behandlingen av mina uppgifter och sluta skicka nyhetsbrev till mig.',
      ['restriction', 'objection'],
    ],
    [
      'de',
      'Bitte schränkt die Verarbeitung meiner Daten ein und hört auf, mir Newsletter zu schicken.',
      ['restriction', 'objection'],
    ],
  ],
  'a breach report and a request of its own': [
    [
      'en',
      'I got a mail meant for someone else with their address. Please also tell me what data you hold about me.',
      ['access', 'breach'],
    ],
  ],
  'an unsubscribe and a question about selling data': [
    [
      'en',
      'Unsubscribe me from the newsletter. Do you sell my e-mail address to other companies?',
      ['objection', 'question'],
    ],
    [
      'nl',
      'Schrijf me uit voor de nieuwsbrief. Verkopen jullie mijn e-mailadres aan andere bedrijven?',
      ['objection', 'question'],
    ],
  ],
};

describe('the right set of rights', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    it.each(cases)(`${family} (%s): %s`, (language, text, types) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.types).toEqual(types);
    });
  }
});
