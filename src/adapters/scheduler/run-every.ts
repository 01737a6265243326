import type { Logger } from '../../core/ports/logger.js';

export interface Loop {
  /** Stops scheduling and waits for a run in progress to finish. */
  stop(): Promise<void>;
  /** Runs now instead of waiting for the next tick (e.g. after a webhook was recorded). */
  kick(): void;
}

/**
 * Runs `job` every `intervalMs`, never two runs at once. When a run reports it did work (returns a
 * positive number) the next run follows at once, so a backlog drains without waiting for the interval.
 */
export function runEvery(
  name: string,
  intervalMs: number,
  job: () => Promise<number | undefined>,
  logger: Logger,
): Loop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let again = false;

  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref?.();
  };

  function tick(): void {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      let busy = false;
      try {
        busy = ((await job()) ?? 0) > 0;
      } catch (error) {
        logger.error({ err: error, loop: name }, 'scheduled job failed');
      } finally {
        running = undefined;
      }
      schedule(busy || again ? 0 : intervalMs);
      again = false;
    })();
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    kick() {
      schedule(0);
    },
  };
}
