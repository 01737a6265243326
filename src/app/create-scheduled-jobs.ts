import { localDateOf } from '../core/deadlines/local-time.js';
import type { DigestRecipient } from '../core/digest/digest.js';
import { runDailyDigest } from '../core/digest/send-digest.js';
import type { Store } from '../core/ports/store.js';
import { enqueueReminders } from '../core/reminders/enqueue-reminders.js';
import { isDailyRunDue } from '../core/schedule/daily-run.js';
import type { App } from './create-app.js';
import { withLease } from './with-lease.js';

export interface ScheduledJob {
  /** Also the lease name: one replica runs it at a time. */
  name: string;
  /** How often the job looks for work (ms). */
  intervalMs: number;
  /** One run: returns how many messages or records it produced, or null when another replica holds the lease. */
  run(): Promise<number | null>;
}

/** Local time of the nightly retention purge. */
export const PURGE_TIME = '03:00';
export const PURGE_STATE = 'purge:last-date';
const MINUTE = 60_000;

/** The digest's recipients from SLACK_DIGEST_CHANNEL and DIGEST_USERS. */
export function digestRecipients(app: App): DigestRecipient[] {
  const { SLACK_DIGEST_CHANNEL: channel, DIGEST_USERS: users } = app.config;
  return [
    ...(channel ? [{ type: 'channel' as const, id: channel }] : []),
    ...users.map((id) => ({ type: 'user' as const, id })),
  ];
}

/**
 * The bot's clockwork, each job behind a store lease: reminders every few minutes and the digest on
 * working days at DIGEST_TIME (both only when Slack, which delivers them, is configured), and the
 * retention purge every night. Times come from the app's Clock, so tests drive them by hand.
 */
export function createScheduledJobs(app: App, store: Store, holder: string): ScheduledJob[] {
  const config = app.config;
  const calendar = { country: config.COUNTRY, timeZone: config.TZ };
  const log = app.logger.child({ component: 'scheduler' });
  const leased = (name: string, intervalMs: number, job: () => Promise<number>): ScheduledJob => ({
    name,
    intervalMs,
    // Three missed renewals before another replica takes over.
    run: () => withLease(name, { store, holder, clock: app.clock, ttlMs: 3 * intervalMs }, job),
  });
  const jobs: ScheduledJob[] = [];

  if (config.SLACK_BOT_TOKEN) {
    const settings = {
      reminderDays: config.REMINDER_DAYS,
      breachEveryHours: config.BREACH_REMINDER_HOURS,
      dayTime: config.DIGEST_TIME,
    };
    jobs.push(
      leased('job:reminders', 5 * MINUTE, async () => {
        const { current, enqueued } = await enqueueReminders({
          tasks: store,
          outbox: store,
          clock: app.clock,
          calendar,
          settings,
        });
        if (enqueued > 0) log.info({ current, enqueued }, 'reminders queued');
        return enqueued;
      }),
    );
    const recipients = digestRecipients(app);
    if (recipients.length > 0) {
      jobs.push(
        leased('job:digest', MINUTE, async () => {
          const sent = await runDailyDigest({
            store,
            calendar,
            digestTime: config.DIGEST_TIME,
            clock: app.clock,
            recipients,
          });
          if (sent)
            log.info(
              { date: sent.date, queued: sent.queued, recipients: recipients.length },
              'digest queued',
            );
          return sent?.queued ?? 0;
        }),
      );
    }
  }

  jobs.push(
    leased('job:purge', 15 * MINUTE, async () => {
      const now = app.clock.now().toISOString();
      const last = await store.getState(PURGE_STATE);
      if (!isDailyRunDue(now, last, { time: PURGE_TIME, workingDaysOnly: false }, calendar)) return 0;
      const service = await app.taskService();
      const result = await service.purge({ olderThanMonths: config.RETENTION_MONTHS, now });
      await store.setState(PURGE_STATE, localDateOf(now, calendar.timeZone));
      log.info({ ...result, retentionMonths: config.RETENTION_MONTHS }, 'retention purge done');
      return result.tasks;
    }),
  );
  return jobs;
}
