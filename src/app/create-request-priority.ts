/**
 * Lets incoming requests go first. Background work (processing recorded deliveries, delivering the
 * outbox) calls `yield()` before each item: during a burst of requests it waits, so the burst is
 * acknowledged quickly and processed right after. "A burst" is at least `burstSize` requests within
 * `windowMs` (a rate, so it does not flicker when the process is briefly descheduled). The wait per
 * item is bounded, so sustained traffic slows background work but never stops it.
 */
export function createRequestPriority(
  opts: { windowMs?: number; burstSize?: number; stepMs?: number; maxWaitMs?: number } = {},
) {
  const windowMs = opts.windowMs ?? 250;
  const burstSize = opts.burstSize ?? 8;
  const stepMs = opts.stepMs ?? 25;
  const maxWaitMs = opts.maxWaitMs ?? 500;
  // The arrival times of the last `burstSize` requests, oldest first.
  const arrivals: number[] = [];
  const inBurst = () =>
    arrivals.length === burstSize && performance.now() - (arrivals[0] as number) < windowMs;
  return {
    /** Records that a request arrived. */
    touch(): void {
      arrivals.push(performance.now());
      if (arrivals.length > burstSize) arrivals.shift();
    },
    /** Resolves at once outside a burst; during one, when it ends or after `maxWaitMs` at most. */
    async yield(): Promise<void> {
      const until = performance.now() + maxWaitMs;
      while (inBurst() && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, stepMs));
      }
    },
  };
}
