import type { App, RespondFn } from '@slack/bolt';
import { manualIntakeInput } from '../../../core/commands/manual-intake.js';
import { parseStaffCommand, type TaskScope } from '../../../core/commands/parse-staff-command.js';
import type { Language } from '../../../core/language/languages.js';
import { OPEN_STATUSES, REQUEST_TYPES, type RequestType } from '../../../core/tasks/task.js';
import { TaskInputError } from '../../../core/tasks/task-errors.js';
import { renderTaskList } from '../blocks/render-task-list.js';
import { type SlackDeps, slackActor } from '../slack-deps.js';
import { answerMessage, helpMessage } from './answer-message.js';
import { ephemeralReply, type Reply, staffOnly } from './task-replies.js';

const LIST_LIMIT = 40;

async function listTasks(
  deps: SlackDeps,
  userId: string,
  scope: TaskScope,
  language: Language,
  respond: RespondFn,
) {
  const query =
    scope === 'mine'
      ? { assignee: userId, status: OPEN_STATUSES }
      : scope === 'overdue'
        ? { overdue: true }
        : { status: OPEN_STATUSES };
  const tasks = await deps.tasks.list({ ...query, limit: 500 });
  const t = (key: string) => deps.translate(key, language);
  const blocks = renderTaskList(
    t(`slack:list.title.${scope}`),
    tasks,
    {
      settings: deps.settings,
      playbooks: deps.tasks.playbooks,
      translate: deps.translate,
      now: deps.clock.now().toISOString(),
    },
    { language, maxLines: LIST_LIMIT, viewer: userId },
  );
  await respond({
    response_type: 'ephemeral',
    text: `${t(`slack:list.title.${scope}`)} (${tasks.length})`,
    blocks,
  });
}

async function createTask(
  deps: SlackDeps,
  userId: string,
  request: {
    type: RequestType;
    ticketId: string | null;
    receivedAt: string | null;
    language: Language | null;
  },
  language: Language,
  reply: Reply,
) {
  const t = (key: string, vars?: Record<string, unknown>) => deps.translate(key, language, vars);
  let result: Awaited<ReturnType<SlackDeps['tasks']['createTasks']>>;
  try {
    result = await deps.tasks.createTasks(
      manualIntakeInput(
        { kind: 'new', ...request },
        {
          now: deps.clock.now().toISOString(),
          defaultLanguage: deps.settings.defaultLanguage,
          actor: slackActor(userId),
        },
      ),
    );
  } catch (error) {
    // The core's rules on the received date (not in the future, years 1970-2999), said in Slack.
    if (error instanceof TaskInputError) return reply(t(error.messageKey, error.vars));
    throw error;
  }
  const { created, existing } = result;
  const task = created[0] ?? existing[0];
  if (!task) throw new Error('the task service returned neither a new nor an existing task');
  const vars = {
    type: t(`tasks:type.${task.type}`),
    ticket: request.ticketId,
    due: task.due,
    original: task.duplicateOf,
  };
  const key =
    created.length === 0
      ? 'slack:new.existing'
      : task.duplicateOf
        ? 'slack:new.duplicate'
        : 'slack:new.created';
  deps.kickOutbox();
  await reply(t(key, vars));
}

/**
 * `/privacy <question>` answers at once (inside Slack's 3 seconds, in the acknowledgement);
 * `help`, `tasks [mine|all|overdue]` and `new <type> <ticket> [date] [language]` acknowledge
 * first and reply ephemerally once the directory and the store have answered.
 */
export function registerPrivacyCommand(app: App, deps: SlackDeps, command = '/privacy'): void {
  app.command(command, async ({ command: body, ack, respond }) => {
    const parsed = parseStaffCommand(body.text ?? '', deps.typeOf);
    if (parsed.kind === 'question') {
      await ack({ response_type: 'ephemeral', ...answerMessage(deps, parsed.text, 'command') });
      return;
    }
    await ack();
    const userId = body.user_id;
    if (parsed.kind === 'help') {
      await respond({
        response_type: 'ephemeral',
        ...helpMessage(deps, await deps.directory.localeOf(userId)),
      });
      return;
    }
    const reply = ephemeralReply(respond);
    const language = await staffOnly(deps, userId, reply);
    if (!language) return;
    switch (parsed.kind) {
      case 'tasks':
        return listTasks(deps, userId, parsed.scope, language, respond);
      case 'new':
        return createTask(deps, userId, parsed, language, reply);
      case 'bad-new':
        return reply(
          deps.translate(`slack:new.bad.${parsed.problem}`, language, {
            value: parsed.value,
            types: REQUEST_TYPES.join(', '),
          }),
        );
    }
  });
}
