import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../src/adapters/slack/blocks/render-answer.js';
import { renderDigest } from '../../../src/adapters/slack/blocks/render-digest.js';
import { renderReminder } from '../../../src/adapters/slack/blocks/render-reminder.js';
import { createTranslate } from '../../../src/app/create-i18n.js';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import type { Answer } from '../../../src/core/knowledge/answer-question.js';
import type { Reminder } from '../../../src/core/reminders/reminder.js';
import { newTask, SE } from '../../core/tasks/task-fixtures.js';
import { reminderFor, slackSettings } from './slack-fixtures.js';

const translate = createTranslate();
const settings = slackSettings();

const answer = (over: Partial<Answer> = {}): Answer => ({
  language: 'en',
  answered: true,
  sections: ['8'],
  passages: ['8'],
  answer: 'We keep data <24 months> & then delete it.',
  citation: '§8 How long do we keep your data?',
  sectionId: '8',
  passage: '8',
  originalCitation: '§8 Hoe lang bewaren we uw gegevens?',
  translated: true,
  policyVersion: '2024-05',
  score: 3,
  verdict: 'answer',
  messageKey: null,
  ...over,
});

describe('renderAnswer', () => {
  it('quotes the answer escaped for Slack, cites the section and the Dutch original, and keeps plain fallback text', () => {
    const message = renderAnswer(answer(), { answerId: 'a1' }, translate);
    expect(message.text).toBe(
      'We keep data <24 months> & then delete it.\n\nSource: §8 How long do we keep your data?',
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('We keep data &lt;24 months&gt; &amp; then delete it.');
    expect(text).toContain(
      'Dutch original, which prevails: §8 Hoe lang bewaren we uw gegevens? (policy version 2024-05)',
    );
  });

  it('puts no question in the feedback buttons: only answer id, section, language, policy version, answered', () => {
    const message = renderAnswer(answer(), { answerId: 'a1' }, translate);
    const actions = message.blocks.find((b) => b.type === 'actions') as {
      elements: Array<{ action_id: string; value: string }>;
    };
    const votes = actions.elements.filter(
      (e) => e.action_id.startsWith('answer.') && e.action_id !== 'answer.section',
    );
    expect(votes).toHaveLength(2);
    for (const element of votes)
      expect(Object.keys(JSON.parse(element.value)).sort()).toEqual(['a', 'k', 'l', 's', 'v']);
  });

  it('opens the passage answered from (a right inside §11) with "show the whole section"', () => {
    const message = renderAnswer(
      answer({ sections: ['11'], sectionId: '11', passage: '11.3' }),
      { answerId: 'a3' },
      translate,
    );
    const actions = message.blocks.find((b) => b.type === 'actions') as {
      elements: Array<{ action_id: string; value: string }>;
    };
    const show = actions.elements.find((e) => e.action_id === 'answer.section');
    expect(JSON.parse(show?.value ?? '{}')).toEqual({ s: '11.3', l: 'en' });
  });

  it("hands off a question the policy does not cover, in the question's language", () => {
    const message = renderAnswer(
      answer({
        answered: false,
        answer: null,
        citation: null,
        sectionId: null,
        language: 'sv',
        messageKey: 'answer:outOfScope',
      }),
      { answerId: 'a2' },
      translate,
    );
    expect(message.text).toBe(translate('answer:outOfScope', 'sv'));
    expect(JSON.stringify(message.blocks)).not.toContain('answer.section');
  });
});

describe('renderReminder', () => {
  const task = newTask('access', '2025-03-03T10:00:00+01:00', { ticketId: '9001' });
  const reminder = (over: Partial<Reminder>) => reminderFor(task, over);
  const render = (r: Reminder, language: 'en' | 'nl' = 'en') =>
    renderReminder(r, { settings, translate, language, cardUrl: null }).text;

  it('says what is pressing for each kind of reminder', () => {
    expect(render(reminder({}))).toBe('⏰ Access · #9001: due 2025-04-03, 3 working days left.');
    expect(render(reminder({ kind: 'overdue', point: 'overdue-2025-04-07', workingDaysLeft: -2 }))).toBe(
      '⚠️ Access · #9001: overdue: it was due 2025-04-03, 2 working days ago.',
    );
    expect(
      render(reminder({ kind: 'extension-notice', point: 'extension-notice', hoursLeft: 30 }), 'nl'),
    ).toMatch(/^📨 Inzage · #9001: verlengd .* nog 30 uur\.$/);
    expect(
      render(
        reminder({
          type: 'breach',
          kind: 'breach',
          point: 'breach-24h',
          hoursLeft: 47,
          workingDaysLeft: null,
        }),
      ),
    ).toMatch(/^🚨 Personal data breach · #9001: 47 hours left of the 72/);
  });

  it('mentions the assignee in a DM and links the card when there is one', () => {
    const message = renderReminder(reminder({ recipient: { type: 'user', id: 'U42' } }), {
      settings,
      translate,
      language: 'en',
      cardUrl: 'https://caliroots.slack.com/archives/CPRIV/p1',
    });
    expect(JSON.stringify(message.blocks)).toContain('<@U42>');
    expect(JSON.stringify(message.blocks)).toContain('https://caliroots.slack.com/archives/CPRIV/p1');
  });
});

describe('renderDigest', () => {
  it('lists each part with counts and stays under 50 blocks with hundreds of tasks', () => {
    const open = Array.from({ length: 300 }, (_, i) =>
      newTask(i % 10 === 0 ? 'breach' : 'access', `2025-0${(i % 3) + 1}-0${(i % 9) + 1}T10:00:00+01:00`, {
        ticketId: String(i),
        assignee: i % 4 === 0 ? null : `U${i % 5}`,
      }),
    );
    const digest = buildDigest(open, [], { now: '2025-03-28T08:00:00Z', calendar: SE, since: null });
    const message = renderDigest(digest, { settings, translate, language: 'en' });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.text).toMatch(
      /^Privacy digest 2025-03-28: Overdue: \d+ · due within 7 days: \d+ · unassigned: \d+$/,
    );
    const text = JSON.stringify(message.blocks);
    for (const heading of ['Overdue', 'Due within 7 days', 'Unassigned', 'Open tasks per person'])
      expect(text).toContain(heading);
    expect(text).toMatch(/…and \d+ more\./);
  });

  it('shows a paused task as paused (clock stopped), not with a countdown or as late', () => {
    const paused = newTask('access', '2025-02-01T10:00:00+01:00', {
      ticketId: '77',
      status: 'awaiting_identity',
      pauses: [{ from: '2025-02-03T10:00:00Z', to: null, reason: 'identity' }],
    });
    const digest = buildDigest([paused], [], { now: '2025-03-28T08:00:00Z', calendar: SE, since: null });
    const text = JSON.stringify(renderDigest(digest, { settings, translate, language: 'sv' }).blocks);
    expect(text).toContain('pausad: fristen står still');
    expect(text).not.toMatch(/försenad|dagar kvar/);
  });
});
