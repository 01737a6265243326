import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ConfigWarning, checkConfig } from '../../app/check-config.js';
import { checkKnowledge } from '../../app/check-knowledge.js';
import { createTranslate } from '../../app/create-i18n.js';
import { isLanguage, type Language } from '../../core/language/languages.js';
import { type CliCommand, CliError } from '../cli-command.js';
import { parseFlags } from '../parse-flags.js';

const USAGE = 'privacy-assistant config check [--json]';

/** Exit code of a configuration error (sysexits EX_CONFIG), as for `serve` with a bad configuration. */
export const EX_CONFIG = 78;

/**
 * `config check`: validates the environment (and `.env`) and the knowledge folder's files, without
 * opening the database or a port.
 * Exit code 0 when valid (warnings allowed), 78 when not.
 */
export const configCommand: CliCommand = {
  name: 'config',
  summary:
    'Check the configuration (environment and .env) without starting: every problem listed, no secrets shown',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } }, USAGE);
    // The app's own translate needs a valid config; the staff language is read leniently instead.
    const staff = io.env.STAFF_LOCALE?.trim() ?? '';
    const locale: Language = isLanguage(staff) ? staff : 'en';
    const translate = createTranslate();
    const t = (key: string, vars?: Record<string, unknown>) =>
      translate(`operations:config.${key}`, locale, vars);
    if (positionals.length !== 1 || positionals[0] !== 'check')
      throw new CliError(`${t('usage')}\nUsage: ${USAGE}`, 2);

    const checked = checkConfig(io.env);
    // The knowledge folder too: `serve` refuses a broken policy or playbook file with exit 78.
    const knowledge = checkKnowledge(io.env.KNOWLEDGE_DIR);
    const report = {
      ...checked,
      ok: checked.ok && knowledge.length === 0,
      problems: [...checked.problems, ...knowledge],
    };
    const dotEnv = resolve('.env');
    const warning = (w: ConfigWarning) =>
      w.key === 'unknownVariable'
        ? t(w.suggestion ? 'warn.unknownVariable' : 'warn.unknownVariableNoSuggestion', {
            name: w.name,
            suggestion: w.suggestion,
          })
        : t(`warn.${w.key}`);
    if (values.json) {
      const out = { ...report, warnings: report.warnings.map((w) => ({ ...w, message: warning(w) })) };
      io.stdout.write(`${JSON.stringify({ ...out, dotEnv: existsSync(dotEnv) ? dotEnv : null }, null, 2)}\n`);
      return report.ok ? 0 : EX_CONFIG;
    }
    const lines = [existsSync(dotEnv) ? t('dotEnv', { path: dotEnv }) : t('noDotEnv')];
    if (report.ok) lines.push(t('ok'));
    else
      lines.push(t('problems', { count: report.problems.length }), ...report.problems.map((p) => `  - ${p}`));
    if (report.warnings.length > 0)
      lines.push('', t('warnings'), ...report.warnings.map((w) => `  - ${warning(w)}`));
    const width = Math.max(...Object.keys(report.settings).map((n) => n.length));
    lines.push('', t('settings'));
    for (const [name, value] of Object.entries(report.settings))
      lines.push(`  ${name.padEnd(width)}  ${value === '' ? t('notSet') : value}`);
    (report.ok ? io.stdout : io.stderr).write(`${lines.join('\n')}\n`);
    return report.ok ? 0 : EX_CONFIG;
  },
};
