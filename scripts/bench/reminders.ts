import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../src/adapters/store/create-store.js';
import { prepareDigest } from '../../src/core/digest/send-digest.js';
import { enqueueReminders } from '../../src/core/reminders/enqueue-reminders.js';
import { buildNewTask } from '../../src/core/tasks/build-new-task.js';
import { REQUEST_TYPES, type Task } from '../../src/core/tasks/task.js';
import { percentile } from '../measure.js';
import type { Suite } from '../run-suite.js';

const OPEN = 10_000;
const CLOSED = 20_000;
const START = Date.parse('2025-11-03T07:00:00.000Z');
const DAY = 86_400_000;
const RUN_TARGET_MS = 1_000;
const DIGEST_TARGET_MS = 500;
const calendar = { country: 'SE', timeZone: 'Europe/Stockholm' } as const;
const settings = { reminderDays: [7, 3, 1], breachEveryHours: 6, dayTime: '09:00' };

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Open requests received over the last 40 days (some overdue, a tenth paused, half assigned); closed ones before. */
function seedTask(i: number, open: boolean, rnd: () => number): Task {
  const type = REQUEST_TYPES[Math.floor(rnd() * REQUEST_TYPES.length)] ?? 'access';
  const receivedAt = new Date(START - (open ? rnd() * 40 : 40 + rnd() * 300) * DAY).toISOString();
  const task = buildNewTask(
    {
      id: `bench-${i}`,
      type,
      source: 'zendesk',
      ticketId: String(500_000 + i),
      requester: null,
      requesterKey: null,
      language: 'sv',
      receivedAt,
      checklist: [],
      now: receivedAt,
      duplicateOf: null,
    },
    calendar,
  );
  if (!open) return { ...task, status: 'completed', closedAt: task.dueAt, updatedAt: task.dueAt };
  if (type !== 'breach' && rnd() < 0.1)
    return {
      ...task,
      status: 'awaiting_identity',
      pauses: [{ from: receivedAt, to: null, reason: 'identity' }],
    };
  return { ...task, status: 'in_progress', assignee: rnd() < 0.5 ? `U${Math.floor(rnd() * 20)}` : null };
}

const suite: Suite = {
  title: `Reminders and digest: ${OPEN.toLocaleString('en')} open tasks, two weeks of reminder runs`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'pa-bench-reminders-'));
    try {
      const store = await createStore(`sqlite:${join(dir, 'bench.db')}`);
      await store.migrate();
      const rnd = random(7);
      for (let from = 0; from < OPEN + CLOSED; from += 2_000) {
        const tasks = Array.from({ length: 2_000 }, (_, k) => seedTask(from + k, from + k < OPEN, rnd));
        await store.insertTasks({ tasks, audit: [], outbox: [] });
      }
      // Every hour for 14 days (the scheduler looks every 5 minutes; day points fall on the hour); time each run.
      const timings: number[] = [];
      let enqueued = 0;
      let runs = 0;
      for (let t = START; t < START + 14 * DAY; t += 60 * 60_000) {
        const clock = { now: () => new Date(t) };
        const begin = performance.now();
        const result = await enqueueReminders({ tasks: store, outbox: store, clock, calendar, settings });
        timings.push(performance.now() - begin);
        enqueued += result.enqueued;
        runs += 1;
      }
      const p50 = percentile(timings, 50);
      const p99 = percentile(timings, 99);
      console.log(
        `${runs} reminder runs over 14 days: ${enqueued.toLocaleString('en')} reminders queued (${(enqueued / OPEN).toFixed(2)} per open task); run p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target < ${RUN_TARGET_MS} ms)`,
      );
      const digestTimings: number[] = [];
      let counts: Record<string, number> = {};
      for (let day = 0; day < 10; day += 1) {
        const begin = performance.now();
        const digest = await prepareDigest(
          { store, calendar, digestTime: '09:00' },
          new Date(START + day * DAY + 3_600_000).toISOString(),
        );
        digestTimings.push(performance.now() - begin);
        counts = digest.counts;
      }
      const digestP99 = percentile(digestTimings, 99);
      console.log(
        `digest over ${OPEN.toLocaleString('en')} open tasks: p50 ${percentile(digestTimings, 50).toFixed(1)} ms, p99 ${digestP99.toFixed(1)} ms (target < ${DIGEST_TARGET_MS} ms); last counts ${JSON.stringify(counts)}`,
      );
      await store.close();
      return { ok: p99 < RUN_TARGET_MS && digestP99 < DIGEST_TARGET_MS };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
