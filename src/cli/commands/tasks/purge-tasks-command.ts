import type { App } from '../../../app/create-app.js';
import { parseLocalInstant } from '../../../core/deadlines/local-time.js';
import type { CliIo } from '../../cli-command.js';
import { createProgress } from '../../create-progress.js';
import { parseFlags } from '../../parse-flags.js';
import { parseWhen } from './parse-values.js';
import { staffText, writeJson, writeLines } from './staff-text.js';

export const PURGE_USAGE = 'privacy-assistant tasks purge [--now <datetime>] [--json]';

/** Our own retention: erases personal fields of tasks closed more than RETENTION_MONTHS ago. */
export async function purgeTasksCommand(args: string[], io: CliIo, app: App): Promise<number> {
  const { values } = parseFlags(args, { now: { type: 'string' }, json: { type: 'boolean' } }, PURGE_USAGE);
  const t = staffText(app);
  const zone = app.config.TZ;
  const now =
    values.now === undefined
      ? undefined
      : parseLocalInstant(parseWhen(t, '--now', values.now, zone), zone).instant;
  const service = await app.taskService();
  const progress = createProgress(io.stderr);
  const result = await service.purge({
    olderThanMonths: app.config.RETENTION_MONTHS,
    ...(now && { now }),
    onProgress: (count) =>
      progress.update(app.translate('operations:progress.purge', app.config.STAFF_LOCALE, { count })),
  });
  progress.done();
  if (values.json) writeJson(io, { retentionMonths: app.config.RETENTION_MONTHS, ...result });
  else writeLines(io, [t('cli.purged', { ...result })]);
  return 0;
}
