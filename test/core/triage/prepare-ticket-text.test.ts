import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/core/triage/extract-references.js';
import { MAX_TEXT_CHARS, prepareTicketText } from '../../../src/core/triage/prepare-ticket-text.js';

describe('prepareTicketText', () => {
  it('keeps the customer’s words and drops quoted replies, forwarded headers and signatures', () => {
    const cases = [
      'Hi, where is my parcel?\n\nOn Tue, 3 Sep 2024 at 10:12, Caliroots <no-reply@caliroots.com> wrote:\n> unsubscribe',
      'Hi, where is my parcel?\n\nDen 4 sep. 2024 kl. 11:02 skrev Caliroots <no-reply@caliroots.com>:\nRadera',
      'Hi, where is my parcel?\n-----Original Message-----\nFrom: Caliroots\ndelete',
      'Hi, where is my parcel?\nVan: Caliroots <orders@caliroots.com>\nOnderwerp: Orderbevestiging\nverwijder',
      'Hi, where is my parcel?\n> quoted line\nSent from my iPhone',
    ];
    for (const description of cases)
      expect(prepareTicketText('', description).body).toBe('Hi, where is my parcel?');
  });

  it('strips reply prefixes from the subject and reads a bare forward whole', () => {
    expect(prepareTicketText('Re: SV: AW: Delete my account', '').subject).toBe('Delete my account');
    expect(prepareTicketText('Fwd', '> only quoted').body).toBe('> only quoted');
  });

  it('caps the text', () => {
    expect(prepareTicketText('', 'a '.repeat(MAX_TEXT_CHARS)).body.length).toBeLessThanOrEqual(
      MAX_TEXT_CHARS,
    );
  });
});

describe('extractReferences', () => {
  it('finds order numbers in four languages and other people’s e-mail addresses', () => {
    const text =
      'Order #5012388, bestelling 5012999, Bestellnummer: 7031888, beställning nr 6031100. Mail anna@example.se or privacy@caliroots.com; I am me@example.org. Tel 070-123 45 67.';
    expect(extractReferences(text, 'ME@example.org')).toEqual({
      orderNumbers: ['5012388', '5012999', '7031888', '6031100'],
      emails: ['anna@example.se'],
    });
  });

  it('stays linear on a megabyte without an @', () => {
    expect(extractReferences('x'.repeat(1_048_576))).toEqual({ orderNumbers: [], emails: [] });
  });
});
