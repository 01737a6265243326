import { z } from 'zod';
import type { App } from '../../../app/create-app.js';
import { parseTicketReference } from '../../../core/commands/parse-staff-command.js';
import { TaskInputError } from '../../../core/tasks/task-errors.js';
import type { CliIo } from '../../cli-command.js';
import { parseFlags } from '../../parse-flags.js';
import { parseLanguage, parseType, parseWhen } from './parse-values.js';
import {
  cliActor,
  inputError,
  rejectExtra,
  staffText,
  usageError,
  writeJson,
  writeLines,
} from './staff-text.js';

export const CREATE_USAGE =
  'privacy-assistant tasks create --type <type> --received <date|datetime> [--ticket <id>] [--requester <email>] [--lang nl|en|sv|de] [--as <actor>] [--json]';

/** Manual intake (letters, calls, web forms): one task, or the existing one for the same ticket and type. */
export async function createTaskCommand(args: string[], io: CliIo, app: App): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      type: { type: 'string' },
      received: { type: 'string' },
      ticket: { type: 'string' },
      requester: { type: 'string' },
      lang: { type: 'string' },
      as: { type: 'string' },
      json: { type: 'boolean' },
    },
    CREATE_USAGE,
  );
  const t = staffText(app);
  rejectExtra(t, positionals, 0, CREATE_USAGE);
  const type = parseType(t, values.type);
  const receivedAt = parseWhen(t, '--received', values.received, app.config.TZ);
  const email = values.requester?.trim();
  if (email !== undefined && !z.email().safeParse(email).success) throw usageError(t, 'email');
  const language = parseLanguage(t, values.lang, app.config.DEFAULT_LANGUAGE);
  const ticketId = values.ticket === undefined ? null : parseTicketReference(values.ticket);
  if (values.ticket !== undefined && ticketId === null)
    throw usageError(t, 'ticket', { value: values.ticket });

  const service = await app.taskService();
  const { created, existing } = await service
    .createTasks({
      source: ticketId ? 'zendesk' : 'manual',
      ticketId,
      types: [type],
      receivedAt,
      requester: email ? { email, zendeskUserId: null } : null,
      language,
      actor: cliActor(values.as),
    })
    .catch((error: unknown) => {
      // A receipt in the future (or out of range) is refused by the core, for every door alike.
      throw error instanceof TaskInputError ? inputError(t, error) : error;
    });
  const task = created[0] ?? existing[0];
  if (!task) throw new Error('the store returned neither a new nor an existing task');
  if (values.json) {
    writeJson(io, task);
    return 0;
  }
  const vars = { id: task.id, type: t(`type.${task.type}`), due: task.due, original: task.duplicateOf };
  const key =
    created.length === 0 ? 'cli.existing' : task.status === 'duplicate' ? 'cli.duplicate' : 'cli.created';
  writeLines(io, [t(key, vars)]);
  return 0;
}
