import { type RunningJobs, startJobs } from '../adapters/scheduler/start-jobs.js';
import type { App } from './create-app.js';
import { createScheduledJobs } from './create-scheduled-jobs.js';
import type { ServerContext, ServerExtension } from './server-extension.js';

/**
 * The scheduled jobs (reminders, digest, retention purge) on the shared server: started once it
 * listens, stopped first on shutdown so that what they queued is flushed with the outbox. Leases are
 * released on a clean stop, so another replica takes over at once instead of after the lease runs out.
 */
export async function createSchedulerExtension(app: App, context: ServerContext): Promise<ServerExtension> {
  const jobs = createScheduledJobs(app, context.store, context.worker);
  const logger = app.logger.child({ component: 'scheduler' });
  let running: RunningJobs | null = null;
  return {
    name: 'scheduler',
    start() {
      running = startJobs(jobs, logger, context.kickOutbox);
      logger.info({ jobs: jobs.map((j) => j.name) }, 'scheduler started');
    },
    async stop() {
      await running?.stop();
      running = null;
      for (const job of jobs) await context.store.releaseLease(job.name, context.worker);
    },
  };
}
