import { describe, expect, it } from 'vitest';
import { createRequestPriority } from '../../src/app/create-request-priority.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createRequestPriority', () => {
  it('lets background work go on at once when no request came in', async () => {
    const priority = createRequestPriority({ quietMs: 50, maxWaitMs: 10_000 });
    let done = false;
    void priority.yield().then(() => {
      done = true;
    });
    await tick(0);
    await tick(0);
    expect(done).toBe(true);
  });

  it('holds background work while requests keep arriving, and releases it when they stop', async () => {
    const priority = createRequestPriority({ quietMs: 30, maxWaitMs: 10_000 });
    const order: string[] = [];
    priority.touch();
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
    const priority = createRequestPriority({ quietMs: 20, maxWaitMs: 60 });
    let traffic = true;
    const keepBusy = (async () => {
      while (traffic) {
        priority.touch();
        await tick(2);
      }
    })();
    await priority.yield();
    const stillBusy = traffic;
    traffic = false;
    await keepBusy;
    expect(stillBusy).toBe(true);
  });
});
