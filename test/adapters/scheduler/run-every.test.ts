import { describe, expect, it } from 'vitest';
import { runEvery } from '../../../src/adapters/scheduler/run-every.js';
import { recordingLogger } from '../../support/silent-logger.js';

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('runEvery', () => {
  it('drains a backlog without waiting, then idles until kicked', async () => {
    let backlog = 3;
    let runs = 0;
    const loop = runEvery(
      'test',
      60_000,
      async () => {
        runs += 1;
        if (backlog === 0) return 0;
        backlog -= 1;
        return 1;
      },
      recordingLogger(),
    );
    await waitFor(() => runs >= 4);
    expect(backlog).toBe(0);
    expect(runs).toBe(4);
    backlog = 1;
    loop.kick();
    await waitFor(() => runs >= 6);
    expect(runs).toBe(6);
    await loop.stop();
  });

  it('never runs twice at once, logs failures and keeps going', async () => {
    let concurrent = 0;
    let maxConcurrent = 0;
    let runs = 0;
    const lines: Array<{ level: string; obj: unknown }> = [];
    const loop = runEvery(
      'test',
      1,
      async () => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise((r) => setTimeout(r, 3));
        concurrent -= 1;
        runs += 1;
        if (runs === 2) throw new Error('boom');
        return 0;
      },
      recordingLogger(lines),
    );
    for (let i = 0; i < 10; i++) loop.kick();
    await waitFor(() => runs >= 5);
    await loop.stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(after);
    expect(maxConcurrent).toBe(1);
    expect(lines.some((l) => l.level === 'error')).toBe(true);
  });
});
