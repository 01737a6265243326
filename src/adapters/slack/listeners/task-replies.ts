import type { RespondFn } from '@slack/bolt';
import type { Language } from '../../../core/language/languages.js';
import { failureVars } from '../../../core/tasks/failure-vars.js';
import type { TaskFailure } from '../../../core/tasks/task-errors.js';
import type { SlackDeps } from '../slack-deps.js';

/** Sends a short text only the person who clicked or typed sees. */
export type Reply = (text: string) => Promise<void>;

/** A reply through the response URL that leaves the original message alone. */
export function ephemeralReply(respond: RespondFn): Reply {
  return async (text) => {
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  };
}

/** A task failure in the person's language, with the status and type named in words. */
export function failureText(deps: SlackDeps, failure: TaskFailure, language: Language): string {
  const vars = failureVars(failure, language, (key) => deps.translate(key, language));
  return deps.translate(failure.messageKey, language, vars);
}

/**
 * Whether the person is on the privacy team (a member of the privacy channel or user group), and
 * the language to talk to them in.
 */
export async function checkStaff(
  deps: SlackDeps,
  userId: string,
): Promise<{ staff: boolean; language: Language }> {
  const [staff, language] = await Promise.all([
    deps.directory.isStaff(userId),
    deps.directory.localeOf(userId),
  ]);
  if (!staff) deps.logger.info({ user: userId }, 'task action refused: not on the privacy team');
  return { staff, language };
}

/**
 * Lets staff through; tells anyone else, politely and in their own language, that task actions are
 * for the privacy team. Returns the person's language, or null when refused.
 */
export async function staffOnly(deps: SlackDeps, userId: string, reply: Reply): Promise<Language | null> {
  const { staff, language } = await checkStaff(deps, userId);
  if (staff) return language;
  await reply(deps.translate('slack:refusal.notStaff', language));
  return null;
}
