import { describe, expect, it } from 'vitest';
import { describeDue } from '../../../src/adapters/slack/blocks/describe-due.js';
import { renderTaskCard } from '../../../src/adapters/slack/blocks/render-task-card.js';
import { renderTaskList } from '../../../src/adapters/slack/blocks/render-task-list.js';
import type { SlackSettings } from '../../../src/adapters/slack/slack-settings.js';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { applyTaskAction } from '../../../src/core/tasks/apply-task-action.js';
import type { Task } from '../../../src/core/tasks/task.js';
import type { TaskAction } from '../../../src/core/tasks/task-action.js';
import { newTask, playbooks, SE } from '../../core/tasks/task-fixtures.js';
import { OPEN_CARD_ACTIONS, slackSettings } from './slack-fixtures.js';

const translate = createTranslate();
const settings = slackSettings();
const ctx = (now: string, over: Partial<SlackSettings> = {}) => ({
  settings: { ...settings, ...over },
  playbooks,
  translate,
  now,
});
const t = (key: string, vars?: Record<string, unknown>) => translate(key, 'en', vars);

function act(task: Task, action: TaskAction, now: string): Task {
  const result = applyTaskAction(task, action, { actor: 'slack:U1', now, calendar: SE });
  if (!result.ok) throw new Error(result.code);
  return result.task;
}

type Element = { action_id: string };
const actionIds = (blocks: unknown[]) =>
  (blocks as Array<{ type: string; elements?: Element[]; accessory?: Element }>).flatMap((b) => [
    ...(b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []),
    ...(b.accessory ? [b.accessory.action_id] : []),
  ]);

describe('describeDue', () => {
  // Received Monday 3 March 2025 in Stockholm: due Thursday 3 April 2025.
  const task = newTask('access', '2025-03-03T10:00:00+01:00');

  it('counts calendar and working days left, says "today", and how late', () => {
    expect(task.due).toBe('2025-04-03');
    expect(describeDue(task, '2025-03-27T09:00:00Z', SE, t)).toBe(
      '2025-04-03 · 7 days left (working days: 5)',
    );
    expect(describeDue(task, '2025-04-02T09:00:00Z', SE, t)).toBe(
      '2025-04-03 · 1 day left (working days: 1)',
    );
    expect(describeDue(task, '2025-04-03T20:00:00Z', SE, t)).toBe('2025-04-03 · due today');
    expect(describeDue(task, '2025-04-03T22:30:00Z', SE, t)).toBe('2025-04-03 · overdue by 1 day');
    expect(describeDue(task, '2025-04-10T09:00:00Z', SE, t)).toBe('2025-04-03 · overdue by 7 days');
  });

  it('says so for paused and closed tasks, and counts hours for a breach', () => {
    const paused = act(task, { type: 'pause', reason: 'identity' }, '2025-03-10T09:00:00Z');
    expect(describeDue(paused, '2025-05-01T09:00:00Z', SE, t)).toMatch(/paused: the clock stands still/);
    const closed = act(
      act(task, { type: 'start' }, '2025-03-04T09:00:00Z'),
      { type: 'withdraw' },
      '2025-03-05T09:00:00Z',
    );
    expect(describeDue(closed, '2025-05-01T09:00:00Z', SE, t)).toBe('2025-04-03 · closed on 2025-03-05');
    const breach = newTask('breach', '2025-03-30T00:30:00+01:00');
    expect(describeDue(breach, '2025-03-30T23:30:00Z', SE, t)).toBe('2025-04-02 01:30 · 48 hours left');
    expect(describeDue(breach, '2025-04-02T00:00:00Z', SE, t)).toBe(
      '2025-04-02 01:30 · the 72 hours have passed',
    );
  });
});

describe('renderTaskCard', () => {
  it('shows the right, the linked ticket, the due date with time left, and every action, with nothing personal', () => {
    const task = newTask('erasure', '2025-03-03T10:00:00+01:00', {
      ticketId: '9001',
      requester: { email: 'eva.svensson@example.se', zendeskUserId: '77' },
    });
    const card = renderTaskCard(task, ctx('2025-03-27T09:00:00Z'));
    const text = JSON.stringify(card);
    expect(card.text).toBe('Privacy request: Erasure · #9001 · 2025-04-03 · 7 days left (working days: 5)');
    expect(text).toContain('<https://caliroots.zendesk.com/agent/tickets/9001|#9001>');
    expect(text).toContain('*Checklist* (0 of 5 done)');
    expect(text).not.toMatch(/eva|svensson|example\.se|"77"/i);
    expect(actionIds(card.blocks)).toEqual([
      ...task.checklist.map((i) => `task.check:${i.id}`),
      ...OPEN_CARD_ACTIONS,
    ]);
    expect(card.blocks.length).toBeLessThanOrEqual(50);
  });

  it('adapts the actions to the state, keeps staff reasons off the card, and closes it when done', () => {
    const start = newTask('access', '2025-03-03T10:00:00+01:00');
    const paused = act(start, { type: 'pause', reason: 'clarification' }, '2025-03-05T09:00:00Z');
    expect(actionIds(renderTaskCard(paused, ctx('2025-03-06T09:00:00Z')).blocks)).toContain('task.resume');
    expect(actionIds(renderTaskCard(paused, ctx('2025-03-06T09:00:00Z')).blocks)).not.toContain('task.pause');

    const extended = act(
      start,
      { type: 'extend', reason: 'Secret reason with Eva in it', noticeSent: false },
      '2025-03-10T09:00:00Z',
    );
    const card = renderTaskCard(extended, ctx('2025-03-11T09:00:00Z'));
    expect(actionIds(card.blocks)).toEqual(expect.arrayContaining(['task.notice']));
    expect(actionIds(card.blocks)).not.toContain('task.extend');
    expect(JSON.stringify(card)).not.toContain('Secret reason');
    expect(JSON.stringify(card)).toMatch(/has not been told yet/);

    const breach = newTask('breach', '2025-03-03T10:00:00+01:00');
    const breachIds = actionIds(renderTaskCard(breach, ctx('2025-03-04T09:00:00Z')).blocks);
    expect(breachIds).not.toContain('task.pause');
    expect(breachIds).not.toContain('task.extend');

    const refused = act(
      start,
      { type: 'refuse', reason: 'Manifestly unfounded, per Eva', complaintNotified: true },
      '2025-03-12T09:00:00Z',
    );
    const closed = renderTaskCard(refused, ctx('2025-03-13T09:00:00Z'));
    expect(actionIds(closed.blocks)).toEqual([]);
    expect(JSON.stringify(closed)).toMatch(/refused/);
    expect(JSON.stringify(closed)).not.toContain('Manifestly');
  });

  it('renders in the staff locale and works without a Zendesk subdomain or ticket', () => {
    const task = newTask('portability', '2025-03-03T10:00:00+01:00');
    const card = renderTaskCard(
      task,
      ctx('2025-03-27T09:00:00Z', { staffLocale: 'de', zendeskSubdomain: null }),
    );
    expect(card.text).toBe(
      'Datenschutzanfrage: Datenübertragbarkeit · kein Ticket (manuell erfasst) · 2025-04-03 · noch 7 Tage (Arbeitstage: 5)',
    );
    const linked = renderTaskCard(
      { ...task, ticketId: '5' },
      ctx('2025-03-27T09:00:00Z', { zendeskSubdomain: null }),
    );
    expect(JSON.stringify(linked)).toContain('#5');
    expect(JSON.stringify(linked)).not.toContain('zendesk.com');
  });

  it("escapes Slack control characters in text that is not the bot's own", () => {
    const task = newTask('access', '2025-03-03T10:00:00+01:00', { ticketId: '1', assignee: 'ann <script>&' });
    const text = JSON.stringify(renderTaskCard(task, ctx('2025-03-27T09:00:00Z')));
    expect(text).toContain('ann &lt;script&gt;&amp;');
  });
});

describe('renderTaskList', () => {
  it('marks overdue tasks, names the viewer "you", and says how many more there are', () => {
    const tasks = Array.from({ length: 12 }, (_, i) =>
      newTask('access', `2025-0${(i % 3) + 1}-03T10:00:00+01:00`, {
        ticketId: String(100 + i),
        assignee: i === 0 ? 'UME' : 'UOTHER',
      }),
    );
    const blocks = renderTaskList('Open', tasks, ctx('2025-03-20T09:00:00Z'), {
      language: 'en',
      maxLines: 5,
      viewer: 'UME',
    });
    const text = JSON.stringify(blocks);
    expect(text).toContain('*Open* (12)');
    expect(text).toContain('…and 7 more.');
    expect(text).toContain(' · you · ');
    expect(text).toContain('<@UOTHER>');
    expect(text).toContain('⚠️');
    expect(
      JSON.stringify(
        renderTaskList('Open', [], ctx('2025-03-20T09:00:00Z'), { language: 'nl', maxLines: 5 }),
      ),
    ).toContain('Geen taken.');
  });
});
