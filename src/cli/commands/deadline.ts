import { computeDeadline } from '../../core/deadlines/compute-deadline.js';
import { COUNTRIES, type Country } from '../../core/deadlines/holiday-calendar.js';
import { isValidTimeZone } from '../../core/deadlines/local-time.js';
import type { CliCommand } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';
import { localInstant } from './tasks/format-task.js';
import { parseType, parseWhen } from './tasks/parse-values.js';
import { rejectExtra, staffText, usageError, writeJson, writeLines } from './tasks/staff-text.js';

const USAGE =
  'privacy-assistant deadline --type <type> --received <date|datetime> [--country SE|NL] [--tz <zone>] [--json]';

/** `deadline`: when a request received at a given moment must be answered. Touches no database. */
export const deadlineCommand: CliCommand = {
  name: 'deadline',
  summary: 'Compute the GDPR deadline of a request (one month, extension, 72-hour breach)',
  usage: USAGE,
  async run(args, io, app) {
    const { values, positionals } = parseFlags(
      args,
      {
        type: { type: 'string' },
        received: { type: 'string' },
        country: { type: 'string' },
        tz: { type: 'string' },
        json: { type: 'boolean' },
      },
      USAGE,
    );
    const t = staffText(app);
    rejectExtra(t, positionals, 0, USAGE);
    const type = parseType(t, values.type);
    const country = (values.country ?? app.config.COUNTRY).toUpperCase();
    if (!(COUNTRIES as readonly string[]).includes(country))
      throw usageError(t, 'country', { allowed: COUNTRIES.join(', ') });
    const timeZone = values.tz ?? app.config.TZ;
    if (!isValidTimeZone(timeZone)) throw usageError(t, 'zone', { value: timeZone });
    const received = parseWhen(t, '--received', values.received, timeZone);
    const result = computeDeadline({ type, receivedAt: received, country: country as Country, timeZone });

    if (values.json) {
      writeJson(io, {
        type,
        received: result.receivedAt,
        receivedDate: result.receivedDate,
        country,
        timeZone,
        due: result.due,
        dueAt: result.dueAt,
        extendedDue: result.extendedDue,
        extendedDueAt: result.extendedDueAt,
        rule: result.rule,
      });
      return 0;
    }
    writeLines(io, [
      t(`type.${type}`),
      t('cli.deadline.received', { date: result.receivedDate, zone: timeZone, country }),
      t('cli.deadline.due', { date: result.due, instant: localInstant(result.dueAt, timeZone) }),
      result.extendedDue
        ? t('cli.deadline.extendedDue', { date: result.extendedDue })
        : t('cli.deadline.noExtension'),
      t('cli.deadline.rule', { rule: t(`rule.${result.rule}`) }),
    ]);
    return 0;
  },
};
