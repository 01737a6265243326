import type { DeadlineCalendar } from '../../core/deadlines/holiday-calendar.js';
import type { Language } from '../../core/language/languages.js';

/** What the Slack door needs from the configuration. */
export interface SlackSettings {
  /** Channel id (C…) where task cards go and whose members may act on tasks. */
  privacyChannel: string | null;
  /** User group id (S…) whose members may also act on tasks. */
  privacyUsergroup: string | null;
  /** Language of task cards, reminders and digests, and of replies to people whose locale is unknown. */
  staffLocale: Language;
  /** Language of answers to questions in none of the four languages. */
  defaultLanguage: Language;
  /** For ticket links: https://<subdomain>.zendesk.com/agent/tickets/<id>. */
  zendeskSubdomain: string | null;
  calendar: DeadlineCalendar;
}
