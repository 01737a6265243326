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

/** Wording of the same families that asks nothing. */
const NOT_REQUESTS: Record<string, Array<[Language, string]>> = {
  'an order I never placed, on my own details (account takeover, not a breach)': [
    ['en', 'I got a confirmation for an order I never placed, going to my address and paid with my card.'],
    [
      'nl',
      'Ik kreeg een bevestiging voor iets dat ik nooit besteld heb, naar mijn adres en met mijn kaart betaald.',
    ],
    [
      'sv',
      'Jag fick en orderbekräftelse på något jag aldrig beställt, till min adress och betalt med mitt kort.',
    ],
    [
      'de',
      'Ich habe eine Bestellbestätigung bekommen, die ich nie bestellt habe, an meine Adresse und mit meiner Karte.',
    ],
  ],
  'a campaign that ends': [
    ['en', 'Can I still order before the sale stops?'],
    ['nl', 'Ik wil nog bestellen voordat de actie stopt.'],
    ['sv', 'Jag vill beställa innan kampanjen slutar.'],
    ['de', 'Ich will noch bestellen, bevor die Aktion aufhört.'],
  ],
  'an old e-mail address and a wrong password': [
    [
      'en',
      "I can't remember if I signed up with this email or my old one, and it says my password is wrong.",
    ],
    ['nl', 'Ik weet niet of ik me met dit mailadres of mijn oude heb aangemeld, en het wachtwoord is fout.'],
    [
      'sv',
      'Jag minns inte om jag registrerade mig med den här mejladressen eller min gamla, och lösenordet är fel.',
    ],
    [
      'de',
      'Ich weiß nicht, ob ich mich mit dieser Mailadresse oder meiner alten angemeldet habe, das Passwort ist falsch.',
    ],
  ],
  '"other", not "change"': [
    ['de', 'Der Newsletter geht an eine andere Adresse, das passt so.'],
    ['sv', 'Paketet kom till en annan adress än min, var är det nu?'],
  ],
  'someone the customer knows, a gift, a colleague in cc': [
    [
      'en',
      "I'm sending a gift to someone else. Can you leave the invoice out and put her name on the label?",
    ],
    ['sv', 'Min mamma beställde åt mig, så kvittot står på hennes namn och adress. Kan jag ändå returnera?'],
    ['de', 'Die Rechnung soll bitte auf meine Frau ausgestellt werden, ihre Adresse ist die gleiche.'],
    ['en', 'Can you cc my colleague on the invoice? Her email address is below.'],
    ['nl', 'Mijn vriendin staat in de cc van mijn retourmail, kunnen jullie haar ook antwoorden?'],
  ],
  'guesses, preferences and price reductions': [
    ['de', 'Vielleicht könnt ihr mir die Rechnung nochmal schicken? Ich finde sie nicht.'],
    ['sv', 'Kanske kan ni skicka kvittot igen? Jag hittar det inte.'],
    ['nl', 'Ik heb liever geen account, kan ik als gast bestellen?'],
    ['de', 'Ich möchte lieber kein Konto anlegen. Geht das auch als Gast?'],
    ['nl', 'Kunnen jullie 10 euro van de prijs af doen?'],
    ['en', 'I want off the waitlist for the Jordans, I bought them elsewhere.'],
  ],
  'polite wishes about shop matters': [
    ['en', 'I would appreciate it if you could send the invoice again, it is no longer in my inbox.'],
    ['nl', 'Ik stel het op prijs als jullie de factuur nog eens sturen.'],
    ['sv', 'Jag uppskattar om ni kan skicka kvittot igen.'],
    ['de', 'Ich wäre dankbar, wenn ihr mir die Rechnung noch einmal schickt.'],
  ],
  "the customer's own acts and errands": [
    ['en', 'I sent you my details last week for the return. Where is my refund?'],
    ['de', 'Ich habe Ihnen meine Daten letzte Woche für die Rücksendung geschickt. Wo bleibt das Geld?'],
    ['en', "I've booked the return through your portal. When will the refund arrive?"],
    ['sv', 'Jag kan inte läsa mejlet med returetiketten, kan ni skicka det igen?'],
    ['en', "Thanks, I'll delete the old e-mail then. Where is my parcel?"],
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

describe('wording of round 2 that is no request', () => {
  for (const [family, cases] of Object.entries(NOT_REQUESTS)) {
    it.each(cases)(`${family} (%s): %s`, (language, text) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.privacy).toBe(false);
    });
  }
});
