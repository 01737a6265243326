import type { TypeLookup } from '../../core/commands/parse-staff-command.js';
import type { Answer } from '../../core/knowledge/answer-question.js';
import type { SectionView } from '../../core/knowledge/get-section.js';
import type { Language } from '../../core/language/languages.js';
import type { Clock } from '../../core/ports/clock.js';
import type { FeedbackStore } from '../../core/ports/feedback-store.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Translate } from '../../core/ports/translate.js';
import type { TaskService } from '../../core/tasks/create-task-service.js';
import type { StaffDirectory } from './create-staff-directory.js';
import type { SlackSettings } from './slack-settings.js';

/** What the listeners use: the core's services and a few Slack-side helpers. */
export interface SlackDeps {
  settings: SlackSettings;
  tasks: TaskService;
  /** Answers a policy question (the answer engine over the knowledge index). */
  answer(question: string): Answer;
  section(id: string, language: Language): SectionView | null;
  feedback: Pick<FeedbackStore, 'recordFeedback'>;
  directory: StaffDirectory;
  /** True the first time an Events API `event_id` is seen (across replicas); false for Slack's retries. */
  firstDelivery(eventId: string): Promise<boolean>;
  /** Wakes the outbox worker so that a card reflects a click at once. */
  kickOutbox(): void;
  typeOf: TypeLookup;
  translate: Translate;
  clock: Clock;
  logger: Logger;
  newId(): string;
}

/** Who did it, in the audit trail. */
export const slackActor = (userId: string) => `slack:${userId}`;
