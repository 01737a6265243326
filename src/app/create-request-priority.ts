/**
 * Lets incoming requests go first. Background work (processing recorded deliveries, delivering the
 * outbox) calls `yield()` before each item: while requests keep arriving it waits a little, so a
 * burst of webhooks is acknowledged quickly and processed right after. The wait per item is
 * bounded, so sustained traffic slows background work but never stops it.
 */
export function createRequestPriority(opts: { quietMs?: number; maxWaitMs?: number } = {}) {
  const quietMs = opts.quietMs ?? 20;
  const maxWaitMs = opts.maxWaitMs ?? 500;
  let lastRequest = 0;
  return {
    /** Records that a request arrived. */
    touch(): void {
      lastRequest = performance.now();
    },
    /** Resolves once no request arrived for `quietMs`, or after `maxWaitMs` at most. */
    async yield(): Promise<void> {
      const until = performance.now() + maxWaitMs;
      while (performance.now() - lastRequest < quietMs && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, quietMs));
      }
    },
  };
}
