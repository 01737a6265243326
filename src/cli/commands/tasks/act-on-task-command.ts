import type { App } from '../../../app/create-app.js';
import type { TaskAction } from '../../../core/tasks/task-action.js';
import type { CliIo } from '../../cli-command.js';
import { parseFlags } from '../../parse-flags.js';
import {
  cliActor,
  refusalError,
  rejectExtra,
  type StaffText,
  staffText,
  usageError,
  writeJson,
  writeLines,
} from './staff-text.js';

/** The lifecycle sub-commands and the usage of each. */
export const ACTION_USAGES = {
  assign: 'privacy-assistant tasks assign <id> <user>|--unassign',
  start: 'privacy-assistant tasks start <id>',
  verify: 'privacy-assistant tasks verify <id>',
  pause: 'privacy-assistant tasks pause <id> [--reason identity|clarification]',
  resume: 'privacy-assistant tasks resume <id>',
  extend: 'privacy-assistant tasks extend <id> --reason <text> [--notice-sent]',
  notice: 'privacy-assistant tasks notice <id>',
  check: 'privacy-assistant tasks check <id> <item> [--undo]',
  complete: 'privacy-assistant tasks complete <id>',
  refuse: 'privacy-assistant tasks refuse <id> --reason <text> [--complaint-notified]',
  withdraw: 'privacy-assistant tasks withdraw <id>',
} as const;
export type ActionCommand = keyof typeof ACTION_USAGES;

const FLAGS = {
  reason: { type: 'string' },
  'notice-sent': { type: 'boolean' },
  'complaint-notified': { type: 'boolean' },
  undo: { type: 'boolean' },
  unassign: { type: 'boolean' },
  as: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseFlags<typeof FLAGS>>['values'];

function toAction(t: StaffText, name: ActionCommand, extra: string[], values: Values): TaskAction {
  const need = (value: string | undefined, what: string) => {
    if (!value?.trim()) throw usageError(t, 'missing', { what });
    return value.trim();
  };
  switch (name) {
    case 'assign':
      return { type: 'assign', assignee: values.unassign ? null : need(extra[0], '<user>') };
    case 'pause': {
      const reason = values.reason ?? 'identity';
      if (reason !== 'identity' && reason !== 'clarification') throw usageError(t, 'pauseReason');
      return { type: 'pause', reason };
    }
    case 'extend':
      return {
        type: 'extend',
        reason: need(values.reason, '--reason'),
        noticeSent: values['notice-sent'] === true,
      };
    case 'notice':
      return { type: 'extension-notice' };
    case 'check':
      return { type: 'check', item: need(extra[0], '<item>'), done: values.undo !== true };
    case 'refuse':
      return {
        type: 'refuse',
        reason: need(values.reason, '--reason'),
        complaintNotified: values['complaint-notified'] === true,
      };
    default:
      return { type: name };
  }
}

/** Applies one lifecycle action; a refused transition prints why, exits 1 and changes nothing. */
export async function actOnTaskCommand(
  name: ActionCommand,
  args: string[],
  io: CliIo,
  app: App,
): Promise<number> {
  const { values, positionals } = parseFlags(args, FLAGS, ACTION_USAGES[name]);
  const t = staffText(app);
  const [id, ...extra] = positionals;
  if (!id) throw usageError(t, 'missing', { what: '<id>' });
  // <id>, and for assign (unless --unassign) the user, for check the item.
  const takes = (name === 'assign' && !values.unassign) || name === 'check' ? 2 : 1;
  rejectExtra(t, positionals, takes, ACTION_USAGES[name]);
  const action = toAction(t, name, extra, values);
  const service = await app.taskService();
  const before = await service.get(id);
  const result = await service.act(id, action, cliActor(values.as));
  if (!result.ok) throw refusalError(t, result, app.config.STAFF_LOCALE);
  const { task } = result;
  if (values.json) {
    writeJson(io, task);
    return 0;
  }
  const unchanged = before?.version === task.version;
  const lines = [
    unchanged
      ? t('cli.unchanged', { id })
      : t('cli.changed', { id, status: t(`status.${task.status}`), due: task.due }),
  ];
  if (action.type === 'refuse' && !action.complaintNotified) {
    const language = app.config.STAFF_LOCALE;
    lines.push(
      t('cli.refusalSteps'),
      ...service.playbooks.refusal.items.map((i) => `  - ${i.title[language]}`),
    );
  }
  writeLines(io, lines);
  return 0;
}
