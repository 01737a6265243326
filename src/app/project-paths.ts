import { fileURLToPath } from 'node:url';

/** The package root, whether running from `src/` (tsx, vitest) or `dist/` (built). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));
