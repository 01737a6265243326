import type { Language } from '../language/languages.js';
import type { CreateTasksInput } from '../tasks/create-task-service.js';
import type { StaffCommand } from './parse-staff-command.js';

/**
 * The task a staff member registers by hand (`new <type> [ticket] [date] [language]`, in Slack or on
 * the console): from a Zendesk ticket when a number is given, received now unless a date is, in the
 * requester's language or the default, with no requester details (staff open the ticket for those).
 */
export function manualIntakeInput(
  command: Extract<StaffCommand, { kind: 'new' }>,
  opts: { now: string; defaultLanguage: Language; actor: string },
): CreateTasksInput {
  return {
    source: command.ticketId ? 'zendesk' : 'manual',
    ticketId: command.ticketId,
    types: [command.type],
    receivedAt: command.receivedAt ?? opts.now,
    requester: null,
    language: command.language ?? opts.defaultLanguage,
    actor: opts.actor,
  };
}
