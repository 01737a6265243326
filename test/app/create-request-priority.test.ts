import { describe, expect, it } from 'vitest';
import { createRequestPriority } from '../../src/app/create-request-priority.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createRequestPriority', () => {
  it('lets background work go on at once when no request came in', async () => {
    const priority = createRequestPriority({ windowMs: 10_000, burstSize: 3, maxWaitMs: 10_000 });
    let done = false;
    void priority.yield().then(() => {
      done = true;
    });
    await tick(0);
    await tick(0);
    expect(done).toBe(true);
  });

  it('after a lone request, waits only to see whether more follow', async () => {
    const priority = createRequestPriority({
      windowMs: 10_000,
      burstSize: 3,
      settleMs: 30,
      stepMs: 5,
      maxWaitMs: 10_000,
    });
    priority.touch();
    let done = false;
    const waiting = priority.yield().then(() => {
      done = true;
    });
    await tick(0);
    expect(done).toBe(false);
    await waiting;
    expect(done).toBe(true);
  });

  it('holds background work during a burst and releases it once the burst has passed', async () => {
    const priority = createRequestPriority({ windowMs: 60, burstSize: 3, stepMs: 5, maxWaitMs: 10_000 });
    const order: string[] = [];
    for (let i = 0; i < 3; i += 1) priority.touch();
    const waiting = priority.yield().then(() => order.push('work'));
    for (let i = 0; i < 5; i += 1) {
      await tick(10);
      priority.touch();
      order.push('request');
    }
    await waiting;
    expect(order).toEqual(['request', 'request', 'request', 'request', 'request', 'work']);
  });

  it('never holds background work for longer than its bound, even under constant traffic', async () => {
    const priority = createRequestPriority({ windowMs: 1_000, burstSize: 2, stepMs: 5, maxWaitMs: 60 });
    let traffic = true;
    const keepBusy = (async () => {
      while (traffic) {
        priority.touch();
        await tick(2);
      }
    })();
    await tick(10);
    await priority.yield();
    const stillBusy = traffic;
    traffic = false;
    await keepBusy;
    expect(stillBusy).toBe(true);
  });
});
