import type { TimeLeft } from '../deadlines/time-left.js';
import type { RequestType, TaskStatus } from '../tasks/task.js';

/** One task line of a digest: ids, types, dates and the assignee's Slack id only (no customer data). */
export interface DigestTask extends TimeLeft {
  id: string;
  type: RequestType;
  status: TaskStatus;
  ticketId: string | null;
  due: string;
  dueAt: string;
  assignee: string | null;
  /** A pause is open: the clock stands, so the line shows no countdown (absent in older payloads). */
  paused?: boolean;
}

/** The daily overview for team leads. Pure data; the Slack adapter renders Block Kit, the CLI renders text. */
export interface Digest {
  /** The local date the digest is for (YYYY-MM-DD in `timeZone`). */
  date: string;
  generatedAt: string;
  timeZone: string;
  /** When the previous digest went out (closed tasks are counted from then), or null for the first. */
  since: string | null;
  overdue: DigestTask[];
  /** Due within 7 days (calendar), plus every breach with less than 72 hours left. */
  dueSoon: DigestTask[];
  /** Breach tasks whose 72-hour clock still runs (or ran out while open). */
  breaches: DigestTask[];
  /** Paused until the requester proves who they are (the clock stands). */
  awaitingIdentity: DigestTask[];
  /** Paused for another reason (waiting for the requester's clarification); disjoint from `awaitingIdentity`. */
  paused: DigestTask[];
  unassigned: DigestTask[];
  byAssignee: Array<{ assignee: string; open: number; overdue: number }>;
  closed: { count: number; onTime: number; onTimeRate: number | null };
  counts: Record<string, number>;
}

export type DigestRecipient = { type: 'channel'; id: string } | { type: 'user'; id: string };

/** Outbox payload of a digest message: `{ digest, recipient }`. */
export interface DigestPayload {
  digest: Digest;
  recipient: DigestRecipient;
}

export const DIGEST_DESTINATION = 'slack';
export const DIGEST_KIND = 'digest';

/** One digest per local date and recipient, exactly once across restarts and replicas. */
export function digestDedupeKey(date: string, recipient: DigestRecipient): string {
  return `digest:${date}:${recipient.type}:${recipient.id}`;
}
