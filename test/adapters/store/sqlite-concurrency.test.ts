import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { loadPlaybooks } from '../../../src/app/load-playbooks.js';
import { createTaskService } from '../../../src/core/tasks/create-task-service.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runWriter(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'concurrent-writer.ts'), ...args],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`writer exited ${code}: ${err}`)),
    );
  });
}

describe('sqlite store: two processes writing one file', () => {
  it('never loses an update, an audit entry or a message, and keeps one task per ticket and type', async () => {
    const path = join(dir, 'shared.db');
    const store = await createStore(`sqlite:${path}`);
    await store.migrate();
    const service = createTaskService({
      store,
      clock: { now: () => new Date() },
      calendar: { country: 'SE', timeZone: 'Europe/Stockholm' },
      playbooks: loadPlaybooks(),
      destinations: ['slack'],
    });
    const [task] = (
      await service.createTasks({
        source: 'manual',
        ticketId: null,
        types: ['access'],
        receivedAt: '2025-03-05',
        requester: null,
        language: 'en',
        actor: 'test',
      })
    ).created;
    const count = 300;
    const outputs = await Promise.all(
      [
        ['alpha', 'beta'],
        ['beta', 'alpha'],
      ].map(([name, peer]) => runWriter([path, task!.id, name!, String(count), peer!])),
    );
    const reports = outputs.map((o) => JSON.parse(o) as { retries: number });

    const stored = await service.get(task!.id);
    expect(stored?.version).toBe(1 + 2 * count);
    const trail = await service.audit(task!.id);
    expect(trail).toHaveLength(1 + 2 * count);
    const assignees = new Set(trail.slice(1).map((e) => (e.after as { assignee: string }).assignee));
    expect(assignees.size).toBe(2 * count);
    // Each writer's own changes appear in its own order.
    for (const name of ['alpha', 'beta']) {
      const mine = trail
        .filter((e) => e.actor === name)
        .map((e) => (e.after as { assignee: string }).assignee);
      expect(mine).toEqual(Array.from({ length: count }, (_, i) => `${name}-${i}`));
    }
    // The two writers really ran at the same time: their entries interleave.
    const switches = trail.slice(2).filter((e, i) => e.actor !== trail[i + 1]?.actor).length;
    expect(switches).toBeGreaterThan(1);
    const shared = (await service.list()).filter((t) => t.ticketId?.startsWith('shared-'));
    expect(shared).toHaveLength(2 * (count / 10));
    // 1 created + 300 changes for the hammered task, plus one per shared task.
    expect(await store.countPendingOutbox()).toBe(1 + 2 * count + shared.length);
    console.log(
      `two writers, ${2 * count} contested updates, retries: ${reports.map((r) => r.retries).join(' + ')}, actor switches: ${switches}`,
    );
    await store.close();
  });
});
