import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../src/adapters/store/create-store.js';
import { loadPlaybooks } from '../../src/app/load-playbooks.js';
import { computeDeadline } from '../../src/core/deadlines/compute-deadline.js';
import { buildNewTask } from '../../src/core/tasks/build-new-task.js';
import { createTaskService } from '../../src/core/tasks/create-task-service.js';
import { REQUEST_TYPES, type Task } from '../../src/core/tasks/task.js';
import { percentile } from '../measure.js';
import type { Suite } from '../run-suite.js';

const TASKS = 100_000;
const NOW = '2025-06-02T08:00:00.000Z';
const DAY = 86_400_000;
const LIST_TARGET_MS = 50;
const DEADLINES_TARGET_PER_S = 10_000;
const calendar = { country: 'SE', timeZone: 'Europe/Stockholm' } as const;

/** Deterministic pseudo-random numbers, so every run seeds the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Three years of requests ending at NOW: those already past their due date are closed but for 1%
 * forgotten (overdue), those still running are 70% open, a tenth of the open ones paused.
 */
function seedTask(i: number, rnd: () => number, checklist: Record<string, string[]>): Task {
  const type = REQUEST_TYPES[Math.floor(rnd() * REQUEST_TYPES.length)] ?? 'access';
  const receivedAt = new Date(Date.parse(NOW) - rnd() * 3 * 365 * DAY).toISOString();
  const task = buildNewTask(
    {
      id: `bench-${i}`,
      type,
      source: 'zendesk',
      ticketId: String(100_000 + i),
      requester: { email: `person${i % 40_000}@example.com`, zendeskUserId: String(i % 40_000) },
      requesterKey: `key-${i % 40_000}`,
      language: 'sv',
      receivedAt,
      checklist: checklist[type] ?? [],
      now: receivedAt,
      duplicateOf: null,
    },
    calendar,
  );
  const open = task.dueAt > NOW ? rnd() < 0.7 : rnd() < 0.01;
  if (!open) {
    const closedAt = new Date(Math.min(Date.parse(task.dueAt), Date.parse(NOW))).toISOString();
    return { ...task, status: rnd() < 0.9 ? 'completed' : 'refused', closedAt, updatedAt: closedAt };
  }
  if (rnd() < 0.1)
    return {
      ...task,
      status: 'awaiting_identity',
      pauses: [{ from: receivedAt, to: null, reason: 'identity' }],
    };
  return { ...task, status: rnd() < 0.5 ? 'received' : 'in_progress', assignee: rnd() < 0.5 ? 'U1' : null };
}

const suite: Suite = {
  title: 'Tasks: 100,000 stored tasks, listing due within 7 days, deadline throughput',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'pa-bench-'));
    const path = join(dir, 'bench.db');
    try {
      const store = await createStore(`sqlite:${path}`);
      await store.migrate();
      const playbooks = loadPlaybooks();
      const checklist = Object.fromEntries(
        REQUEST_TYPES.map((t) => [t, playbooks.byType[t].items.map((i) => i.id)]),
      );
      const rnd = random(42);

      const seedStart = performance.now();
      for (let from = 0; from < TASKS; from += 2_000) {
        const tasks = Array.from({ length: 2_000 }, (_, k) => seedTask(from + k, rnd, checklist));
        const audit = tasks.map((t) => ({
          id: `a-${t.id}`,
          taskId: t.id,
          at: t.createdAt,
          actor: 'bench',
          action: 'created',
          before: null,
          after: { status: t.status },
        }));
        await store.insertTasks({ tasks, audit, outbox: [] });
      }
      const seedMs = performance.now() - seedStart;
      console.log(
        `seeded ${TASKS.toLocaleString('en')} tasks with audit entries in ${(seedMs / 1000).toFixed(1)} s (${Math.round(TASKS / (seedMs / 1000)).toLocaleString('en')} tasks/s)`,
      );

      const service = createTaskService({
        store,
        clock: { now: () => new Date(NOW) },
        calendar,
        playbooks,
        destinations: [],
      });
      let found = 0;
      const timings: number[] = [];
      for (let run = 0; run < 60; run += 1) {
        const start = performance.now();
        found = (await service.list({ dueWithinDays: 7 })).length;
        if (run >= 10) timings.push(performance.now() - start); // the first runs warm the page cache
      }
      const p50 = percentile(timings, 50);
      const p95 = percentile(timings, 95);
      console.log(
        `list due within 7 days (incl. overdue, paused excluded): ${found} tasks; p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (target < ${LIST_TARGET_MS} ms)`,
      );
      const overdue = await service.list({ overdue: true });
      console.log(`overdue: ${overdue.length} tasks`);
      await store.close();

      const db = new Database(path, { readonly: true });
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE status IN ('received','in_progress') AND due_at <= ? ORDER BY due_at, id",
        )
        .all(NOW) as Array<{ detail: string }>;
      console.log(`query plan: ${plan.map((p) => p.detail).join('; ')}`);
      db.close();

      const inputs = Array.from({ length: 100_000 }, (_, i) => ({
        type: REQUEST_TYPES[i % REQUEST_TYPES.length] ?? 'access',
        receivedAt: new Date(
          Date.parse('2024-01-01T00:00:00Z') + ((i * 7919) % (900 * 24)) * 3_600_000,
        ).toISOString(),
        ...calendar,
      }));
      const start = performance.now();
      for (const input of inputs) computeDeadline(input);
      const perSecond = inputs.length / ((performance.now() - start) / 1000);
      console.log(
        `computeDeadline: ${Math.round(perSecond).toLocaleString('en')} deadlines/s (target ≥ ${DEADLINES_TARGET_PER_S.toLocaleString('en')}/s)`,
      );

      return { ok: p95 < LIST_TARGET_MS && perSecond >= DEADLINES_TARGET_PER_S };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
