import type { CliCommand } from '../cli-command.js';
import { ACTION_USAGES, type ActionCommand, actOnTaskCommand } from './tasks/act-on-task-command.js';
import { CREATE_USAGE, createTaskCommand } from './tasks/create-task-command.js';
import { LIST_USAGE, listTasksCommand } from './tasks/list-tasks-command.js';
import { PURGE_USAGE, purgeTasksCommand } from './tasks/purge-tasks-command.js';
import { SHOW_USAGE, showTaskCommand } from './tasks/show-task-command.js';
import { staffText, usageError } from './tasks/staff-text.js';

const USAGE = [CREATE_USAGE, LIST_USAGE, SHOW_USAGE, ...Object.values(ACTION_USAGES), PURGE_USAGE].join(
  '\n       ',
);

/** `tasks <sub-command>`: manual intake, listing, the lifecycle actions and the retention purge. */
export const tasksCommand: CliCommand = {
  name: 'tasks',
  summary: 'Create, list, show and act on privacy-request tasks; purge old personal data',
  usage: USAGE,
  async run(args, io, app) {
    const [name = '', ...rest] = args;
    if (name === 'create') return createTaskCommand(rest, io, app);
    if (name === 'list') return listTasksCommand(rest, io, app);
    if (name === 'show') return showTaskCommand(rest, io, app);
    if (name === 'purge') return purgeTasksCommand(rest, io, app);
    if (name in ACTION_USAGES) return actOnTaskCommand(name as ActionCommand, rest, io, app);
    const allowed = ['create', 'list', 'show', ...Object.keys(ACTION_USAGES), 'purge'].join(', ');
    throw usageError(staffText(app), 'subcommand', { name, allowed });
  },
};
