import type { App } from '../../../app/create-app.js';
import { TaskInputError } from '../../../core/tasks/task-errors.js';
import type { CliIo } from '../../cli-command.js';
import { createProgress } from '../../create-progress.js';
import { parseFlags } from '../../parse-flags.js';
import { parseWhen } from './parse-values.js';
import { inputError, rejectExtra, staffText, writeJson, writeLines } from './staff-text.js';

export const PURGE_USAGE = 'privacy-assistant tasks purge [--now <datetime>] [--json]';

/**
 * Our own retention: erases personal fields of tasks closed more than RETENTION_MONTHS ago. `--now`
 * may replay an earlier moment, never a later one (that would erase data before its time).
 */
export async function purgeTasksCommand(args: string[], io: CliIo, app: App): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { now: { type: 'string' }, json: { type: 'boolean' } },
    PURGE_USAGE,
  );
  const t = staffText(app);
  rejectExtra(t, positionals, 0, PURGE_USAGE);
  const zone = app.config.TZ;
  // Read in TZ by the core, which also refuses a --now in the future.
  const now = values.now === undefined ? undefined : parseWhen(t, '--now', values.now, zone);
  const service = await app.taskService();
  const progress = createProgress(io.stderr);
  const result = await service
    .purge({
      olderThanMonths: app.config.RETENTION_MONTHS,
      ...(now && { now }),
      onProgress: (count) =>
        progress.update(app.translate('operations:progress.purge', app.config.STAFF_LOCALE, { count })),
    })
    .catch((error: unknown) => {
      // A --now in the future would erase personal data early: the core refuses it before any write.
      throw error instanceof TaskInputError ? inputError(t, error) : error;
    });
  progress.done();
  if (values.json) writeJson(io, { retentionMonths: app.config.RETENTION_MONTHS, ...result });
  else writeLines(io, [t('cli.purged', { ...result })]);
  return 0;
}
