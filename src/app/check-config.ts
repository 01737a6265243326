import { editDistance } from '../core/knowledge/edit-distance.js';
import { ConfigError, configSchema, loadConfig } from './load-config.js';

/** Variables whose values are never printed. */
const SECRET = /TOKEN|SECRET|PASSWORD/;
/** Prefixes of the bot's own variables: an unknown name with one of them is probably a typo. */
const OURS = /^(SLACK|ZENDESK|DIGEST|REMINDER|BREACH|RETENTION|KNOWLEDGE|STAFF|DEFAULT|WORKER|INBOX|OUTBOX)_/;

export type ConfigWarning =
  | { key: 'noPrivacyChannel' | 'noDigestRecipients' | 'digestWithoutSlack' | 'noIntake' }
  | { key: 'unknownVariable'; name: string; suggestion: string | null };

export interface ConfigReport {
  ok: boolean;
  /** Each names the variable and how to fix it (from the schema). */
  problems: string[];
  warnings: ConfigWarning[];
  /** Every variable of the schema with its effective value; secrets only say whether they are set. */
  settings: Record<string, string>;
}

export const HIDDEN = '[hidden]';

/** Query parameters whose values are hidden: password, pass, pwd, secret, token, key and the like. */
const SECRET_PARAMETER = /pass|pwd|secret|token|key/i;

/**
 * A value with the secrets a URL can carry hidden: the password of `scheme://user:password@host`
 * (the whole user part when it has no password: it may be a token), and password-like query
 * parameters. Works on any text, valid URL or not, so that a rejected value is not shown either.
 * The user part ends at the last `@` before the query, so an unencoded `@` in a password stays hidden.
 */
export function hideUrlSecrets(value: string): string {
  const query = value.search(/[?#]/);
  const head = query === -1 ? value : value.slice(0, query);
  const tail = query === -1 ? '' : value.slice(query);
  const withoutUser = head.replace(/^([a-z][a-z0-9+.-]*:\/\/)(.*)@/i, (_, scheme: string, user: string) => {
    const colon = user.indexOf(':');
    return `${scheme}${colon === -1 ? HIDDEN : `${user.slice(0, colon)}:${HIDDEN}`}@`;
  });
  const withoutParameters = tail.replace(/([?&;#])([^=&;#]*)=([^&;#]*)/g, (whole, separator, name) =>
    SECRET_PARAMETER.test(name) ? `${separator}${name}=${HIDDEN}` : whole,
  );
  return withoutUser + withoutParameters;
}

function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < distance) [best, distance] = [candidate, d];
  }
  return distance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

function show(name: string, raw: string | undefined, value: unknown): string {
  if (SECRET.test(name)) return raw?.trim() ? HIDDEN : '';
  if (value === undefined) return '';
  // Any value, not only the *_URL ones: a URL put in the wrong variable is hidden as well.
  return hideUrlSecrets(Array.isArray(value) ? value.join(',') : String(value));
}

/**
 * `config check`: validates the environment as `serve` would, without starting anything. Lists
 * every problem, warns about settings that are valid but probably not meant (Slack without a privacy
 * channel, a misspelt variable), and shows the effective values with secrets hidden.
 */
export function checkConfig(env: Record<string, string | undefined>): ConfigReport {
  const known = Object.keys(configSchema.shape);
  const warnings: ConfigWarning[] = [];
  for (const name of Object.keys(env).sort()) {
    if (OURS.test(name) && !known.includes(name))
      warnings.push({ key: 'unknownVariable', name, suggestion: closest(name, known) });
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // As given: the values did not all parse.
    const settings = Object.fromEntries(known.map((n) => [n, show(n, env[n], env[n])]));
    return { ok: false, problems: error.problems, warnings, settings };
  }
  const slack = Boolean(config.SLACK_BOT_TOKEN);
  if (slack && !config.SLACK_PRIVACY_CHANNEL) warnings.push({ key: 'noPrivacyChannel' });
  if (slack && !config.SLACK_DIGEST_CHANNEL && config.DIGEST_USERS.length === 0)
    warnings.push({ key: 'noDigestRecipients' });
  if (!slack && (config.SLACK_DIGEST_CHANNEL || config.DIGEST_USERS.length > 0))
    warnings.push({ key: 'digestWithoutSlack' });
  if (config.ZENDESK_API_TOKEN && !config.ZENDESK_WEBHOOK_SECRET && config.ZENDESK_POLL_INTERVAL === 0)
    warnings.push({ key: 'noIntake' });
  const settings = Object.fromEntries(
    known.map((n) => [n, show(n, env[n], (config as Record<string, unknown>)[n])]),
  );
  return { ok: true, problems: [], warnings, settings };
}
