import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

/**
 * Families of wording, each in the four languages: new sentences written for these tests (not
 * taken from any labelled or independent set). A family is one way of asking, so each case
 * stands for many phrasings the lexicons and rules must cover, not for itself.
 */
type Case = [Language, string, TriageType[]];
const FAMILIES: Record<string, Case[]> = {
  'erasure: make me disappear without a delete verb': [
    ['en', "I don't want to be in your database anymore.", ['erasure']],
    ['nl', 'Ik wil niet langer in jullie klantenbestand staan.', ['erasure']],
    ['sv', 'Jag vill inte längre finnas i ert kundregister.', ['erasure']],
    ['de', 'Ich will nicht mehr in eurer Datenbank stehen.', ['erasure']],
  ],
  'erasure: nothing of me left with you': [
    ['en', "I don't want anything left on your systems about me.", ['erasure']],
    ['sv', 'Jag vill inte ha något kvar hos er.', ['erasure']],
    ['de', 'Ich will, dass ihr nichts mehr von mir gespeichert habt.', ['erasure']],
    ['nl', 'Ik wil niet dat jullie mijn gegevens nog langer bewaren.', ['erasure']],
  ],
  'erasure: colloquial and particle verbs': [
    ['en', 'pls nuke my acc', ['erasure']],
    ['nl', 'Gooi al mijn gegevens maar weg, ik bestel niet meer.', ['erasure']],
    ['sv', 'Sudda ut mitt konto, tack.', ['erasure']],
    ['de', 'Macht bitte mein Konto weg.', ['erasure']],
  ],
  'erasure: wanted gone': [
    ['nl', 'Kunnen jullie zorgen dat mijn account weg is?', ['erasure']],
    ['nl', 'Mijn gegevens mogen weg, ik koop hier niet meer.', ['erasure']],
    ['sv', 'Jag vill att mitt konto är borta.', ['erasure']],
    ['de', 'Ich möchte, dass mein Konto weg ist.', ['erasure']],
  ],
  'erasure: a follow-up of a request made before': [
    ['en', 'I asked you two weeks ago. Have you deleted my data yet?', ['erasure']],
    ['de', 'Ich habe schon vor Wochen gefragt: Habt ihr meine Daten gelöscht?', ['erasure']],
  ],
  'erasure: the object named a sentence before': [
    ['en', 'I have an old account with you. Please delete it.', ['erasure']],
    ['de', 'Schicken Sie mir meine Daten, danach sollen diese gelöscht werden.', ['access', 'erasure']],
  ],
  'access: what do you keep on me': [
    ['en', 'what do u guys have on me? send it pls', ['access']],
    ['nl', 'Wat hebben jullie allemaal van mij opgeslagen?', ['access']],
    ['sv', 'Vad har ni sparat om mig?', ['access']],
    ['de', 'Was wisst ihr alles über mich?', ['access']],
  ],
  'access: which companies got my data': [
    ['nl', 'Ik wil weten aan welke partijen jullie mijn gegevens hebben doorgegeven.', ['access']],
    ['de', 'Ich möchte wissen, an welche Firmen ihr meine Daten weitergegeben habt.', ['access']],
  ],
  'access: everything you have saved, wished for': [
    ['sv', 'Jag vill gärna se allt ni har sparat.', ['access']],
    ['en', 'I would like to see everything you have stored.', ['access']],
  ],
  'rectification: an old or new detail': [
    ['en', 'My profile still shows my old address, please update it.', ['rectification']],
    ['nl', 'In mijn profiel staat nog mijn oude adres, kunnen jullie dat bijwerken?', ['rectification']],
    ['sv', 'Min adress i kontot är gammal, den nya är Storgatan 5.', ['rectification']],
    ['de', 'In meinem Konto steht noch meine alte Adresse, bitte aktualisieren.', ['rectification']],
  ],
  'rectification: a new name after a marriage': [
    ['en', 'I got married, my name is now Hughes. Please update my account.', ['rectification']],
    [
      'nl',
      'Ik ben getrouwd en heet nu Jansen. Kunnen jullie dat in mijn account aanpassen?',
      ['rectification'],
    ],
    ['sv', 'Jag gifte mig och heter numera Lindberg, kan ni uppdatera kontot?', ['rectification']],
    ['de', 'Ich habe geheiratet und heiße jetzt Weber. Bitte im Kundenkonto anpassen.', ['rectification']],
  ],
  'rectification: the detail a sentence back': [
    ['sv', 'Stavfel i mitt namn. Kan ni rätta det i kontot?', ['rectification']],
    ['nl', 'Er zit een tikfout in mijn achternaam. Kunnen jullie dat rechtzetten?', ['rectification']],
  ],
  'restriction: do not use it (while …), keep it': [
    ['en', "Please don't do anything with my data until my complaint is settled.", ['restriction']],
    [
      'nl',
      'Tot de klacht is afgehandeld wil ik niet dat jullie iets met mijn gegevens doen.',
      ['restriction'],
    ],
    ['sv', 'Gör ingenting med mina uppgifter förrän ärendet är löst, men spara dem.', ['restriction']],
    ['de', 'Bitte verarbeiten Sie meine Daten nicht mehr, bis der Streit geklärt ist.', ['restriction']],
  ],
  'restriction: not deleted, instead blocked': [
    ['de', 'Sperrung statt Löschung meiner Daten, bitte.', ['restriction']],
    ['sv', 'Ta inte bort något, men använd inte mina uppgifter tills vidare.', ['restriction']],
  ],
  'portability: sent on to another company': [
    ['sv', 'Kan ni skicka min köphistorik direkt till dem? Jag vill flytta mina uppgifter.', ['portability']],
    [
      'nl',
      'Ik heb recht op gegevensoverdraagbaarheid, stuur mijn gegevens rechtstreeks naar die winkel.',
      ['portability'],
    ],
  ],
  'objection: a refusal pointing back at marketing': [
    ['de', 'Eure Werbe-SMS nerven. Will die nicht mehr.', ['objection']],
    ['sv', 'Ni skickar reklam varje dag. Sluta med det.', ['objection']],
    [
      'nl',
      'Jullie profileren mij op basis van mijn aankopen. Ik wil dat jullie daarmee stoppen.',
      ['objection'],
    ],
  ],
  'objection: my data not for ads or recommendations': [
    ['en', "I don't want personalised recommendations based on my purchases.", ['objection']],
    [
      'nl',
      'Ik wil niet dat jullie mijn aankopen gebruiken voor gepersonaliseerde advertenties.',
      ['objection'],
    ],
    ['sv', 'Använd inte min köphistorik för riktad reklam.', ['objection']],
    ['de', 'Bitte keine personalisierten Empfehlungen mehr auf Basis meiner Käufe.', ['objection']],
  ],
  'objection: an opt-out not honoured': [
    ['en', 'I unsubscribed weeks ago but I still get your newsletter.', ['objection']],
    ['nl', 'Ik heb me afgemeld maar ik krijg nog steeds jullie nieuwsbrief.', ['objection']],
    ['de', 'Ich habe mich abgemeldet und bekomme immer noch euren Newsletter.', ['objection']],
  ],
  'dialect, non-native grammar and mixed languages': [
    ['nl', 'Goeiendag, mag ge mijn account afsluiten en al mijn gegevens wissen? Merci!', ['erasure']],
    ['de', "Servus, bitte löscht's mein Konto, i brauch's nimmer.", ['erasure']],
    ['en', 'Please to send me all informations you are having about me.', ['access']],
    ['en', 'I am not wanting your advertisement mails anymore.', ['objection']],
    ['sv', 'Hej! Can you please delete my konto? Tack!', ['erasure']],
    ['de', 'Hi, bitte unsubscribe mich vom Newsletter, thx', ['objection']],
  ],
  'objection: a refusal without a verb': [
    ['en', 'No newsletters please!', ['objection']],
    ['nl', 'Geen reclame graag.', ['objection']],
    ['sv', 'Inga fler sms.', ['objection']],
    ['de', 'Keinerlei Werbung mehr!', ['objection']],
  ],
  'objection: texts, calls and paper': [
    ['en', 'stop texting me every drop', ['objection']],
    ['en', 'Please stop calling me with offers.', ['objection']],
    ['nl', 'Ik wil geen folders meer in de brievenbus.', ['objection']],
    ['de', 'Bitte schicken Sie mir keine Kataloge mehr per Post.', ['objection']],
  ],
  "breach: a document that is not mine, with that person's details": [
    ['en', 'The receipt in my box is not mine: her name, address and phone number are on it.', ['breach']],
    ['nl', 'De factuur in mijn pakket is niet van mij, met zijn naam en adres erop.', ['breach']],
    ['sv', 'I kartongen låg en följesedel till en Ali, med hans adress och telefonnummer.', ['breach']],
    [
      'de',
      'Im Karton lag eine Rechnung, die nicht mir gehört: Name, Anschrift und Telefonnummer.',
      ['breach'],
    ],
  ],
  'breach: another person named in many ways': [
    ['en', "There was a sheet in the box with some other guy's name and address on it.", ['breach']],
    ['de', 'Im Paket lag der Lieferschein einer anderen Kundin mit Namen und Adresse.', ['breach']],
    ['nl', 'Ik zie in de cc de e-mailadressen van andere klanten.', ['breach']],
    ['en', 'Your e-mail was addressed to a Mrs Jones and included her phone number.', ['breach']],
  ],
  'breach: an e-mail to someone else ("my name isn\'t …")': [
    ['en', "Your return e-mail says 'Hi Paul'. My name isn't Paul, and it shows his address.", ['breach']],
    [
      'nl',
      'Ik kreeg een mail voor Eva. Ik heet geen Eva. In de mail staan haar adres en haar bestelling.',
      ['breach'],
    ],
    [
      'sv',
      'Jag fick ett mejl till Sara. Jag heter inte Sara. I mejlet står hennes adress och telefonnummer.',
      ['breach'],
    ],
  ],
  'question: what happens to my data': [
    ['en', 'What happens to my order history if I close my account?', ['question']],
    ['nl', 'Wat gebeurt er met mijn gegevens als ik mijn account opzeg?', ['question']],
    ['de', 'Was macht ihr mit meinen Daten?', ['question']],
    ['sv', 'Vad gör ni med mina uppgifter?', ['question']],
  ],
  'access: questions about my own data belong to the request': [
    ['en', 'Please send me a copy of my data. To whom have you given my data?', ['access']],
    ['sv', 'Jag begär ett registerutdrag och vill veta hur länge ni sparar mina uppgifter.', ['access']],
  ],
};

/** Wording that looks like a request and is not one. */
const NOT_REQUESTS: Record<string, Array<[Language, string]>> = {
  'a hypothetical or a plan, not a request': [
    ['en', "I'm thinking about closing my account at some point. Would my orders be kept?"],
    ['nl', 'Ik twijfel of ik mijn account zal opheffen. Hoe lang bewaren jullie bestellingen?'],
    ['sv', 'Funderar på att avsluta mitt konto längre fram, sparas mina köp då?'],
    ['de', 'Ich überlege, mein Konto irgendwann zu löschen. Was passiert dann mit den Rechnungen?'],
  ],
  'negation inside a separable verb, a denial, "instead of"': [
    ['sv', 'Ta INTE bort mitt konto, jag vill bara byta lösenord.'],
    ['nl', 'Haal mijn account niet weg, ik kan alleen niet inloggen.'],
    ['sv', 'Min sambo sa att jag ville radera kontot – det stämmer inte.'],
  ],
  'accidental unsubscribes and sign-up glitches': [
    ['en', 'I clicked unsubscribe by mistake, can you put me back on the list?'],
    ['nl', 'Ik heb me per ongeluk uitgeschreven voor de nieuwsbrief, kan ik weer aangemeld worden?'],
    ['de', 'Ich habe mich versehentlich vom Newsletter abgemeldet. Wie melde ich mich wieder an?'],
  ],
  'the customer reports what they did or what a scam said': [
    ['sv', 'Jag har raderat mejlet med fel kvitto, men var är min order?'],
    ['en', 'Got a text saying my account will be deleted unless I confirm my card. Is this you?'],
    ['de', 'Eine Mail behauptet, mein Konto wird gelöscht, wenn ich nicht bestätige. Ist das echt?'],
  ],
  'asking whether something was deleted, not asking for it': [
    ['en', 'I cannot log in. Did you delete my account? I had store credit on it!'],
    ['nl', 'Hebben jullie mijn account verwijderd? Er stond nog tegoed op.'],
    ['sv', 'Har ni raderat mitt konto? Jag hade ett presentkort där.'],
    ['de', 'Habt ihr mein Konto gelöscht? Da war noch ein Gutschein drauf.'],
  ],
  'information about a topic, not my data': [
    ['en', 'Please send me more info about the raffle.'],
    ['nl', 'Kunnen jullie mij informatie sturen over de maattabel?'],
    ['de', 'Bitte senden Sie mir Informationen zu Ihrem Rückgaberecht.'],
  ],
  'shop matters with request words': [
    ['en', "I received someone else's order! I ordered Nike and got Adidas."],
    ['nl', 'Kunnen jullie mijn opgeslagen betaalkaart uit mijn account verwijderen?'],
    ['sv', 'Jag vill avanmäla mig från dragningen, jag kan inte komma.'],
    ['en', 'Please cancel it immediately. I think someone got into my account, lock my account.'],
    ['en', 'Where is my order?\nManage your account | Unsubscribe | Privacy policy'],
  ],
  'a reply thread whose subject was our own confirmation': [['sv', 'SV: Avregistrering nyhetsbrev']],
  'a missing document is no refusal': [
    ['en', 'No receipt in the box, please email it.'],
    ['de', 'Keine Bestätigungsmail bekommen, ist die Bestellung durch?'],
    ['sv', 'Inget kvitto i paketet, kan ni mejla det?'],
  ],
  'goods, carriers and gifts in the words of the new families': [
    ['en', "I still haven't received the newsletter I signed up for."],
    ['en', 'Please stop it from expiring: the code in your newsletter does not work.'],
    ['nl', 'Het pakket dat ik kreeg is niet van mij, ik had zwarte schoenen besteld en kreeg rode.'],
    ['sv', 'Använd inte PostNord för min order, de är alltid sena.'],
    ['de', 'Ich bin umgezogen, könnt ihr meine offene Bestellung an meine neue Adresse schicken?'],
    ['de', 'Kann ich ihre Adresse als Lieferadresse angeben? Es ist ein Geschenk für meine Freundin.'],
  ],
};

/** A reply whose subject is the customer's own request: a reminder in the body keeps it. */
const REMINDERS: Array<[Language, string, string]> = [
  ['en', 'Re: Please delete my account', "Any update? It's been three weeks."],
  ['nl', 'Re: Account verwijderen', 'Ik heb nog niets gehoord, is het al gebeurd?'],
  ['sv', 'SV: Radera mitt konto', 'Någon uppdatering? Det har gått två veckor.'],
  ['de', 'AW: Konto löschen', 'Gibt es Neuigkeiten? Ich warte immer noch.'],
];

describe('reminders under a reply subject', () => {
  it.each(REMINDERS)('%s: %s / %s', (language, subject, description) => {
    expect(triageTicket({ subject, description }, { fallbackLanguage: language }).types).toEqual(['erasure']);
  });
});

describe('request families in four languages', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    it.each(cases)(`${family} (%s): %s`, (language, text, types) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.types).toEqual(types);
      expect(result.evidence.length).toBeGreaterThan(0);
    });
  }
});

describe('wording that is no request', () => {
  for (const [family, cases] of Object.entries(NOT_REQUESTS)) {
    it.each(cases)(`${family} (%s): %s`, (language, text) => {
      const [subject, description] = text.startsWith('SV:')
        ? [text, 'Toppen, det funkar. Men var är min order 100320981?']
        : ['', text];
      const result = triageTicket({ subject, description }, { fallbackLanguage: language });
      expect(result.privacy).toBe(false);
    });
  }
});
