import type { Language } from '../language/languages.js';

/** Renders a message key (`namespace:key`) in a language; adapters render, the core returns keys and data. */
export type Translate = (key: string, language: Language, vars?: Record<string, unknown>) => string;
