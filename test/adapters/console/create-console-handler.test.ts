import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsoleDeps,
  createConsoleHandler,
} from '../../../src/adapters/console/create-console-handler.js';
import { type App, createApp } from '../../../src/app/create-app.js';
import { prepareDigest } from '../../../src/core/digest/send-digest.js';
import { answerQuestion } from '../../../src/core/knowledge/answer-question.js';
import { manualClock } from '../../core/tasks/task-fixtures.js';
import { recordingLogger } from '../../support/silent-logger.js';

const clock = manualClock('2025-12-22T08:00:00.000Z');
let app: App;
let deps: ConsoleDeps;
const logs: Array<{ level: string; obj: unknown; msg?: string }> = [];

beforeAll(async () => {
  app = createApp({
    env: { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', STAFF_LOCALE: 'en' },
    clock,
  });
  const index = app.knowledge();
  const store = await app.store();
  deps = {
    answer: (q) => answerQuestion(index, q, { fallbackLanguage: 'en' }),
    translationNotice: (l) => (l === 'nl' ? null : index.knowledge.translationNotice[l]),
    tasks: await app.taskService(),
    playbooks: app.playbooks(),
    digest: () =>
      prepareDigest(
        { store, calendar: { country: 'SE', timeZone: 'Europe/Stockholm' }, digestTime: '09:00' },
        clock.now().toISOString(),
      ),
    translate: app.translate,
    staffLocale: 'en',
    defaultLanguage: 'en',
    user: 'console:eva',
    clock,
    logger: recordingLogger(logs),
  };
});
afterAll(() => app.close());

const ID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/;

describe('the console handler', () => {
  it('answers a policy question with the cited section, in the question’s language', async () => {
    const handle = createConsoleHandler(deps);
    const en = (await handle('How long do you keep my data?')).output;
    expect(en).toMatch(/24 months/);
    expect(en).toContain('§8');
    const nl = (await handle('Hoe lang bewaren jullie mijn gegevens?')).output;
    expect(nl).toMatch(/24 maanden/);
    expect(nl).toContain('Bron: §8');
  });

  it('hands a question outside the policy to customer service', async () => {
    const out = (await createConsoleHandler(deps)('When does the store in Malmö open on Saturdays?')).output;
    expect(out).toBe(`${app.translate('answer:outOfScope', 'en')}\n`);
  });

  it('records a request, lists it, claims it and refuses to complete it with the checklist open', async () => {
    const handle = createConsoleHandler(deps);
    const created = (await handle('new erasure 9001 2025-12-01')).output;
    expect(created).toMatch(/^Created task .+: Erasure, ticket 9001, due 2026-01-02\.\n$/);
    const id = ID.exec(created)?.[1] as string;
    expect((await handle('new erasure 9001')).output).toContain('already exists');
    expect((await handle('tasks all')).output).toContain(
      `${id} | Erasure | received | 2026-01-02 | unassigned | #9001`,
    );
    expect((await handle('tasks')).output).toContain('none');
    // As Slack's Claim button: assigned to me and started.
    expect((await handle(`claim ${id}`)).output).toBe(
      `${id} | Erasure | in progress | 2026-01-02 | console:eva | #9001\n`,
    );
    expect(await deps.tasks.get(id)).toMatchObject({ assignee: 'console:eva', status: 'in_progress' });
    expect((await handle('tasks')).output).toContain(id);
    const refused = (await handle(`complete ${id}`)).output;
    expect(refused).toMatch(/cannot take the action "complete"|checklist/i);
    expect((await handle('digest')).output).toContain('Privacy digest for 2025-12-22');
  });

  it('explains bad input and an unknown task without failing', async () => {
    const handle = createConsoleHandler(deps);
    expect((await handle('new bogus 12')).output).toContain('"bogus" is not a request type');
    expect((await handle('new access 2025-02-30')).output).toContain('"2025-02-30" is not a valid date');
    expect((await handle('show 00000000-0000-0000-0000-000000000000')).output).toContain('There is no task');
  });

  it('refuses a receipt in the future or outside 1970-2999 and creates nothing', async () => {
    const handle = createConsoleHandler(deps);
    expect((await handle('new erasure 8890 2099-01-01')).output).toBe(
      'The received date 2099-01-01 lies in the future. Record a request once it has arrived: its legal deadline counts from receipt.\n',
    );
    expect((await handle('new erasure 8891 2025-12-22T09:06')).output).toMatch(/lies in the future/);
    expect((await handle('new erasure 9004 0025-01-01')).output).toBe(
      'The date 0025-01-01 lies outside the supported years 1970–2999.\n',
    );
    const all = (await handle('tasks all')).output;
    for (const ticket of ['8890', '8891', '9004']) expect(all).not.toContain(`#${ticket}`);
    expect((await handle('new erasure 8892 2025-12-22T09:04')).output).toMatch(/^Created task/);
  });

  it('answers a bare command word with its usage line, not as a policy question', async () => {
    const handle = createConsoleHandler(deps);
    const id = '00000000-0000-0000-0000-000000000000';
    expect((await handle('complete')).output).toBe('Usage: complete <task id>.\n');
    expect((await handle('show')).output).toBe('Usage: show <task id>.\n');
    expect((await handle(`show ${id} extra`)).output).toBe('Usage: show <task id>.\n');
    expect((await handle('new')).output).toMatch(/^Usage: new <type> \[ticket\].*types: access, /);
  });

  it('logs a failure (without the line) and says so politely', async () => {
    const handle = createConsoleHandler({
      ...deps,
      tasks: { ...deps.tasks, list: async () => Promise.reject(new Error('disk full')) },
    });
    expect((await handle('tasks all')).output).toContain('That did not work');
    expect(logs.some((l) => l.level === 'error')).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('tasks all');
  });

  it('shows a task with its checklist steps, ticks and unticks one by id, and explains a wrong step', async () => {
    const handle = createConsoleHandler(deps);
    const created = (await handle('new access 7788')).output;
    const id = ID.exec(created)?.[1] as string;
    const shown = (await handle(`show ${id}`)).output;
    expect(shown).toContain('[ ] verify-identity: ');
    const ticked = (await handle(`check ${id} verify-identity`)).output;
    expect(ticked).toContain('[x] verify-identity: ');
    expect((await deps.tasks.get(id))?.checklist.find((i) => i.id === 'verify-identity')?.done).toBe(true);
    const unticked = (await handle(`uncheck ${id} verify-identity`)).output;
    expect(unticked).toContain('[ ] verify-identity: ');
    expect((await handle(`check ${id} no-such-step`)).output).not.toContain('[x]');
    expect((await handle('check')).output).toContain('Usage: check <task id> <step>');
    expect((await handle(`check ${id}`)).output).toContain('Usage: check <task id> <step>');
  });
});
