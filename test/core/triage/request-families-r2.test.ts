import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

/**
 * Families of wording met in the second independent rounds (r2, t1), each in the four languages:
 * sentences written for these tests, not taken from any labelled or independent set.
 */
type Case = [Language, string, TriageType[]];
const FAMILIES: Record<string, Case[]> = {
  'restriction: the uses named as examples are part of it': [
    [
      'en',
      'Until my complaint is settled, please restrict my data: keep it, but no marketing, no profiling.',
      ['restriction'],
    ],
    [
      'nl',
      'Beperk de verwerking van mijn gegevens tot de klacht is afgehandeld: geen reclame, geen profilering.',
      ['restriction'],
    ],
    [
      'sv',
      'Begränsa behandlingen av mina uppgifter tills ärendet är klart – ingen reklam, ingen profilering.',
      ['restriction'],
    ],
    [
      'de',
      'Bitte schränken Sie die Verarbeitung meiner Daten bis zur Klärung ein – keine Werbung, kein Profiling.',
      ['restriction'],
    ],
  ],
  'restriction: stop using it, every use (examples after a dash)': [
    [
      'en',
      'While you look into it, stop using that data about me – no automated decisions, nothing.',
      ['restriction'],
    ],
    ['nl', 'Zolang jullie het uitzoeken, gebruik mijn gegevens niet – geen reclame, niets.', ['restriction']],
    ['sv', 'Medan ni utreder det, använd inte mina uppgifter – ingen reklam, ingenting.', ['restriction']],
    [
      'de',
      'Solange ihr das prüft, verwendet meine Daten bitte nicht – keine Werbung, nichts.',
      ['restriction'],
    ],
  ],
  'restriction: on pause': [
    ['en', 'Please put my data on pause until the dispute is over.', ['restriction']],
    ['nl', 'Zet mijn gegevens op pauze tot het geschil voorbij is.', ['restriction']],
    ['sv', 'Lägg mina uppgifter på paus tills tvisten är löst.', ['restriction']],
    ['de', 'Bitte setzt meine Daten auf Pause, bis der Streit geklärt ist.', ['restriction']],
  ],
  'restriction: pending an objection sent before': [
    [
      'en',
      'I sent you an objection last week. Until you decide, please restrict the processing of my data.',
      ['restriction'],
    ],
    [
      'nl',
      'Ik heb vorige week bezwaar ingediend. Tot er is beslist, beperk de verwerking van mijn gegevens.',
      ['restriction'],
    ],
    [
      'sv',
      'Jag skickade en invändning förra veckan. Begränsa behandlingen av mina uppgifter tills ni har beslutat.',
      ['restriction'],
    ],
    [
      'de',
      'Ich habe Ihnen einen Widerspruch geschickt. Bis zur Entscheidung schränken Sie die Verarbeitung meiner Daten ein.',
      ['restriction'],
    ],
  ],
  'erasure: wiped off your books': [
    ['en', "I'd like to be wiped off your books.", ['erasure']],
    ['nl', 'Ik wil uit jullie klantenbestand geschrapt worden.', ['erasure']],
    ['sv', 'Jag vill bli struken ur ert kundregister.', ['erasure']],
    ['de', 'Ich möchte aus eurer Kundendatei gestrichen werden.', ['erasure']],
  ],
  "erasure: I'd rather you didn't keep it": [
    ['en', "I'd rather you didn't keep any of my details.", ['erasure']],
    ['nl', 'Ik heb liever niet dat jullie mijn gegevens bewaren.', ['erasure']],
    ['sv', 'Jag vill helst inte att ni sparar mina uppgifter.', ['erasure']],
    ['de', 'Ich möchte lieber nicht, dass ihr meine Daten speichert.', ['erasure']],
  ],
  'erasure after a refusal, in a clause of its own': [
    ['en', "Don't send me any more mails and delete my account.", ['erasure', 'objection']],
    ['nl', 'Stuur me geen mails meer en verwijder mijn account.', ['erasure', 'objection']],
    ['sv', 'Skicka inga fler mejl och radera mitt konto.', ['erasure', 'objection']],
    ['de', 'Schickt mir keine Mails mehr und löscht mein Konto.', ['erasure', 'objection']],
  ],
  'erasure, then a negation in a clause of its own': [
    ['en', 'Please delete my account so that you no longer have anything on me.', ['erasure']],
    ['nl', 'Ik wil dat mijn profiel verwijderd wordt en dat jullie niets meer opslaan.', ['erasure']],
    ['sv', 'Jag vill att kontot raderas och att ni inte sparar något mer.', ['erasure']],
    ['de', 'Ich möchte, dass mein Konto gelöscht wird und dass ihr nichts mehr speichert.', ['erasure']],
  ],
  'access, then erase the whole lot': [
    ['en', 'Send me a copy of my data and then delete the lot.', ['access', 'erasure']],
    ['nl', 'Stuur me een kopie van mijn gegevens en gooi daarna de hele handel weg.', ['access', 'erasure']],
    ['sv', 'Skicka mig en kopia av mina uppgifter och radera sedan alltihop.', ['access', 'erasure']],
    ['de', 'Schickt mir eine Kopie meiner Daten und löscht danach den ganzen Kram.', ['access', 'erasure']],
  ],
  'objection: off the list': [
    ['en', 'I want off your mailing list.', ['objection']],
    ['nl', 'Ik wil van jullie nieuwsbrief af.', ['objection']],
    ['sv', 'Jag vill bort från ert nyhetsbrev.', ['objection']],
    ['de', 'Ich will von eurem Newsletter runter.', ['objection']],
  ],
  'erasure of the account, the newsletter kept': [
    ['en', 'Delete my account – keep the newsletter, please.', ['erasure']],
    ['nl', 'Verwijder mijn account – de nieuwsbrief wil ik houden.', ['erasure']],
    ['sv', 'Radera mitt konto – nyhetsbrevet vill jag behålla.', ['erasure']],
    ['de', 'Konto löschen – den Newsletter bitte behalten.', ['erasure']],
  ],
  'objection: personalisation and being followed': [
    ['en', "Please stop the personalised stuff, I don't want you keeping tabs on me.", ['objection']],
    ['nl', 'Stop alsjeblieft met die personalisatie, ik wil niet dat jullie mij volgen.', ['objection']],
    ['sv', 'Sluta med personaliseringen, jag vill inte att ni spårar mig.', ['objection']],
    ['de', 'Hört bitte mit der Personalisierung auf, ich will nicht, dass ihr mich trackt.', ['objection']],
  ],
  'rectification: put it right, a birth date': [
    ['en', 'My profile says I was born in 1900. Could you put it right?', ['rectification']],
    [
      'nl',
      'In mijn profiel staat dat ik in 1900 geboren ben. Kunnen jullie dat rechtzetten?',
      ['rectification'],
    ],
    ['sv', 'I min profil står det att jag är född 1900. Kan ni rätta till det?', ['rectification']],
    ['de', 'In meinem Profil steht, ich sei 1900 geboren. Könnt ihr das richtigstellen?', ['rectification']],
  ],
  'question: an ID number asked about by pronoun': [
    ['en', 'At checkout you asked for my date of birth. Why do you need it?', ['question']],
    [
      'nl',
      'Bij het afrekenen vroegen jullie mijn geboortedatum. Waarom hebben jullie die nodig?',
      ['question'],
    ],
    ['sv', 'I kassan ville ni ha mitt personnummer. Varför behöver ni det?', ['question']],
    ['de', 'An der Kasse wolltet ihr mein Geburtsdatum. Wozu braucht ihr das?', ['question']],
  ],
  'question: after a colon': [
    ['en', 'And in general: how long do you keep customer data?', ['question']],
    ['nl', 'En in het algemeen: hoe lang bewaren jullie klantgegevens?', ['question']],
    ['sv', 'Och allmänt: hur länge sparar ni kunduppgifter?', ['question']],
    ['de', 'Und ganz allgemein: Wie lange bewahrt ihr Kundendaten auf?', ['question']],
  ],
  'question: does my data end up with a third party': [
    ['en', 'Do my e-mail address and purchases end up with Meta?', ['question']],
    ['nl', 'Komen mijn aankopen bij Facebook terecht?', ['question']],
    ['sv', 'Hamnar min mejladress hos Facebook?', ['question']],
    ['de', 'Landet meine E-Mail-Adresse bei Facebook?', ['question']],
  ],
  'access: a numbered list of what the request covers': [
    ['en', 'Please tell me:\n1. what data you hold about me,\n2. how long the data is kept.', ['access']],
    [
      'nl',
      'Laat me weten:\n1. welke gegevens jullie over mij hebben,\n2. hoe lang die gegevens bewaard worden.',
      ['access'],
    ],
    [
      'sv',
      'Berätta för mig:\n1. vilka uppgifter ni har om mig,\n2. hur länge uppgifterna sparas.',
      ['access'],
    ],
    [
      'de',
      'Bitte teilen Sie mir mit:\n1. welche Daten Sie über mich speichern,\n2. wie lange die Daten gespeichert werden.',
      ['access'],
    ],
  ],
  'restriction: keep it, use it for nothing else': [
    [
      'en',
      'While we sort out the dispute, please keep my data but do not process it for any other purpose.',
      ['restriction'],
    ],
    [
      'nl',
      'Zolang de klacht loopt: bewaar mijn gegevens, maar gebruik ze nergens anders voor.',
      ['restriction'],
    ],
    [
      'sv',
      'Spara mina uppgifter men använd dem inte till något annat förrän tvisten är avgjord.',
      ['restriction'],
    ],
    [
      'de',
      'Bitte speichert meine Daten weiter, nutzt sie aber bis zur Klärung für nichts anderes.',
      ['restriction'],
    ],
  ],
  'question: why do you ask for it, who gets it': [
    ['en', 'Why do you ask for my phone number at checkout, and who gets it?', ['question']],
    ['nl', 'Waarom vragen jullie mijn telefoonnummer, en wie krijgt dat te zien?', ['question']],
    ['sv', 'Varför vill ni ha mitt telefonnummer, och vem får ta del av det?', ['question']],
    [
      'de',
      'Warum fragt ihr bei der Bestellung nach meiner Telefonnummer, und wer bekommt sie?',
      ['question'],
    ],
  ],
  'erasure: leaving as a customer, no longer in your records': [
    [
      'en',
      'I have decided to stop being your customer. I would appreciate it if my details were no longer part of your records.',
      ['erasure'],
    ],
    [
      'nl',
      'Ik heb besloten geen klant meer te zijn. Ik stel het op prijs als mijn gegevens niet langer deel uitmaken van jullie bestand.',
      ['erasure'],
    ],
    [
      'sv',
      'Jag har bestämt mig för att inte vara kund längre. Jag uppskattar om mina uppgifter inte längre finns kvar i ert register.',
      ['erasure'],
    ],
    [
      'de',
      'Ich habe beschlossen, kein Kunde mehr zu sein. Ich wäre dankbar, wenn meine Daten nicht länger Teil eurer Kundendatei sind.',
      ['erasure'],
    ],
  ],
};

describe('request families of round 2 in four languages', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    it.each(cases)(`${family} (%s): %s`, (language, text, types) => {
      const [subject, description] = text.includes(' – ') && text.length < 60 ? [text, ''] : ['', text];
      const result = triageTicket({ subject, description }, { fallbackLanguage: language });
      expect(result.types).toEqual(types);
      expect(result.evidence.length).toBeGreaterThan(0);
    });
  }
});
