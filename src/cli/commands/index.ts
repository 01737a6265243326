import type { CliCommand } from '../cli-command.js';

/** Sub-commands, loaded on demand so that start-up reads only the one asked for. */
export const COMMANDS: ReadonlyArray<{ name: string; summary: string; load: () => Promise<CliCommand> }> = [
  {
    name: 'ask',
    summary:
      'Answer a privacy-policy question (nl/en/sv/de) with a citation, or read questions as JSON lines',
    load: async () => (await import('./ask.js')).askCommand,
  },
  {
    name: 'config',
    summary:
      'Check the configuration (environment and .env) without starting: every problem listed, no secrets shown',
    load: async () => (await import('./config.js')).configCommand,
  },
  {
    name: 'deadline',
    summary: 'Compute the GDPR deadline of a request (one month, extension, 72-hour breach)',
    load: async () => (await import('./deadline.js')).deadlineCommand,
  },
  {
    name: 'digest',
    summary:
      'Show the daily digest of privacy tasks (overdue, due soon, breaches, per assignee) or send it to Slack',
    load: async () => (await import('./digest.js')).digestCommand,
  },
  {
    name: 'tasks',
    summary: 'Create, list, show and act on privacy-request tasks; purge old personal data',
    load: async () => (await import('./tasks.js')).tasksCommand,
  },
  {
    name: 'migrate',
    summary: 'Bring the database (DATABASE_URL, SQLite or Postgres) to this version’s schema',
    load: async () => (await import('./migrate.js')).migrateCommand,
  },
  {
    name: 'serve',
    summary:
      'Run the bot: HTTP server (PORT, HOST) for Zendesk webhooks and Slack, with its background workers',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'triage',
    summary: 'Recognise privacy requests in tickets: JSON lines in and out, or one ticket explained',
    load: async () => (await import('./triage.js')).triageCommand,
  },
];
