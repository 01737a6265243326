import { manualIntakeInput } from '../../core/commands/manual-intake.js';
import {
  createTypeLookup,
  parseStaffCommand,
  type StaffAction,
  type StaffCommand,
} from '../../core/commands/parse-staff-command.js';
import type { Digest } from '../../core/digest/digest.js';
import { renderDigestText } from '../../core/digest/render-digest-text.js';
import type { Answer } from '../../core/knowledge/answer-question.js';
import type { Language } from '../../core/language/languages.js';
import type { Clock } from '../../core/ports/clock.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Translate } from '../../core/ports/translate.js';
import type { TaskService } from '../../core/tasks/create-task-service.js';
import type { Playbooks } from '../../core/tasks/playbooks.js';
import { OPEN_STATUSES, REQUEST_TYPES } from '../../core/tasks/task.js';
import type { TaskAction } from '../../core/tasks/task-action.js';
import { TaskInputError } from '../../core/tasks/task-errors.js';
import { renderConsoleAnswer } from './render-console-answer.js';
import { checklistLines, createStaffText, describeFailure, taskLine } from './staff-text.js';

export interface ConsoleDeps {
  answer(question: string): Answer;
  /** The notice that a translation is not the binding text, per language (null for Dutch). */
  translationNotice(language: Language): string | null;
  tasks: Pick<TaskService, 'list' | 'createTasks' | 'act' | 'get'>;
  /** For the checklist steps' titles in `show`. */
  playbooks: Playbooks;
  digest(): Promise<Digest>;
  translate: Translate;
  staffLocale: Language;
  defaultLanguage: Language;
  /** Who is at the keyboard, for "my tasks", claims and the audit trail. */
  user: string;
  clock: Clock;
  logger: Logger;
}

export interface ConsoleReply {
  output: string;
  quit?: boolean;
}

/** The console offers everything Slack's `/privacy` does, plus the digest, task actions by id, and quit. */
const CONSOLE_FEATURES = {
  digest: true,
  quit: true,
  actions: true,
  newWithoutTicket: true,
  usageLines: true,
} as const;

const ACTIONS: Record<Exclude<StaffAction, 'show'>, (user: string) => TaskAction> = {
  claim: (user) => ({ type: 'assign', assignee: user }),
  verify: () => ({ type: 'verify' }),
  pause: () => ({ type: 'pause', reason: 'clarification' }),
  resume: () => ({ type: 'resume' }),
  complete: () => ({ type: 'complete' }),
};

/**
 * The console door: one line in, one reply out. Questions get the policy answer (or the polite
 * hand-off) in their own language; commands mirror Slack's `/privacy` and answer in STAFF_LOCALE.
 */
export function createConsoleHandler(deps: ConsoleDeps): (line: string) => Promise<ConsoleReply> {
  const t = createStaffText(deps.translate, deps.staffLocale);
  const languages: Language[] = ['nl', 'en', 'sv', 'de'];
  const typeOf = createTypeLookup((type) => languages.map((l) => deps.translate(`tasks:type.${type}`, l)));
  const lines = (...text: string[]) => ({ output: `${text.join('\n')}\n` });

  async function run(command: StaffCommand): Promise<ConsoleReply> {
    switch (command.kind) {
      case 'help':
        return lines(t('console:help', { types: REQUEST_TYPES.join(', ') }));
      case 'quit':
        return { output: '', quit: true };
      case 'question': {
        const answer = deps.answer(command.text);
        deps.logger.debug(
          { language: answer.language, answered: answer.answered, section: answer.sectionId },
          'console question answered',
        );
        return {
          output: renderConsoleAnswer(answer, deps.translate, deps.translationNotice(answer.language)),
        };
      }
      case 'digest':
        return { output: renderDigestText(await deps.digest(), deps.translate, deps.staffLocale) };
      case 'tasks': {
        // Open tasks only: closed ones are history, not work.
        const query =
          command.scope === 'mine'
            ? { status: OPEN_STATUSES, assignee: deps.user }
            : command.scope === 'overdue'
              ? { overdue: true }
              : { status: OPEN_STATUSES };
        const tasks = await deps.tasks.list(query);
        const title = t(`console:tasks.${command.scope}`, { user: deps.user });
        if (tasks.length === 0) return lines(title, `  ${t('console:tasks.none')}`);
        return lines(
          title,
          `  ${t('console:tasks.header')}`,
          ...tasks.map((task) => `  ${taskLine(t, task)}`),
        );
      }
      case 'bad-new':
        return lines(
          t(`console:new.bad.${command.problem}`, { value: command.value, types: REQUEST_TYPES.join(', ') }),
        );
      case 'new': {
        let result: Awaited<ReturnType<ConsoleDeps['tasks']['createTasks']>>;
        try {
          result = await deps.tasks.createTasks(
            manualIntakeInput(command, {
              now: deps.clock.now().toISOString(),
              defaultLanguage: deps.defaultLanguage,
              actor: deps.user,
            }),
          );
        } catch (error) {
          // The core's rules on the received date: not in the future, within the supported years.
          if (error instanceof TaskInputError) return lines(t(error.messageKey, error.vars));
          if (error instanceof RangeError)
            return lines(t('console:new.bad.date', { value: command.receivedAt }));
          throw error;
        }
        const task = result.created[0] ?? result.existing[0];
        if (!task) throw new Error('the store returned neither a new nor an existing task');
        const key =
          result.created.length === 0 ? 'existing' : task.status === 'duplicate' ? 'duplicate' : 'created';
        return lines(
          t(`console:new.${key}`, {
            id: task.id,
            type: t(`tasks:type.${task.type}`),
            ticket: task.ticketId ?? '-',
            due: task.due,
            original: task.duplicateOf,
          }),
        );
      }
      case 'usage':
        return lines(
          command.command === 'new'
            ? t('console:usage.new', { types: REQUEST_TYPES.join(', ') })
            : command.command === 'check'
              ? t('console:usage.check')
              : t('console:usage.action', { action: command.command }),
        );
      case 'check': {
        const action = { type: 'check', item: command.item, done: command.done } as const;
        const result = await deps.tasks.act(command.taskId, action, deps.user);
        if (!result.ok) return lines(describeFailure(t, result, deps.staffLocale));
        return lines(
          taskLine(t, result.task),
          ...checklistLines(result.task, deps.playbooks, deps.staffLocale),
        );
      }
      case 'action': {
        if (command.action === 'show') {
          const task = await deps.tasks.get(command.taskId);
          if (!task) return lines(t('tasks:errors.NOT_FOUND', { id: command.taskId }));
          return lines(taskLine(t, task), ...checklistLines(task, deps.playbooks, deps.staffLocale));
        }
        let result = await deps.tasks.act(command.taskId, ACTIONS[command.action](deps.user), deps.user);
        // Claim is Slack's Claim button: assign to me, and start a task that was only received.
        if (command.action === 'claim' && result.ok && result.task.status === 'received')
          result = await deps.tasks.act(command.taskId, { type: 'start' }, deps.user);
        if (!result.ok) return lines(describeFailure(t, result, deps.staffLocale));
        return lines(taskLine(t, result.task));
      }
    }
  }

  return async (line) => {
    try {
      return await run(parseStaffCommand(line, typeOf, CONSOLE_FEATURES));
    } catch (error) {
      deps.logger.error({ err: error }, 'console command failed');
      return lines(t('console:error'));
    }
  };
}
