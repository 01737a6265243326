import { addDays } from './calendar-date.js';
import { localDateOf } from './local-time.js';

export interface PauseInterval {
  from: string;
  to: string | null;
}

/**
 * Calendar days the clock stood still: for each closed pause, the days from its local start date
 * (inclusive) to its local resume date (exclusive), so asking on 10 March and hearing back on
 * 12 March is 2 days, and a pause opened and closed on one day is 0. Overlapping pauses count each
 * day once; days before `notBefore` (the receipt date) do not count. An open pause (`to: null`)
 * does not move the date until it is closed: while it is open the task is simply paused.
 */
export function countPausedDays(
  pauses: readonly PauseInterval[],
  timeZone: string,
  notBefore: string,
): number {
  const days = new Set<string>();
  for (const pause of pauses) {
    if (pause.to === null) continue;
    const start = localDateOf(pause.from, timeZone);
    const end = localDateOf(pause.to, timeZone);
    for (let day = start < notBefore ? notBefore : start; day < end; day = addDays(day, 1)) days.add(day);
  }
  return days.size;
}
