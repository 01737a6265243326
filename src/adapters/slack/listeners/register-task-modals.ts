import type { App, ViewOutput } from '@slack/bolt';
import { z } from 'zod';
import type { TaskAction } from '../../../core/tasks/task-action.js';
import { type SlackDeps, slackActor } from '../slack-deps.js';
import { INPUT, modalMetadata, parseJson, VIEW } from '../slack-ids.js';
import { checkStaff, failureText } from './task-replies.js';

const reasonSchema = z.string().trim().min(3).max(500);

function ticked(view: ViewOutput, ids: { block: string; action: string }): boolean {
  return (view.state.values[ids.block]?.[ids.action]?.selected_options ?? []).length > 0;
}

/**
 * The Extend and Refuse modals: on submit the reason is checked and the action applied as the
 * person who submitted it. A refusal by the task service (too late to extend, already closed) is
 * shown in the modal beside the reason, so nothing is lost; success closes the modal and the
 * outbox updates the card.
 */
export function registerTaskModals(app: App, deps: SlackDeps): void {
  const submit = (callbackId: string, actionOf: (reason: string, view: ViewOutput) => TaskAction) =>
    app.view(callbackId, async ({ ack, view, body }) => {
      const userId = body.user.id;
      const { staff, language } = await checkStaff(deps, userId);
      const fail = (text: string) =>
        ack({ response_action: 'errors', errors: { [INPUT.reason.block]: text } });
      if (!staff) return fail(deps.translate('slack:refusal.notStaff', language));
      const meta = parseJson(modalMetadata, view.private_metadata);
      const reason = reasonSchema.safeParse(
        view.state.values[INPUT.reason.block]?.[INPUT.reason.action]?.value ?? '',
      );
      if (!meta) return fail(deps.translate('slack:errors.badAction', language));
      if (!reason.success) return fail(deps.translate('slack:errors.reason', language));
      const result = await deps.tasks.act(meta.t, actionOf(reason.data, view), slackActor(userId));
      if (!result.ok) return fail(failureText(deps, result, language));
      await ack();
      deps.kickOutbox();
    });

  submit(VIEW.extend, (reason, view) => ({ type: 'extend', reason, noticeSent: ticked(view, INPUT.notice) }));
  submit(VIEW.refuse, (reason, view) => ({
    type: 'refuse',
    reason,
    complaintNotified: ticked(view, INPUT.complaint),
  }));
}
