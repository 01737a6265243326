import type { App } from '../../../app/create-app.js';
import { taskFailure } from '../../../core/tasks/task-errors.js';
import type { CliIo } from '../../cli-command.js';
import { parseFlags } from '../../parse-flags.js';
import { taskDetail } from './format-task.js';
import { refusalError, rejectExtra, staffText, usageError, writeJson, writeLines } from './staff-text.js';
import { shownTask } from './task-json.js';

export const SHOW_USAGE = 'privacy-assistant tasks show <id> [--json]';

/** One task in full, contact details included, with its deadline and audit trail. */
export async function showTaskCommand(args: string[], io: CliIo, app: App): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } }, SHOW_USAGE);
  const t = staffText(app);
  const [id] = positionals;
  if (!id) throw usageError(t, 'missing', { what: '<id>' });
  rejectExtra(t, positionals, 1, SHOW_USAGE);
  const service = await app.taskService();
  const task = await service.get(id);
  if (!task) throw refusalError(t, taskFailure('TASK.NOT_FOUND', { id }), app.config.STAFF_LOCALE);
  const audit = await service.audit(id);
  const deadline = service.deadline(task);
  if (values.json) {
    writeJson(io, shownTask(task, deadline, audit));
    return 0;
  }
  const context = {
    t,
    language: app.config.STAFF_LOCALE,
    timeZone: app.config.TZ,
    playbooks: service.playbooks,
  };
  writeLines(io, taskDetail(context, task, deadline, audit));
  return 0;
}
