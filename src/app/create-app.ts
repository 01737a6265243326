import type { Clock } from '../core/ports/clock.js';
import type { Logger } from '../core/ports/logger.js';
import type { Translate } from '../core/ports/translate.js';
import { createTranslate } from './create-i18n.js';
import { createLogger } from './create-logger.js';
import { lazy } from './lazy.js';
import { type Config, loadConfig } from './load-config.js';
import { systemClock } from './system-clock.js';

export interface AppOptions {
  env: Record<string, string | undefined>;
  /** Where logs go (standard error by default). */
  stderr?: NodeJS.WritableStream;
  clock?: Clock;
}

/**
 * The composition root: the one place that wires configuration, store, adapters and the core.
 * Everything is made on first use, so a CLI command opens only what it needs.
 */
export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly translate: Translate;
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const config = lazy(() => loadConfig(options.env));
  const logger = lazy(() => createLogger({ level: config().LOG_LEVEL, destination: options.stderr }));
  const translate = lazy(() => createTranslate());
  const closers: Array<() => Promise<void>> = [];

  return {
    get config() {
      return config();
    },
    get logger() {
      return logger();
    },
    clock: options.clock ?? systemClock,
    get translate() {
      return translate();
    },
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
