import type { DeadlineCalendar } from '../deadlines/holiday-calendar.js';
import { localDateOf } from '../deadlines/local-time.js';
import { addWorkingDays } from '../deadlines/working-days.js';
import type { Clock } from '../ports/clock.js';
import type { CoordinationStore } from '../ports/coordination-store.js';
import type { NewOutboxMessage, OutboxStore } from '../ports/outbox.js';
import type { TaskStore } from '../ports/task-store.js';
import { atLocalTime, isDailyRunDue } from '../schedule/daily-run.js';
import { OPEN_STATUSES } from '../tasks/task.js';
import { buildDigest } from './build-digest.js';
import {
  DIGEST_DESTINATION,
  DIGEST_KIND,
  type Digest,
  type DigestPayload,
  type DigestRecipient,
  digestDedupeKey,
} from './digest.js';

/** Durable markers in the coordination store, shared by all replicas. */
export const DIGEST_STATE = { lastDate: 'digest:last-date', lastSentAt: 'digest:last-sent-at' } as const;

export interface DigestDeps {
  store: Pick<TaskStore, 'findTasks'> &
    Pick<CoordinationStore, 'getState' | 'setState'> &
    Pick<OutboxStore, 'enqueue'>;
  calendar: DeadlineCalendar;
  /** DIGEST_TIME (HH:MM, local). */
  digestTime: string;
}

/**
 * The digest as of `now`: open tasks, and what was answered since the last digest sent (or, for the
 * first one or a preview of the past, since the previous working day's digest time).
 */
export async function prepareDigest(deps: DigestDeps, now: string): Promise<Digest> {
  const last = await deps.store.getState(DIGEST_STATE.lastSentAt);
  const today = localDateOf(now, deps.calendar.timeZone);
  const since =
    last && last < now
      ? last
      : atLocalTime(addWorkingDays(today, -1, deps.calendar), deps.digestTime, deps.calendar);
  const [open, closed] = await Promise.all([
    deps.store.findTasks({ status: OPEN_STATUSES }),
    deps.store.findTasks({ closedSince: since }),
  ]);
  return buildDigest(open, closed, { now, calendar: deps.calendar, since });
}

/**
 * Enqueues the digest for each recipient, once per local date and recipient (dedupe key), and
 * records when it went out. Returns how many messages were new.
 */
export async function enqueueDigest(
  deps: DigestDeps,
  digest: Digest,
  recipients: readonly DigestRecipient[],
): Promise<number> {
  const messages = recipients.map(
    (recipient): NewOutboxMessage => ({
      destination: DIGEST_DESTINATION,
      kind: DIGEST_KIND,
      dedupeKey: digestDedupeKey(digest.date, recipient),
      payload: { digest, recipient } satisfies DigestPayload as unknown as Record<string, unknown>,
    }),
  );
  const queued = messages.length > 0 ? await deps.store.enqueue(messages, digest.generatedAt) : 0;
  // Markers only move forward: a preview of the past sent by hand does not rewind them.
  const [lastDate, lastSentAt] = await Promise.all([
    deps.store.getState(DIGEST_STATE.lastDate),
    deps.store.getState(DIGEST_STATE.lastSentAt),
  ]);
  if (!lastDate || lastDate < digest.date) await deps.store.setState(DIGEST_STATE.lastDate, digest.date);
  if (recipients.length > 0 && (!lastSentAt || lastSentAt < digest.generatedAt))
    await deps.store.setState(DIGEST_STATE.lastSentAt, digest.generatedAt);
  return queued;
}

/**
 * The scheduled digest: on working days from DIGEST_TIME, once per day. Missed at its time (the bot
 * was down), it goes out late the same day; a day missed entirely is not made up (the next digest
 * covers it). Returns null when no digest was due.
 */
export async function runDailyDigest(
  deps: DigestDeps & { clock: Clock; recipients: readonly DigestRecipient[] },
): Promise<{ date: string; queued: number } | null> {
  const now = deps.clock.now().toISOString();
  const lastDate = await deps.store.getState(DIGEST_STATE.lastDate);
  if (!isDailyRunDue(now, lastDate, { time: deps.digestTime, workingDaysOnly: true }, deps.calendar))
    return null;
  const digest = await prepareDigest(deps, now);
  const queued = await enqueueDigest(deps, digest, deps.recipients);
  return { date: digest.date, queued };
}
