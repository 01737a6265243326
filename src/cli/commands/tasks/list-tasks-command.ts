import type { App } from '../../../app/create-app.js';
import { OPEN_STATUSES } from '../../../core/tasks/task.js';
import type { CliIo } from '../../cli-command.js';
import { parseFlags } from '../../parse-flags.js';
import { taskLine } from './format-task.js';
import { parseDays, parseStatuses, parseTypes } from './parse-values.js';
import { rejectExtra, staffText, writeJson, writeLines } from './staff-text.js';
import { listedTask } from './task-json.js';

export const LIST_USAGE =
  'privacy-assistant tasks list [--status <s,…>|all] [--type <t,…>] [--overdue] [--due-within <days>] [--assignee <id>] [--json]';

/**
 * Open tasks by default, soonest due first. `--overdue` and `--due-within` leave out paused tasks
 * (their clock stands) unless `--status` asks for them. Never prints contact details.
 */
export async function listTasksCommand(args: string[], io: CliIo, app: App): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      status: { type: 'string' },
      type: { type: 'string' },
      overdue: { type: 'boolean' },
      'due-within': { type: 'string' },
      assignee: { type: 'string' },
      json: { type: 'boolean' },
    },
    LIST_USAGE,
  );
  const t = staffText(app);
  rejectExtra(t, positionals, 0, LIST_USAGE);
  const statuses = parseStatuses(t, values.status);
  const type = parseTypes(t, values.type);
  const dueWithinDays = parseDays(t, values['due-within']);
  const byDue = values.overdue || dueWithinDays !== undefined;
  const status = statuses === 'all' ? undefined : (statuses ?? (byDue ? undefined : OPEN_STATUSES));

  const service = await app.taskService();
  const tasks = await service.list({
    ...(status && { status }),
    ...(type && { type }),
    ...(values.overdue && { overdue: true }),
    ...(dueWithinDays !== undefined && { dueWithinDays }),
    ...(values.assignee && { assignee: values.assignee }),
  });
  if (values.json) {
    writeJson(io, tasks.map(listedTask));
    return 0;
  }
  writeLines(
    io,
    tasks.length === 0
      ? [t('cli.noTasks')]
      : [t('cli.listHeader'), ...tasks.map((task) => taskLine(t, task))],
  );
  return 0;
}
