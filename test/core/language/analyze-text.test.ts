import { describe, expect, it } from 'vitest';
import { analyzeText, splitWords, termOf } from '../../../src/core/language/analyze-text.js';
import { isStopWord } from '../../../src/core/language/stop-words.js';

describe('splitWords', () => {
  it('joins one-letter prefixes, splits other hyphens and drops clitics', () => {
    expect(splitWords("E-mail IP-adres who's don't foto's")).toEqual([
      'email',
      'ip',
      'adres',
      'who',
      'dont',
      'foto',
    ]);
  });
});

describe('analyzeText', () => {
  it('stems per language and folds diacritics so that spellings without them meet', () => {
    expect(termOf('löschen', 'de')).toBe(termOf('loschen', 'de'));
    expect(termOf('verwijderen', 'nl')).toBe(termOf('verwijder', 'nl'));
    expect(termOf('uppgifter', 'sv')).toBe(termOf('uppgift', 'sv'));
    expect(termOf('deleted', 'en')).toBe(termOf('deleting', 'en'));
    const words = analyzeText('Hur länge sparar ni mina uppgifter?', 'sv');
    expect(words.filter((w) => !w.stop).map((w) => w.surface)).toEqual(['lange', 'sparar', 'uppgifter']);
  });

  it('knows the function words of each language but not the question words that carry a topic', () => {
    expect(isStopWord('jullie', 'nl')).toBe(true);
    expect(isStopWord('wie', 'nl')).toBe(false);
    expect(isStopWord('warum', 'de')).toBe(false);
    expect(isStopWord('och', 'sv')).toBe(true);
    expect(isStopWord('the', 'en')).toBe(true);
  });
});
