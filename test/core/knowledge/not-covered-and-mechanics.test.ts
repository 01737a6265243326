import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/app/load-knowledge.js';
import { asksMechanics } from '../../../src/core/knowledge/learned/question-mechanics.js';
import { matchNotCovered } from '../../../src/core/knowledge/match-not-covered.js';

// Sentences of our own, not from the labelled sets.
describe('matchNotCovered (topics the policy does not cover, from policy.json)', () => {
  const knowledge = loadKnowledge(undefined, { model: false });
  const topics = (text: string, language: 'nl' | 'en' | 'sv' | 'de') =>
    matchNotCovered(knowledge, text, language);

  it('names children and age limits, call recording, the press and policy changes in every language', () => {
    expect(topics('Is there an age limit for opening an account?', 'en')).toEqual(['children']);
    expect(topics('Nemen jullie telefoongesprekken met de klantenservice op?', 'nl')).toEqual([
      'call-recording',
    ]);
    expect(topics('Jag skriver en reportage om sneakerbutiker, vem kan jag intervjua?', 'sv')).toEqual([
      'press',
    ]);
    expect(topics('Wann wurde eure Datenschutzerklärung zuletzt aktualisiert?', 'de')).toEqual([
      'policy-changes',
    ]);
    expect(topics('Hoe weet ik of ik de raffle gewonnen heb?', 'nl')).toEqual(['raffle-draw']);
  });

  it('leaves ordinary privacy questions alone', () => {
    expect(topics('How long do you keep my order data?', 'en')).toEqual([]);
    expect(topics('Welche Daten speichert ihr bei einem Kundenkonto?', 'de')).toEqual([]);
    expect(topics('Kan jag få mina uppgifter raderade?', 'sv')).toEqual([]);
    expect(topics('Met welke partijen delen jullie mijn adres?', 'nl')).toEqual([]);
  });

  it('matches words in order with other words between, and split German verbs', () => {
    expect(topics('Do you record my phone calls with support?', 'en')).toEqual(['call-recording']);
    expect(topics('Are conversations with your support line recorded?', 'en')).toEqual(['call-recording']);
    expect(topics('Zeichnet ihr Telefonate und Anrufe im Service auf?', 'de')).toEqual(['call-recording']);
  });
});

describe('asksMechanics (how a feature works, who may use it, where to find it)', () => {
  it('reads how-it-works and who-may questions in every language', () => {
    expect(asksMechanics('How is the winner of the giveaway chosen?', 'en')).toBe(true);
    expect(asksMechanics('Can my 11 year old nephew sign up on his own?', 'en')).toBe(true);
    expect(asksMechanics('Mag mijn nichtje van 12 bij jullie bestellen?', 'nl')).toBe(true);
    expect(asksMechanics('Kan man delta i utlottningen från Norge?', 'sv')).toBe(true);
    expect(asksMechanics('Wo finde ich die Einstellungen für Benachrichtigungen?', 'de')).toBe(true);
  });

  it('does not read questions about data or rights as mechanics', () => {
    expect(asksMechanics('Which data do you store when I enter a raffle?', 'en')).toBe(false);
    expect(asksMechanics('Kunnen jullie mijn gegevens verwijderen?', 'nl')).toBe(false);
    expect(asksMechanics('Hur länge sparar ni min adress?', 'sv')).toBe(false);
    expect(asksMechanics('Darf ich der Nutzung meiner Daten widersprechen?', 'de')).toBe(false);
  });
});
