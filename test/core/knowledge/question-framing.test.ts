import { describe, expect, it } from 'vitest';
import { questionFraming } from '../../../src/core/knowledge/learned/question-framing.js';

describe('questionFraming', () => {
  it('reads questions about the data behind a feature as data questions, in every language', () => {
    expect(questionFraming('What do you store when I enter a raffle?', 'en')).toEqual(['data']);
    expect(questionFraming('Krijgt de bezorger mijn telefoonnummer van jullie?', 'nl')).toEqual(['data']);
    expect(questionFraming('Varför behöver ni mitt telefonnummer?', 'sv')).toEqual(['data']);
    expect(questionFraming('Bekommt UPS meine Adresse von euch?', 'de')).toEqual(['data']);
  });

  it('reads how-to, how-often and can-you-fix questions as questions about using the shop', () => {
    expect(questionFraming('How do I add a second address to my account?', 'en')).toEqual(['use']);
    expect(questionFraming('Hoe vaak komt de nieuwsbrief?', 'nl')).toEqual(['use']);
    expect(questionFraming('När är nästa utlottning?', 'sv')).toEqual(['use']);
    expect(questionFraming('Könnt ihr das Login-Problem beheben?', 'de')).toEqual(['use']);
  });

  it('keeps both framings when a how-to question is about personal data', () => {
    expect(questionFraming('How do I get a copy of my data?', 'en')).toEqual(['data', 'use']);
    expect(questionFraming('Where is the weather nice?', 'en')).toEqual([]);
  });
});
