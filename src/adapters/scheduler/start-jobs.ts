import type { Logger } from '../../core/ports/logger.js';
import { type Loop, runEvery } from './run-every.js';

export interface TimedJob {
  name: string;
  intervalMs: number;
  /** One run; a positive result means it produced work for someone else (`onWork`). */
  run(): Promise<number | null>;
}

export interface RunningJobs {
  /** Stops the timers and waits for runs in progress. */
  stop(): Promise<void>;
}

/**
 * Puts each job on its own timer (never two runs of one job at once). The jobs read the time from
 * the app's Clock, not from these timers: the timers only say "look now".
 */
export function startJobs(jobs: readonly TimedJob[], logger: Logger, onWork: () => void): RunningJobs {
  const loops: Loop[] = jobs.map((job) =>
    runEvery(
      job.name,
      job.intervalMs,
      async () => {
        if (((await job.run()) ?? 0) > 0) onWork();
        // Never "busy": a job's next look waits for its interval.
        return 0;
      },
      logger,
    ),
  );
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}
