import { z } from 'zod';
import { LANGUAGES } from '../core/language/languages.js';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', ''])
  .default('false')
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const optionalUrl = optionalText.pipe(
  z.url({ error: 'must be a URL such as http://127.0.0.1:9999/api' }).optional(),
);

const positiveNumberList = z
  .string()
  .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, { error: 'must be a comma-separated list of whole numbers, e.g. 7,3,1' })
  .transform((v) =>
    v
      .split(',')
      .map((n) => Number(n.trim()))
      .sort((a, b) => b - a),
  );

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Every environment variable the bot reads, with its default. `.env.example` documents each one. */
export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/privacy-assistant.db')
    .refine((v) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      error: 'must be sqlite:<path> or postgres://user@host:port/db',
    }),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TZ: z
    .string()
    .default('Europe/Stockholm')
    .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Stockholm' }),
  COUNTRY: z.enum(['SE', 'NL'], { error: 'must be SE or NL (whose public holidays count)' }).default('SE'),
  DEFAULT_LANGUAGE: z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }).default('en'),
  STAFF_LOCALE: z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }).default('en'),
  KNOWLEDGE_DIR: optionalText,
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),

  // Background workers (see docs/scaling.md): how often idle workers look for due work, and how long
  // a claim hides a delivery or message from other replicas before a dead replica's work is taken over.
  WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(2_000),
  INBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),

  ZENDESK_SUBDOMAIN: optionalText,
  ZENDESK_EMAIL: optionalText,
  ZENDESK_API_TOKEN: optionalText,
  ZENDESK_API_URL: optionalUrl,
  ZENDESK_WEBHOOK_SECRET: optionalText,
  ZENDESK_PUBLIC_REPLY: flag,
  ZENDESK_POLL_INTERVAL: z.coerce.number().int().min(0).default(0),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalUrl,
  SLACK_PRIVACY_CHANNEL: optionalText,
  SLACK_PRIVACY_USERGROUP: optionalText,
  SLACK_DIGEST_CHANNEL: optionalText,
  DIGEST_USERS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be HH:MM on a 24-hour clock, e.g. 09:00' })
    .default('09:00'),
  REMINDER_DAYS: positiveNumberList.default([7, 3, 1]),
  BREACH_REMINDER_HOURS: z.coerce.number().int().min(1).max(24).default(6),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The variables the cross-field rules read. */
type Combined = Partial<
  Pick<
    Config,
    | 'ZENDESK_SUBDOMAIN'
    | 'ZENDESK_API_URL'
    | 'ZENDESK_EMAIL'
    | 'ZENDESK_API_TOKEN'
    | 'SLACK_BOT_TOKEN'
    | 'SLACK_SIGNING_SECRET'
    | 'SLACK_APP_TOKEN'
  >
>;

/** Cross-field rules: settings that only make sense together. */
function checkCombinations(config: Combined): string[] {
  const problems: string[] = [];
  const zendesk = [
    config.ZENDESK_SUBDOMAIN ?? config.ZENDESK_API_URL,
    config.ZENDESK_EMAIL,
    config.ZENDESK_API_TOKEN,
  ];
  if (zendesk.some(Boolean) && !zendesk.every(Boolean)) {
    problems.push(
      'ZENDESK_SUBDOMAIN (or ZENDESK_API_URL), ZENDESK_EMAIL and ZENDESK_API_TOKEN: set all three to connect to Zendesk, or none to run without it',
    );
  }
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode); find it under Basic Information in the Slack app settings',
    );
  }
  if ((config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN) && !config.SLACK_BOT_TOKEN) {
    problems.push('SLACK_BOT_TOKEN: required to use Slack (xoxb-…, under OAuth & Permissions)');
  }
  if (config.SLACK_APP_TOKEN && !config.SLACK_APP_TOKEN.startsWith('xapp-')) {
    problems.push(
      'SLACK_APP_TOKEN: must be an app-level token starting with xapp- (Basic Information → App-Level Tokens)',
    );
  }
  return problems;
}

/**
 * Parses the environment once. `env` is a parameter so that tests pass their own.
 * Every problem is listed in one error, with the variable's name and how to fix it.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigError([...problems, ...checkCombinations(parseEachField(env))]);
  }
  const problems = checkCombinations(parsed.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(parsed.data);
}

/**
 * The variables one by one, so that the cross-field rules still run when another variable is
 * invalid. One that is set but invalid counts as set (its own problem is already listed), so that
 * it does not also show up as missing.
 */
function parseEachField(env: Record<string, string | undefined>): Combined {
  const fields: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(configSchema.shape)) {
    const result = schema.safeParse(env[name]);
    fields[name] = result.success ? result.data : env[name]?.trim() || undefined;
  }
  return fields as Combined;
}
