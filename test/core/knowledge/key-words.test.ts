import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/app/load-knowledge.js';
import { buildKnowledgeIndex } from '../../../src/core/knowledge/build-knowledge-index.js';
import { cueSections } from '../../../src/core/knowledge/question-cues.js';
import { rankPolicyText } from '../../../src/core/knowledge/rank-policy-text.js';
import { termOf } from '../../../src/core/language/analyze-text.js';
import type { Language } from '../../../src/core/language/languages.js';

// The real policy, and questions written for this test.
const index = buildKnowledgeIndex(loadKnowledge(undefined, { model: false }));
const rank = (question: string, language: Language) => rankPolicyText(index, question, language);
/** The share of the question's key words a passage uses. */
const share = (question: string, language: Language, passage: string) => {
  const used = rank(question, language).keyWordsUsed.get(passage) ?? [];
  return used.filter(Boolean).length / Math.max(1, used.length);
};

describe('key words: what a section has to speak to', () => {
  it('leaves out general privacy words, fillers and who is asking', () => {
    const terms = (q: string, l: Language) => rank(q, l).analyzed.keyWords.map((k) => k.term);
    expect(terms('Hi, a customer asks whether you still have her data', 'en')).toEqual([]);
    expect(terms('De klant vraagt of jullie zijn gegevens echt verwijderen', 'nl')).toEqual([]);
    expect(terms('Kunde fragt nach seinen Daten und der Löschung', 'de')).toEqual([termOf('löschung', 'de')]);
  });

  it('a section that shares only the topic word covers little of the question', () => {
    // §4.4 is the raffle's data: it speaks to the data, not to the raffle page's countdown.
    expect(share('Can the raffle page show a countdown timer?', 'en', '4.4')).toBeLessThan(0.34);
    expect(share('What do you register about me when I enter a raffle?', 'en', '4.4')).toBeGreaterThan(0.5);
    expect(share('Kunnen jullie de nieuwsbrief in een donker thema versturen?', 'nl', '4.3')).toBeLessThan(
      0.34,
    );
  });

  it('reads Dutch diminutives as their base word', () => {
    const terms = rank('kan ik de smsjes uitzetten', 'nl').analyzed.terms.map((t) => t.term);
    expect(terms).toContain(termOf('sms', 'nl'));
  });
});

describe('sentence shapes added for retention and purposes', () => {
  const sections = (q: string, l: Language) =>
    cueSections(q, l)
      .filter((c) => c.weight > 0)
      .map((c) => c.section);

  it('"when do you delete" asks for the retention period (§8), in every language', () => {
    expect(sections('When will you erase the details of old customers?', 'en')).toContain('8');
    expect(sections('Wanneer wissen jullie de gegevens van oud-klanten?', 'nl')).toContain('8');
    expect(sections('När raderar ni gamla kunders uppgifter?', 'sv')).toContain('8');
    expect(sections('Wann löscht ihr die Daten ehemaliger Kunden?', 'de')).toContain('8');
    // Asking to have them deleted is the right to erasure, not a question about the period.
    expect(sections('When can I ask you to erase my details?', 'en')).not.toContain('8');
  });

  it('"do you use my data to …" asks for a purpose (§5), unless it is about cookies or profiling', () => {
    expect(sections('Do you use my details to send me printed catalogues?', 'en')).toContain('5');
    expect(sections('Gebruiken jullie mijn gegevens om folders te sturen?', 'nl')).toContain('5');
    expect(sections('Använder ni mina uppgifter för att skicka kataloger?', 'sv')).toContain('5');
    expect(sections('Nutzt ihr meine Daten, um mir Kataloge zu schicken?', 'de')).toContain('5');
    expect(sections('Do you use my data to build a profile of me?', 'en')).not.toContain('5');
  });
});
