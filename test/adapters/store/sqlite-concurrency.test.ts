import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { spawnTsx } from '../../support/spawn-tsx.js';
import { taskServiceOn } from './store-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'pa-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runWriter(args: string[]): Promise<string> {
  const writer = spawnTsx([join(import.meta.dirname, 'concurrent-writer.ts'), ...args], {
    cwd: process.cwd(),
    env: process.env,
  });
  const code = await writer.exited;
  if (code !== 0) throw new Error(`writer exited ${code}: ${writer.err()}`);
  return writer.out();
}

describe('sqlite store: two processes writing one file', () => {
  it('never loses an update, an audit entry or a message, and keeps one task per ticket and type', async () => {
    const path = join(dir, 'shared.db');
    const store = await createStore(`sqlite:${path}`);
    await store.migrate();
    const service = taskServiceOn(store);
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
    const shared = (await service.list()).filter((t) => t.ticketId?.startsWith('77'));
    expect(shared).toHaveLength(2 * (count / 10));
    // 1 created + 300 changes for the hammered task, plus one per shared task.
    expect(await store.countPendingOutbox()).toBe(1 + 2 * count + shared.length);
    console.log(
      `two writers, ${2 * count} contested updates, retries: ${reports.map((r) => r.retries).join(' + ')}, actor switches: ${switches}`,
    );
    await store.close();
  });
});
