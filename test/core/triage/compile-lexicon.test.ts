import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/core/triage/compile-lexicon.js';
import { prepareTicketText } from '../../../src/core/triage/prepare-ticket-text.js';
import { scanTicket } from '../../../src/core/triage/scan-ticket.js';
import { withinOneEdit } from '../../../src/core/triage/typo-index.js';

const lexicon = compileLexicon([
  {
    DELETE: 'delet* | ta .. bort | löschen',
    ACCOUNT: 'account | *konto*',
    OBJECT: 'bezwaren',
    KEEP: 'bewaar*',
    SKIP: 'is correct',
    CORRECT: 'correct',
  },
]);

describe('compileLexicon', () => {
  it('matches words, stems, word parts and folded diacritics', () => {
    expect(lexicon.wordConcepts('deleting')).toEqual(['DELETE']);
    expect(lexicon.wordConcepts('kundenkonto')).toEqual(['ACCOUNT']);
    expect(lexicon.wordConcepts('loschen')).toEqual(['DELETE']);
    expect(lexicon.wordConcepts('table')).toEqual([]);
  });

  it('reads typing errors only in the words a request turns on', () => {
    const words = compileLexicon([{ DELETE: 'verwijderd', COND: 'angenommen', SHARE: 'verkopen' }]);
    expect(words.wordConcepts('verwijdert')).toEqual(['DELETE']);
    // "angekommen" (arrived) is one letter from "angenommen" (supposing): not a hypothetical.
    expect(words.wordConcepts('angekommen')).toEqual([]);
    expect(words.wordConcepts('verlopen')).toEqual([]);
  });

  it('tolerates one typing error in long words, but not when it could mean two things', () => {
    expect(lexicon.wordConcepts('acount')).toEqual(['ACCOUNT']);
    expect(lexicon.wordConcepts('dleting')).toEqual([]); // 'delet*' is too short a stem for typos
    expect(lexicon.wordConcepts('bezwarren')).toEqual(['OBJECT']);
    expect(lexicon.wordConcepts('bewaren')).toEqual([]); // one edit from bezwaren and from bewaar-
    expect(withinOneEdit('unsubcribe', 'unsubscribe')).toBe(true);
    expect(withinOneEdit('nwesletter', 'newsletter')).toBe(true);
    expect(withinOneEdit('newsletter', 'nwslettr')).toBe(false);
  });

  it('matches phrases with words in between and lets them use up their words', () => {
    const scan = scanTicket(
      prepareTicketText('', 'Kan ni ta mitt konto bort? The address is correct.'),
      lexicon,
    );
    const concepts = Object.fromEntries(scan.tokens.map((t) => [t.norm, t.concepts]));
    expect(concepts.ta).toEqual(['DELETE']);
    expect(concepts.konto).toEqual(['ACCOUNT']);
    expect(concepts.bort).toEqual([]);
    expect(concepts.is).toEqual(['SKIP']);
    expect(concepts.correct).toEqual([]);
    expect(scan.sentences.map((s) => s.question)).toEqual([true, false]);
  });
});
