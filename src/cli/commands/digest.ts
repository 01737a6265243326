import { digestRecipients } from '../../app/create-scheduled-jobs.js';
import { DateOutOfRangeError, parseLocalInstant, SUPPORTED_YEARS } from '../../core/deadlines/local-time.js';
import { renderDigestText } from '../../core/digest/render-digest-text.js';
import { enqueueDigest, prepareDigest } from '../../core/digest/send-digest.js';
import { type CliCommand, CliError } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';
import { rejectExtra, staffText, usageError } from './tasks/staff-text.js';

const USAGE = 'privacy-assistant digest [--now <date|datetime>] [--json] [--send]';

/**
 * `digest`: the team leads' daily overview as of now (or `--now`), shown in STAFF_LOCALE or as JSON;
 * `--send` queues it for SLACK_DIGEST_CHANNEL and DIGEST_USERS (once per day and recipient).
 */
export const digestCommand: CliCommand = {
  name: 'digest',
  summary:
    'Show the daily digest of privacy tasks (overdue, due soon, breaches, per assignee) or send it to Slack',
  usage: USAGE,
  async run(args, io, app) {
    const { values, positionals } = parseFlags(
      args,
      { now: { type: 'string' }, json: { type: 'boolean' }, send: { type: 'boolean' } },
      USAGE,
    );
    const config = app.config;
    const locale = config.STAFF_LOCALE;
    const t = (key: string, vars?: Record<string, unknown>) =>
      app.translate(`digest:cli.${key}`, locale, vars);
    rejectExtra(staffText(app), positionals, 0, USAGE);
    let now = app.clock.now().toISOString();
    if (values.now !== undefined) {
      try {
        now = parseLocalInstant(values.now, config.TZ).instant;
      } catch (error) {
        if (error instanceof DateOutOfRangeError)
          throw usageError(staffText(app), 'dateRange', {
            flag: '--now',
            value: values.now,
            ...SUPPORTED_YEARS,
          });
        throw new CliError(`${t('badNow', { zone: config.TZ })}\nUsage: ${USAGE}`, 2);
      }
    }
    const recipients = digestRecipients(app);
    if (values.send && !config.SLACK_BOT_TOKEN) throw new CliError(t('noSlack'), 2);
    if (values.send && recipients.length === 0) throw new CliError(t('noRecipients'), 2);

    const deps = {
      store: await app.store(),
      calendar: { country: config.COUNTRY, timeZone: config.TZ },
      digestTime: config.DIGEST_TIME,
    };
    const digest = await prepareDigest(deps, now);
    const queued = values.send ? await enqueueDigest(deps, digest, recipients) : null;
    if (values.json) {
      const out = queued === null ? digest : { ...digest, sent: { recipients, queued } };
      io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(renderDigestText(digest, app.translate, locale));
    if (queued !== null)
      io.stdout.write(`\n${t('sent', { date: digest.date, recipients: recipients.length, queued })}\n`);
    return 0;
  },
};
