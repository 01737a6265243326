import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/language/languages.js';
import { triageTicket } from '../../../src/core/triage/triage-ticket.js';
import type { TriageType } from '../../../src/core/triage/triage-types.js';

/**
 * Families found by probing the rules with sentences of our own after round 2 (no independent
 * ticket asked for them yet), each in the four languages.
 */
type Case = [Language, string, TriageType[]];
const FAMILIES: Record<string, Case[]> = {
  'objection: how do I get rid of your mails': [
    ['en', 'how do i stop ur emails?? the link at the bottom dont work', ['objection']],
    ['nl', 'Hoe kom ik van jullie mails af? De afmeldlink doet het niet.', ['objection']],
    ['sv', 'Hur slipper jag era mejl? Länken längst ner funkar inte.', ['objection']],
    ['de', 'Wie komme ich aus eurem Newsletter raus? Der Abmeldelink geht nicht.', ['objection']],
  ],
  'rectification: the account shows one thing, but the right value is another': [
    ['en', 'My account says Jon, but my name is actually John.', ['rectification']],
    ['nl', 'Mijn naam staat als Jansen in mijn account maar het is Janssen.', ['rectification']],
    ['sv', 'I mitt konto står det Eriksson men jag heter Ericsson.', ['rectification']],
    ['de', 'Im Konto steht Meyer, ich heiße aber Meier.', ['rectification']],
  ],
  'objection: do not pass my data on': [
    ['en', 'Please do not share my details with third parties.', ['objection']],
    ['nl', 'Ik wil niet dat jullie mijn gegevens doorverkopen aan derden.', ['objection']],
    ['sv', 'Ni får inte dela mina uppgifter med andra företag.', ['objection']],
    ['de', 'Bitte gebt meine Daten nicht an Dritte weiter.', ['objection']],
  ],
  'restriction: do not pass it on for the time being': [
    ['en', "Don't share my data with anyone while my complaint is open.", ['restriction']],
    ['de', 'Bitte gebt meine Daten nicht weiter, solange die Beschwerde läuft.', ['restriction']],
  ],
};

/** Reports of what the customer did, under a subject that names it. */
const DONE: Array<[Language, string, string]> = [
  ['en', 'Unsubscribe', 'I unsubscribed last week and it worked, thanks!'],
  ['nl', 'Afmelden', 'Ik heb me vorige week afgemeld en het werkt, bedankt!'],
  ['sv', 'Radera konto', 'Jag har raderat kontot själv nu, tack. Var är min retur?'],
  ['de', 'Konto', 'Ich habe mein Konto gestern selbst gelöscht. Bekomme ich trotzdem meine Erstattung?'],
];

describe('families found by probing, in four languages', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    it.each(cases)(`${family} (%s): %s`, (language, text, types) => {
      const result = triageTicket({ subject: '', description: text }, { fallbackLanguage: language });
      expect(result.types).toEqual(types);
    });
  }
  it.each(DONE)('what the customer did is no request (%s): %s / %s', (language, subject, description) => {
    expect(triageTicket({ subject, description }, { fallbackLanguage: language }).privacy).toBe(false);
  });
});
