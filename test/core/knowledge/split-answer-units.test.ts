import { describe, expect, it } from 'vitest';
import {
  renderUnit,
  splitAnswerUnits,
  splitSentences,
} from '../../../src/core/knowledge/split-answer-units.js';

describe('splitSentences', () => {
  it('splits at full stops before a capital, keeping abbreviations and registration numbers whole', () => {
    expect(
      splitSentences(
        'Californian Roots AB, Reg. No. 556656-7086, is de verwerkingsverantwoordelijke. Wij verwerken gegevens (bijv. vragen beantwoorden). Klaar!',
      ),
    ).toEqual([
      'Californian Roots AB, Reg. No. 556656-7086, is de verwerkingsverantwoordelijke.',
      'Wij verwerken gegevens (bijv. vragen beantwoorden).',
      'Klaar!',
    ]);
  });

  it('leaves a run-on sentence (no full stop) as one', () => {
    expect(splitSentences('genoemd Versleutelde gegevens zijn')).toHaveLength(1);
  });
});

describe('splitAnswerUnits', () => {
  it('keeps a lead-in with its list items, a heading with its sentence, and an address as one block', () => {
    const units = splitAnswerUnits([
      'Information is required. We process it.',
      'The data we process are:',
      '• Name',
      '• Address',
      'For you as a customer',
      'We keep your data for 24 months.',
      'Example AB',
      'Main Street 1',
      '117 34 Stockholm',
    ]);
    expect(units.map((u) => u.kind)).toEqual(['sentence', 'sentence', 'list', 'sentence', 'block']);
    expect(units[2]).toMatchObject({ head: 'The data we process are:', items: ['• Name', '• Address'] });
    expect(units[3]).toMatchObject({
      heading: 'For you as a customer',
      head: 'We keep your data for 24 months.',
    });
    expect(renderUnit(units[4] as (typeof units)[0])).toBe('Example AB\nMain Street 1\n117 34 Stockholm');
    expect(renderUnit(units[2] as (typeof units)[0], ['• Address'])).toBe(
      'The data we process are:\n• Address',
    );
  });
});
