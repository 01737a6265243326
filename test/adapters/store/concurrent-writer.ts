/**
 * Run as a separate OS process by `sqlite-concurrency.test.ts`: hammers one task and a set of
 * shared tickets in the same SQLite file as another copy of itself.
 * Usage: node --import tsx concurrent-writer.ts <db file> <task id> <name> <count> <peer name>
 */
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createStore } from '../../../src/adapters/store/create-store.js';
import { taskServiceOn } from './store-fixtures.js';

const [path, taskId, name, countText, peer] = process.argv.slice(2);
const count = Number(countText);
const store = await createStore(`sqlite:${path}`);
await store.migrate();
const service = taskServiceOn(store);

// A barrier: start only when the peer process is ready too, so that the writes really contend.
writeFileSync(`${path}.ready-${name}`, '');
while (!existsSync(`${path}.ready-${peer}`)) await sleep(5);

let retries = 0;
for (let i = 0; i < count; i += 1) {
  for (;;) {
    const result = await service.act(
      taskId as string,
      { type: 'assign', assignee: `${name}-${i}` },
      name as string,
    );
    if (result.ok) break;
    if (result.code !== 'TASK.CONFLICT') throw new Error(result.code);
    retries += 1;
  }
  if (i % 10 === 0) {
    await service.createTasks({
      source: 'zendesk',
      ticketId: `77${String(i).padStart(6, '0')}`,
      types: ['access', 'erasure'],
      receivedAt: '2025-03-05T10:00:00Z',
      requester: null,
      language: 'en',
      actor: name as string,
    });
  }
}
await store.close();
process.stdout.write(`${JSON.stringify({ name, retries })}\n`);
