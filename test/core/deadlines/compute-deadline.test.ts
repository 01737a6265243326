import { describe, expect, it } from 'vitest';
import { computeDeadline, type DeadlineInput } from '../../../src/core/deadlines/compute-deadline.js';

const SE = { country: 'SE', timeZone: 'Europe/Stockholm' } as const;
const NL = { country: 'NL', timeZone: 'Europe/Amsterdam' } as const;

const due = (receivedAt: string, extra: Partial<DeadlineInput> = {}) =>
  computeDeadline({ type: 'access', receivedAt, ...SE, ...extra });

describe('computeDeadline: one month (Art. 12(3), Regulation 1182/71)', () => {
  it.each([
    ['2025-01-31', SE, '2025-02-28'],
    ['2024-01-31', SE, '2024-02-29'],
    ['2025-03-05', SE, '2025-04-07'],
    ['2026-01-30', SE, '2026-03-02'],
    ['2025-11-25', SE, '2025-12-29'],
    ['2025-12-01', SE, '2026-01-02'],
    ['2025-03-18', SE, '2025-04-22'],
    ['2026-04-05', NL, '2026-05-05'],
  ] as const)('the shared vector: received %s (%s) is due %s', (receivedAt, calendar, expected) => {
    expect(computeDeadline({ type: 'erasure', receivedAt, ...calendar }).due).toBe(expected);
  });

  it.each([
    ['2023-01-31', '2023-02-28', 'clamped to the last day of a common-year February'],
    ['2024-02-29', '2024-04-02', 'leap day → 29 March 2024 is Good Friday, then Easter Monday'],
    ['2025-08-31', '2025-09-30', 'a 30-day month'],
    ['2025-04-01', '2025-05-02', 'May Day'],
    ['2025-04-29', '2025-05-30', 'Ascension Day'],
    ['2025-05-06', '2025-06-09', 'Swedish National Day on a Friday'],
    ['2025-05-20', '2025-06-20', 'midsommarafton is a bank day, not a public holiday'],
    ['2026-05-20', '2026-06-22', 'midsommardagen (a Saturday) and Sunday'],
    ['2025-11-24', '2025-12-24', 'julafton is not a public holiday'],
    ['2025-12-06', '2026-01-07', 'Epiphany (trettondedag jul) on a Tuesday'],
    ['2026-03-27', '2026-04-27', "King's Day is Dutch, not Swedish"],
  ])('received %s is due %s (%s)', (receivedAt, expected) => {
    expect(due(receivedAt).due).toBe(expected);
  });

  it("rolls past the Dutch King's Day but not past Dutch Good Friday (a school day)", () => {
    expect(due('2026-03-27', NL).due).toBe('2026-04-28');
    expect(due('2025-03-18', NL).due).toBe('2025-04-18');
  });

  it('ends at the last millisecond of the due day in the zone', () => {
    expect(due('2025-01-31').dueAt).toBe('2025-02-28T22:59:59.999Z');
    expect(due('2025-05-20').dueAt).toBe('2025-06-20T21:59:59.999Z');
  });

  it('counts the local date of receipt: late evening in Stockholm is still that day', () => {
    expect(due('2025-01-31T23:30:00+01:00').due).toBe('2025-02-28');
    expect(due('2025-01-31T23:30').due).toBe('2025-02-28');
    // 23:30 UTC is already 1 February in Stockholm; 1 March 2025 is a Saturday.
    const late = due('2025-01-31T23:30:00Z');
    expect(late.receivedDate).toBe('2025-02-01');
    expect(late.due).toBe('2025-03-03');
  });

  it('reads a date alone as the start of that day in the zone', () => {
    const result = due('2025-03-05');
    expect(result.receivedAt).toBe('2025-03-04T23:00:00.000Z');
    expect(result.due).toBe('2025-04-07');
  });

  it('rejects what is not a date, and an unknown zone', () => {
    expect(() => due('31/01/2025')).toThrow(RangeError);
    expect(() => due('2025-02-30')).toThrow(RangeError);
    expect(() =>
      computeDeadline({ type: 'access', receivedAt: '2025-01-01', country: 'SE', timeZone: 'Mars/Base' }),
    ).toThrow(/time zone/);
  });
});

describe('computeDeadline: extension (three months from receipt)', () => {
  it('counts three months from receipt, not from the clamped one-month date', () => {
    const result = due('2025-01-31', { extended: true });
    expect(result.due).toBe('2025-04-30');
    expect(result.rule).toBe('art12-extended-three-months');
    expect(result.firstMonthEndsAt).toBe('2025-02-28T22:59:59.999Z');
  });

  it('offers the extended date before it is taken, rolled the same way', () => {
    const result = due('2025-03-18');
    expect(result.due).toBe('2025-04-22');
    expect(result.extendedDue).toBe('2025-06-18');
    // 2025-09-06 is a Saturday.
    expect(due('2025-06-06').extendedDue).toBe('2025-09-08');
    expect(due('2025-06-06').extendedDueAt).toBe('2025-09-08T21:59:59.999Z');
  });
});

describe('computeDeadline: pauses', () => {
  const pause = (from: string, to: string | null) => ({ from, to });

  it('moves the unrolled date by the paused calendar days, then rolls (across New Year and Epiphany)', () => {
    // Unrolled 2026-01-01; +3 → Sunday 4 Jan → Monday 5 Jan.
    expect(due('2025-12-01', { pauses: [pause('2025-12-10T09:00:00Z', '2025-12-13T15:00:00Z')] }).due).toBe(
      '2026-01-05',
    );
    // +5 → 6 January (Epiphany) → 7 January.
    const five = due('2025-12-01', { pauses: [pause('2025-12-10T09:00:00Z', '2025-12-15T08:00:00Z')] });
    expect(five.pausedDays).toBe(5);
    expect(five.due).toBe('2026-01-07');
  });

  it('counts local dates: a pause opened and closed on the same day moves nothing', () => {
    const result = due('2025-03-05', { pauses: [pause('2025-03-06T08:00:00Z', '2025-03-06T16:00:00Z')] });
    expect(result.pausedDays).toBe(0);
    expect(result.due).toBe('2025-04-07');
  });

  it('counts overlapping pauses once and adds separate ones', () => {
    const pauses = [
      pause('2025-03-10T08:00:00Z', '2025-03-12T08:00:00Z'),
      pause('2025-03-11T08:00:00Z', '2025-03-13T08:00:00Z'),
      pause('2025-03-20T08:00:00Z', '2025-03-21T08:00:00Z'),
    ];
    expect(due('2025-03-05', { pauses }).pausedDays).toBe(4);
  });

  it('shifts the clamped month end, not the receipt date', () => {
    // 29 January + 1 month = 28 February (clamped), + 2 paused days = Sunday 2 March → Monday 3 March.
    // Shifting the receipt first would give 31 January + 1 month = 28 February.
    const result = due('2025-01-29', { pauses: [pause('2025-02-03T10:00:00Z', '2025-02-05T10:00:00Z')] });
    expect(result.due).toBe('2025-03-03');
  });

  it('leaves the date alone while a pause is still open', () => {
    expect(due('2025-03-05', { pauses: [pause('2025-03-06T08:00:00Z', null)] }).due).toBe('2025-04-07');
  });

  it('moves the extension and the end of the first month too', () => {
    const result = due('2025-01-31', {
      extended: true,
      pauses: [pause('2025-02-03T10:00:00Z', '2025-02-05T10:00:00Z')],
    });
    expect(result.extendedDue).toBe('2025-05-02');
    expect(result.firstMonthEndsAt).toBe('2025-03-03T22:59:59.999Z');
  });
});

describe('computeDeadline: breach (Art. 33, 72 hours)', () => {
  it('counts 72 real hours across the autumn clock change', () => {
    const result = computeDeadline({ type: 'breach', receivedAt: '2025-10-24T10:00', ...SE });
    expect(result.dueAt).toBe('2025-10-27T08:00:00.000Z'); // 09:00 Stockholm (CET)
    expect(result.due).toBe('2025-10-27');
    expect(result.extendedDue).toBeNull();
    expect(result.rule).toBe('art33-72-hours');
  });

  it('counts 72 real hours across the spring clock change', () => {
    const result = computeDeadline({ type: 'breach', receivedAt: '2025-03-28T10:00', ...SE });
    expect(result.dueAt).toBe('2025-03-31T09:00:00.000Z'); // 11:00 Stockholm (CEST)
  });

  it('does not roll past weekends or holidays, and ignores pauses', () => {
    const result = computeDeadline({
      type: 'breach',
      receivedAt: '2025-12-22T16:30:00Z',
      ...SE,
      pauses: [{ from: '2025-12-23T00:00:00Z', to: '2025-12-30T00:00:00Z' }],
    });
    expect(result.dueAt).toBe('2025-12-25T16:30:00.000Z');
    expect(result.due).toBe('2025-12-25');
  });

  it('takes the local date of an instant that falls after local midnight', () => {
    const result = computeDeadline({ type: 'breach', receivedAt: '2025-06-01T22:30:00Z', ...SE });
    expect(result.due).toBe('2025-06-05');
  });
});

describe('computeDeadline: objection to direct marketing (Art. 21(3))', () => {
  it.each([
    ['2025-12-19', '2025-12-22', 'Friday → Monday'],
    ['2025-12-24', '2025-12-29', 'over Christmas and a weekend'],
    ['2025-04-17', '2025-04-22', 'over Easter'],
    ['2025-06-02', '2025-06-03', 'an ordinary Monday'],
  ])('received %s → internal target %s (%s)', (receivedAt, expected) => {
    const result = computeDeadline({ type: 'objection', receivedAt, ...SE });
    expect(result.due).toBe(expected);
    expect(result.extendedDue).toBeNull();
    expect(result.rule).toBe('art21-next-working-day');
  });
});
