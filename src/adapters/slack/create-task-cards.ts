import { z } from 'zod';
import type { CoordinationStore } from '../../core/ports/coordination-store.js';

/** Where a task's card was posted, so that later changes update that message. */
export interface CardRef {
  channel: string;
  ts: string;
}

export interface TaskCards {
  get(taskId: string): Promise<CardRef | null>;
  set(taskId: string, ref: CardRef): Promise<void>;
}

const cardRef = z.object({ channel: z.string().min(1), ts: z.string().min(1) });
const keyOf = (taskId: string) => `slack-card:${taskId}`;

/** Card locations in the store's small durable state, shared by every replica. */
export function createTaskCards(state: Pick<CoordinationStore, 'getState' | 'setState'>): TaskCards {
  return {
    async get(taskId) {
      const raw = await state.getState(keyOf(taskId));
      if (!raw) return null;
      try {
        const parsed = cardRef.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    set: (taskId, ref) => state.setState(keyOf(taskId), JSON.stringify(ref)),
  };
}
