import { describe, expect, it } from 'vitest';
import { hoursUntil, phraseTimeLeft, timeLeft } from '../../../src/core/deadlines/time-left.js';

describe('timeLeft', () => {
  it('counts calendar days from today to the due date, and hours only for a breach', () => {
    const access = { type: 'access' as const, due: '2025-04-03', dueAt: '2025-04-03T21:59:59.999Z' };
    expect(timeLeft(access, '2025-03-27T09:00:00Z', '2025-03-27')).toEqual({ daysLeft: 7 });
    expect(timeLeft(access, '2025-04-05T09:00:00Z', '2025-04-05')).toEqual({ daysLeft: -2 });
    const breach = { type: 'breach' as const, due: '2025-04-02', dueAt: '2025-04-01T23:30:00.000Z' };
    expect(timeLeft(breach, '2025-03-30T23:30:00Z', '2025-03-31')).toEqual({ daysLeft: 2, hoursLeft: 48 });
  });

  it('rounds hours down, so a passed instant is negative at once', () => {
    expect(hoursUntil('2025-04-02T00:00:00Z', '2025-04-01T22:00:01Z')).toBe(1);
    expect(hoursUntil('2025-04-02T00:00:00Z', '2025-04-02T00:00:00Z')).toBe(0);
    expect(hoursUntil('2025-04-02T00:00:00Z', '2025-04-02T00:00:01Z')).toBe(-1);
  });
});

describe('phraseTimeLeft', () => {
  it('words a breach in hours, left or passed, whatever the days say', () => {
    expect(phraseTimeLeft({ daysLeft: 0, hoursLeft: 5 })).toEqual({ phrase: 'hoursLeft', count: 5 });
    expect(phraseTimeLeft({ daysLeft: 0, hoursLeft: 0 })).toEqual({ phrase: 'hoursLeft', count: 0 });
    expect(phraseTimeLeft({ daysLeft: 1, hoursLeft: -1 })).toEqual({ phrase: 'hoursPassed' });
  });

  it('words other deadlines in days: overdue by, due today, left', () => {
    expect(phraseTimeLeft({ daysLeft: -3 })).toEqual({ phrase: 'overdue', count: 3 });
    expect(phraseTimeLeft({ daysLeft: 0 })).toEqual({ phrase: 'dueToday' });
    expect(phraseTimeLeft({ daysLeft: 1 })).toEqual({ phrase: 'daysLeft', count: 1 });
  });
});
