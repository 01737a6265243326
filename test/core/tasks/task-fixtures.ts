import { loadPlaybooks } from '../../../src/app/load-playbooks.js';
import { buildNewTask } from '../../../src/core/tasks/build-new-task.js';
import type { RequestType, Task } from '../../../src/core/tasks/task.js';

export const SE = { country: 'SE', timeZone: 'Europe/Stockholm' } as const;
export const playbooks = loadPlaybooks();

/** A clock the test moves by hand. */
export function manualClock(start: string) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(instant: string) {
      now = new Date(instant);
    },
  };
}

let n = 0;
/** A fresh task as the service would create it, with the real playbook checklist. */
export function newTask(type: RequestType, receivedAt: string, overrides: Partial<Task> = {}): Task {
  n += 1;
  const task = buildNewTask(
    {
      id: `t${n}`,
      type,
      source: 'manual',
      ticketId: null,
      requester: { email: 'eva@example.com', zendeskUserId: null },
      requesterKey: 'k',
      language: 'sv',
      receivedAt,
      checklist: playbooks.byType[type].items.map((i) => i.id),
      now: receivedAt,
      duplicateOf: null,
    },
    SE,
  );
  return { ...task, ...overrides };
}
