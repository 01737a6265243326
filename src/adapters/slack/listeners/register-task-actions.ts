import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Language } from '../../../core/language/languages.js';
import type { TaskAction } from '../../../core/tasks/task-action.js';
import { renderExtendModal, renderRefuseModal } from '../blocks/render-task-modals.js';
import { type SlackDeps, slackActor } from '../slack-deps.js';
import { ACTION, checkValue, parseJson, pauseOption, taskValue } from '../slack-ids.js';
import { ephemeralReply, failureText, type Reply, staffOnly } from './task-replies.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** Replies ephemerally: through the response URL when there is one, else with chat.postEphemeral. */
function replyFor(args: ActionArgs): Reply {
  if (args.body.response_url) return ephemeralReply(args.respond);
  const channel = args.body.channel?.id;
  return async (text) => {
    if (channel) await args.client.chat.postEphemeral({ channel, user: args.body.user.id, text });
  };
}

/** The element's value (buttons) or selected option (selects). */
function elementValue(args: ActionArgs): string | undefined {
  const action = args.action as { value?: string; selected_option?: { value?: string } };
  return action.value ?? action.selected_option?.value;
}

/**
 * Applies actions to a task in order, as the person who clicked, stopping at the first refusal
 * (shown to them in their language). The card itself is updated by the outbox, which is woken.
 */
async function perform(
  deps: SlackDeps,
  args: ActionArgs,
  taskId: string | null,
  next: (task: { status: string } | null, step: number) => TaskAction | null,
): Promise<void> {
  const reply = replyFor(args);
  const userId = args.body.user.id;
  const language = await staffOnly(deps, userId, reply);
  if (!language) return;
  if (!taskId) return reply(deps.translate('slack:errors.badAction', language));
  let task: { status: string } | null = null;
  for (let step = 0; ; step += 1) {
    const action = next(task, step);
    if (!action) break;
    const result = await deps.tasks.act(taskId, action, slackActor(userId));
    if (!result.ok) {
      await reply(failureText(deps, result, language));
      break;
    }
    task = result.task;
  }
  deps.kickOutbox();
}

const single = (action: TaskAction) => (_: unknown, step: number) => (step === 0 ? action : null);

async function openModal(
  deps: SlackDeps,
  args: ActionArgs,
  render: (task: NonNullable<Awaited<ReturnType<SlackDeps['tasks']['get']>>>, language: Language) => unknown,
) {
  const reply = replyFor(args);
  const language = await staffOnly(deps, args.body.user.id, reply);
  if (!language) return;
  const id = taskValue.safeParse(elementValue(args));
  const task = id.success ? await deps.tasks.get(id.data) : null;
  if (!task) return reply(deps.translate('slack:errors.badAction', language));
  await args.client.views.open({ trigger_id: args.body.trigger_id, view: render(task, language) as never });
}

/**
 * The buttons of a task card: Claim (assign to me and start), Identity verified, Pause (select a
 * reason) / Resume, Extend and Refuse (modals asking the reason), extension notice sent, Complete,
 * and the checklist ticks. Only the privacy team may use them.
 */
export function registerTaskActions(app: App, deps: SlackDeps): void {
  const on = (actionId: string | RegExp, handle: (args: ActionArgs) => Promise<void>) =>
    app.action<BlockAction>({ action_id: actionId }, async (args) => {
      await args.ack();
      await handle(args);
    });
  const idOf = (args: ActionArgs) => {
    const parsed = taskValue.safeParse(elementValue(args));
    return parsed.success ? parsed.data : null;
  };

  on(ACTION.claim, (args) =>
    perform(deps, args, idOf(args), (task, step) => {
      if (step === 0) return { type: 'assign', assignee: args.body.user.id };
      return step === 1 && task?.status === 'received' ? { type: 'start' } : null;
    }),
  );
  on(ACTION.verify, (args) => perform(deps, args, idOf(args), single({ type: 'verify' })));
  on(ACTION.resume, (args) => perform(deps, args, idOf(args), single({ type: 'resume' })));
  on(ACTION.notice, (args) => perform(deps, args, idOf(args), single({ type: 'extension-notice' })));
  on(ACTION.complete, (args) => perform(deps, args, idOf(args), single({ type: 'complete' })));
  on(ACTION.pause, (args) => {
    const parsed = pauseOption.safeParse(elementValue(args));
    return parsed.success
      ? perform(deps, args, parsed.data.taskId, single({ type: 'pause', reason: parsed.data.reason }))
      : perform(deps, args, null, () => null);
  });
  on(new RegExp(`^${ACTION.check.replace('.', '\\.')}:`), (args) => {
    const value = parseJson(checkValue, elementValue(args));
    return perform(
      deps,
      args,
      value?.t ?? null,
      single({ type: 'check', item: value?.i ?? '', done: value?.d ?? false }),
    );
  });
  on(ACTION.extend, (args) =>
    openModal(deps, args, (task, language) =>
      renderExtendModal(task, deps.settings, deps.translate, language),
    ),
  );
  on(ACTION.refuse, (args) =>
    openModal(deps, args, (task, language) =>
      renderRefuseModal(task, deps.settings, deps.tasks.playbooks, deps.translate, language),
    ),
  );
}
