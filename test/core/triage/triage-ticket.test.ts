import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

const triage = (description: string, subject = '', fallbackLanguage: Language = 'en') =>
  triageTicket({ subject, description }, { fallbackLanguage });

/** [language, text, expected types]: new sentences, not copied from the labelled sets. */
const CASES: Array<[Language, string, TriageType[]]> = [
  [
    'en',
    'Hello, I would like a copy of every piece of personal data you keep about me. Regards, Ann',
    ['access'],
  ],
  [
    'en',
    'My surname is wrong in my account, it should be Peters not Peterson. Please fix it.',
    ['rectification'],
  ],
  ['en', 'Please wipe my account and all my personal information, I am leaving. Thanks', ['erasure']],
  ['en', 'Please restrict the processing of my data while you check the address dispute.', ['restriction']],
  [
    'en',
    'Could you export my personal data as a JSON file so I can move it to a different shop?',
    ['portability'],
  ],
  ['en', 'unsubscribe me from the sms list please', ['objection']],
  ['en', "The packing slip in my box shows someone else's name and home address.", ['breach']],
  ['en', 'Do you sell customer data to third parties?', ['question']],
  ['nl', 'Beste, graag een overzicht van alle persoonsgegevens die jullie over mij bewaren.', ['access']],
  ['nl', 'Mijn achternaam staat fout in mijn profiel. Willen jullie dat verbeteren?', ['rectification']],
  ['nl', 'Verwijder alsjeblieft mijn klantaccount en al mijn gegevens.', ['erasure']],
  [
    'nl',
    'Ik verzoek om beperking van de verwerking van mijn gegevens tot de klacht is opgelost.',
    ['restriction'],
  ],
  ['nl', 'Kunnen jullie mijn gegevens exporteren in een machineleesbaar bestand?', ['portability']],
  ['nl', 'Ik wil me afmelden voor alle reclame per mail.', ['objection']],
  ['nl', 'Op de pakbon in mijn doos staat de naam en het adres van een andere klant.', ['breach']],
  ['nl', 'Hoe lang bewaren jullie mijn adresgegevens?', ['question']],
  ['sv', 'Hej, jag vill ha en kopia av alla personuppgifter ni har om mig.', ['access']],
  ['sv', 'Mitt efternamn är fel i min profil. Kan ni rätta det?', ['rectification']],
  ['sv', 'Radera mitt kundkonto och alla mina uppgifter, tack.', ['erasure']],
  [
    'sv',
    'Jag begär begränsning av behandlingen av mina personuppgifter tills tvisten är löst.',
    ['restriction'],
  ],
  ['sv', 'Kan ni exportera mina uppgifter i ett maskinläsbart format?', ['portability']],
  ['sv', 'Jag vill avregistrera mig från alla nyhetsbrev.', ['objection']],
  ['sv', 'På följesedeln i kartongen står en annan kunds namn och adress.', ['breach']],
  ['sv', 'Hur länge sparar ni mina adressuppgifter?', ['question']],
  ['de', 'Hallo, bitte senden Sie mir eine Kopie aller Daten, die Sie über mich speichern.', ['access']],
  ['de', 'Mein Nachname ist in meinem Profil falsch. Können Sie das berichtigen?', ['rectification']],
  ['de', 'Bitte löschen Sie mein Kundenkonto und alle meine Daten.', ['erasure']],
  [
    'de',
    'Ich verlange die Einschränkung der Verarbeitung meiner Daten, bis der Streit geklärt ist.',
    ['restriction'],
  ],
  ['de', 'Können Sie meine Daten in einem maschinenlesbaren Format exportieren?', ['portability']],
  ['de', 'Bitte melden Sie mich von allen Newslettern ab.', ['objection']],
  ['de', 'Auf dem Lieferschein im Karton stehen Name und Adresse eines anderen Kunden.', ['breach']],
  ['de', 'Wie lange speichern Sie meine Adressdaten?', ['question']],
];

/** Tickets that mention deleting, accounts, data or newsletters but ask for no privacy right. */
const HARD_NEGATIVES: Array<[Language, string]> = [
  ['en', 'Please remove the grey hoodie from order 5550123, I only want the jeans.'],
  ['en', 'Can you change the shipping address on my pending order to 5 Mill Lane?'],
  ['en', 'I need a copy of the invoice for my last order.'],
  ['en', 'I forgot my password and the reset e-mail never arrives.'],
  ['en', 'When do you announce the winners of the sneaker raffle?'],
  ['en', 'Got a strange e-mail from "Caliroots" asking for my bank details. Scam?'],
  ['en', 'Please delete my product review of the Air Max, it has a typo.'],
  ['nl', 'Kunnen jullie bestelling 5550124 annuleren? Ik heb de verkeerde maat gekozen.'],
  ['nl', 'Mijn account is geblokkeerd na te veel pogingen, kunnen jullie het deblokkeren?'],
  ['nl', 'Ik heb me aangemeld voor de nieuwsbrief maar de kortingscode werkt niet.'],
  ['sv', 'Kan ni ta bort mössan från min beställning 6550123?'],
  ['sv', 'Spårningen för mitt paket har inte uppdaterats på en vecka.'],
  ['sv', 'Jag behöver ett kvitto för min senaste order.'],
  ['de', 'Bitte stornieren Sie meine Bestellung 7550123.'],
  ['de', 'Können Sie meine Bewertung zu den Sneakern löschen?'],
  ['de', 'Ich habe mich für den Newsletter angemeldet, aber keinen Rabattcode bekommen.'],
];

describe('triageTicket', () => {
  it.each(CASES)('%s: %s', (language, text, types) => {
    const result = triage(text);
    expect(result.types).toEqual(types);
    expect(result.language).toBe(language);
    expect(result.privacy).toBe(types.some((t) => t !== 'question'));
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it.each(HARD_NEGATIVES)('leaves the hard negative alone (%s): %s', (_language, text) => {
    const result = triage(text);
    expect(result.privacy).toBe(false);
    expect(result.types.filter((t) => t !== 'question')).toEqual([]);
  });

  it('finds several rights in one ticket', () => {
    expect(triage('Send me all data you hold about me and then delete my account.').types).toEqual([
      'access',
      'erasure',
    ]);
    expect(
      triage('Ändra mitt efternamn på kontot till Ek. Och skicka inga fler nyhetsbrev till mig.').types,
    ).toEqual(['rectification', 'objection']);
    expect(
      triage('Schicken Sie mir meine Daten als CSV-Datei und löschen Sie danach mein Konto.').types,
    ).toEqual(['erasure', 'portability']);
  });

  it('respects negation and hypotheticals', () => {
    expect(triage('I do NOT want my account deleted, I just cannot log in.').privacy).toBe(false);
    expect(triage('Ik wil mijn account niet verwijderen, alleen mijn wachtwoord resetten.').privacy).toBe(
      false,
    );
    expect(triage('Jag vill inte radera kontot, bara byta lösenord.').privacy).toBe(false);
    expect(triage('Löschen Sie mein Konto bitte nicht, ich möchte nur ein neues Passwort.').privacy).toBe(
      false,
    );
    expect(triage('If I delete my account, do you still keep my order history?').types).toEqual(['question']);
    // "can't" is not a refusal: the customer wants it done.
    expect(triage("I can't delete my account in the app, please do it for me.").types).toEqual(['erasure']);
  });

  it('reads other ways of asking', () => {
    expect(triage('Can I see my data?').types).toEqual(['access']);
    expect(triage('Please let me know where my data is stored.').types).toEqual(['question']);
    expect(triage('Kindly anonymise my data.').types).toEqual(['erasure']);
    expect(triage('I no longer wish to receive marketing communications.').types).toEqual(['objection']);
    expect(triage('Hierbij verzoek ik u mij alle gegevens op te sturen die u over mij heeft.').types).toEqual(
      ['access'],
    );
    expect(triage('Bitte melden Sie mich endlich von diesem ganzen Werbe-Newsletter ab.').types).toEqual([
      'objection',
    ]);
  });

  it('tells the object of the verb apart', () => {
    expect(triage('Please remove me from your database.').types).toEqual(['erasure']);
    expect(triage('Please remove me from your mailing list.').types).toEqual(['objection']);
    expect(triage('Please remove the socks from my order.').types).toEqual([]);
  });

  it('reads typos, missing diacritics and shouting', () => {
    expect(triage('PLEASE DELTE MY ACOUNT NOW').types).toEqual(['erasure']);
    expect(triage('bitte mein konto loschen').types).toEqual(['erasure']);
    expect(triage('pls unsubcribe me from the newsleter').types).toEqual(['objection']);
  });

  it('ignores quoted replies and our own footers', () => {
    const quoted =
      'When will my order arrive?\n\nOn Mon, 2 Sep 2024, Caliroots <news@caliroots.com> wrote:\n> Unsubscribe | Delete your account | Privacy policy';
    expect(triage(quoted).privacy).toBe(false);
  });

  it('returns the order numbers and other e-mail addresses, not the requester or phone numbers', () => {
    const result = triageTicket(
      {
        subject: 'Re: Order #5012388',
        description:
          'Please delete my account (me@example.org) and also the one my son made with tom@example.net. Call me on +46 70 123 45 67.',
        requester: { email: 'me@example.org' },
      },
      { fallbackLanguage: 'en' },
    );
    expect(result.types).toEqual(['erasure']);
    expect(result.references).toEqual({ orderNumbers: ['5012388'], emails: ['tom@example.net'] });
    expect(JSON.stringify(result.evidence)).not.toContain('@');
  });

  it('is less sure of "no request" when request words were set aside', () => {
    const plain = triage('Do the Samba run true to size?').confidence;
    const setAside = triage('I do not want to delete my account, I only forgot my password.').confidence;
    expect(setAside).toBeLessThan(plain);
    expect(triage('Please delete my account.').confidence).toBeGreaterThan(setAside);
  });

  it('handles empty input with the fallback language', () => {
    const result = triage('', '', 'sv');
    expect(result).toMatchObject({ language: 'sv', privacy: false, types: [], evidence: [] });
    expect(result.references).toEqual({ orderNumbers: [], emails: [] });
  });

  it('handles a 1 MB description: the request at the start is found, the rest is cut', () => {
    const filler = 'the weather is nice and the shoes are great '.repeat(25_000);
    const result = triage(`Please delete my account. ${filler}`.slice(0, 1_048_576));
    expect(result.types).toEqual(['erasure']);
    expect(triage('x'.repeat(1_048_576)).privacy).toBe(false);
    expect(triage(`${'(('.repeat(300_000)}delete my account`).privacy).toBe(false);
  });
});
