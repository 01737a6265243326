/**
 * Lets incoming requests go first. Background work (processing recorded deliveries, delivering the
 * outbox) calls `yield()` before each item: during a burst of requests it waits, so the burst is
 * acknowledged quickly and processed right after. "A burst" is at least `burstSize` requests within
 * `windowMs` (a rate, so it does not flicker when the process is briefly descheduled); right after a
 * request, work also waits `settleMs` to see whether more follow. The wait per item is bounded, so
 * sustained traffic slows background work but never stops it.
 */
export function createRequestPriority(
  opts: {
    windowMs?: number;
    burstSize?: number;
    settleMs?: number;
    stepMs?: number;
    maxWaitMs?: number;
  } = {},
) {
  const windowMs = opts.windowMs ?? 250;
  const burstSize = opts.burstSize ?? 8;
  const settleMs = opts.settleMs ?? 25;
  const stepMs = opts.stepMs ?? 25;
  const maxWaitMs = opts.maxWaitMs ?? 500;
  // The arrival times of the last `burstSize` requests, oldest first.
  const arrivals: number[] = [];
  const busy = () => {
    const now = performance.now();
    const last = arrivals.at(-1);
    if (last !== undefined && now - last < settleMs) return true;
    return arrivals.length === burstSize && now - (arrivals[0] as number) < windowMs;
  };
  return {
    /** Records that a request arrived. */
    touch(): void {
      arrivals.push(performance.now());
      if (arrivals.length > burstSize) arrivals.shift();
    },
    /** Resolves at once when no request is recent; otherwise when the burst ends, or after `maxWaitMs`. */
    async yield(): Promise<void> {
      const until = performance.now() + maxWaitMs;
      while (busy() && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, stepMs));
      }
    },
  };
}
