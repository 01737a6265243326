import type { Language } from '../language/languages.js';

/** The rights a data subject can exercise, plus breach reports. `question` is triage-only and never a task. */
export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'breach',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const TASK_STATUSES = [
  'received',
  'awaiting_identity',
  'in_progress',
  'completed',
  'refused',
  'withdrawn',
  'duplicate',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const OPEN_STATUSES: readonly TaskStatus[] = ['received', 'awaiting_identity', 'in_progress'];

export function isOpenStatus(status: TaskStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** A recorded interval in which the clock stood still (waiting for identity proof or clarification). */
export interface Pause {
  from: string;
  to: string | null;
  reason: 'identity' | 'clarification';
}

export interface Extension {
  reason: string;
  at: string;
  by: string;
  /** When the requester was told of the extension; must fall within the first month. */
  noticeSentAt: string | null;
}

export interface Refusal {
  reason: string;
  /** Art. 12(4): the requester was told of the right to complain to a supervisory authority. */
  complaintRightNotified: boolean;
}

export interface ChecklistItem {
  id: string;
  done: boolean;
  doneAt: string | null;
  doneBy: string | null;
}

/** Only what is needed to reach and verify the requester. Erased by the retention purge. */
export interface Requester {
  email: string | null;
  zendeskUserId: string | null;
}

export interface Task {
  id: string;
  type: RequestType;
  status: TaskStatus;
  source: 'zendesk' | 'manual';
  ticketId: string | null;
  requester: Requester | null;
  /** Pseudonymous key of the requester, for linking repeat requests; erased by the purge. */
  requesterKey: string | null;
  language: Language;
  /** When the request reached us (ISO instant). */
  receivedAt: string;
  /** The date the answer is due (YYYY-MM-DD in the configured zone), with pauses and extension applied. */
  due: string;
  /** The instant the task is due: end of `due` in the zone, or the exact instant for a breach. */
  dueAt: string;
  pauses: Pause[];
  extension: Extension | null;
  assignee: string | null;
  checklist: ChecklistItem[];
  refusal: Refusal | null;
  duplicateOf: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  purgedAt: string | null;
  /** Optimistic-concurrency version; each stored change increments it. */
  version: number;
}

/** One append-only record of a change: who, when, what, and the fields before and after. */
export interface AuditEntry {
  id: string;
  taskId: string;
  at: string;
  actor: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
