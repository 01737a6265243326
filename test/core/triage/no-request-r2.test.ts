import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';

/**
 * Wording of the second independent rounds' families that asks nothing: hard negatives written for
 * these tests, each in the languages where the family is likely.
 */
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

describe('wording of round 2 that is no request', () => {
  for (const [family, cases] of Object.entries(NOT_REQUESTS)) {
    it.each(cases)(`${family} (%s): %s`, (language, text) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.privacy).toBe(false);
    });
  }
});
