import type { KnowledgeIndex } from '../core/knowledge/knowledge-index.js';
import type { Clock } from '../core/ports/clock.js';
import type { Logger } from '../core/ports/logger.js';
import type { Store } from '../core/ports/store.js';
import type { Translate } from '../core/ports/translate.js';
import { createTaskService, type TaskService } from '../core/tasks/create-task-service.js';
import type { Playbooks } from '../core/tasks/playbooks.js';
import { createTranslate } from './create-i18n.js';
import { createLogger } from './create-logger.js';
import { lazy } from './lazy.js';
import { type Config, loadConfig } from './load-config.js';
import { knowledgeIndexFor } from './load-knowledge.js';
import { loadPlaybooks } from './load-playbooks.js';
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
  /** The privacy policy's search index (KNOWLEDGE_DIR or `knowledge/`), built once per process. */
  knowledge(): KnowledgeIndex;
  /** The checklists and applicable policy sections per request type, read once from `knowledge/playbooks/`. */
  playbooks(): Playbooks;
  /** The store named by DATABASE_URL, opened and migrated on first use; `close()` closes it. */
  store(): Promise<Store>;
  /** Opens the store like `store()` and says which schema versions its migration went from and to. */
  migrateStore(): Promise<{ kind: Store['kind']; from: number; to: number }>;
  /** Tasks over the store, with the configured calendar, the playbooks and the outbox destinations. */
  taskService(): Promise<TaskService>;
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const config = lazy(() => loadConfig(options.env));
  const logger = lazy(() => createLogger({ level: config().LOG_LEVEL, destination: options.stderr }));
  const translate = lazy(() => createTranslate());
  const closers: Array<() => Promise<void>> = [];
  const playbooks = lazy(() => loadPlaybooks(config().KNOWLEDGE_DIR));
  let migration = { from: 0, to: 0 };
  const store = lazy(async () => {
    // Loaded here, not at import: commands that never touch the database skip the native driver.
    const { createStore } = await import('../adapters/store/create-store.js');
    const opened = await createStore(config().DATABASE_URL);
    closers.push(() => opened.close());
    migration = await opened.migrate();
    return opened;
  });
  const taskService = lazy(async () => {
    const c = config();
    const opened = await store();
    return createTaskService({
      store: opened,
      retention: opened,
      clock: options.clock ?? systemClock,
      calendar: { country: c.COUNTRY, timeZone: c.TZ },
      playbooks: playbooks(),
      // Only adapters that are configured get told of task changes: nothing else would deliver them.
      destinations: [...(c.ZENDESK_API_TOKEN ? ['zendesk'] : []), ...(c.SLACK_BOT_TOKEN ? ['slack'] : [])],
    });
  });

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
    knowledge: () => knowledgeIndexFor(config().KNOWLEDGE_DIR),
    playbooks,
    store,
    async migrateStore() {
      const opened = await store();
      return { kind: opened.kind, ...migration };
    },
    taskService,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
