import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTaskBot, type TaskBot } from '../adapters/slack/task-harness.js';
import { waitFor } from './zendesk-harness.js';

let h: TaskBot;
beforeAll(async () => {
  h = await startTaskBot({ STAFF_LOCALE: 'en' });
});
afterAll(async () => {
  await h?.stop();
});

describe('Zendesk notes delivered late, after an outage', () => {
  it('each note describes its own change: assignee, pause and due date at that version', async () => {
    const svc = await h.service();
    const task = await h.newTask('9901', 'access');
    await waitFor('created note', () => (h.zendesk.comments.get(9901) ?? []).length === 1);
    let down = true;
    h.zendesk.intercept((c) =>
      down && c.method === 'PUT' ? { status: 503, headers: { 'retry-after': '1' }, body: {} } : undefined,
    );
    await svc.act(task.id, { type: 'assign', assignee: 'UALICE' }, 'slack:UALICE');
    await svc.act(task.id, { type: 'pause', reason: 'identity' }, 'slack:UALICE');
    await svc.act(task.id, { type: 'assign', assignee: 'UBOB' }, 'slack:UBOB');
    await svc.act(task.id, { type: 'resume' }, 'slack:UBOB');
    down = false;
    const store = await h.bot.app.store();
    await waitFor(
      'outbox drained',
      async () => {
        h.bot.clock.advance(2000);
        h.bot.server.context.kickOutbox();
        return (await store.countPendingOutbox()) === 0;
      },
      30000,
    );
    const notes = (h.zendesk.comments.get(9901) ?? []).slice(1).map((c) => c.body);
    expect(notes).toHaveLength(4);
    expect(notes[0]).toContain('assigned to Slack user UALICE by Slack user UALICE');
    expect(notes[1]).toContain('paused by Slack user UALICE');
    expect(notes[1]).toContain('The deadline clock is stopped');
    expect(notes[2]).toContain('assigned to Slack user UBOB by Slack user UBOB');
    expect(notes[2]).toContain('The deadline clock is stopped');
    expect(notes[3]).toContain('resumed by Slack user UBOB');
    expect(notes[3]).toContain('Due:');
  });
});
