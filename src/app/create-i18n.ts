import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource } from 'i18next';
import { LANGUAGES } from '../core/language/languages.js';
import type { Translate } from '../core/ports/translate.js';
import { LOCALES_DIR } from './project-paths.js';

/** Reads `locales/<language>/<namespace>.json` for the four languages. */
export function readLocales(dir = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const language of LANGUAGES) {
    resources[language] = {};
    for (const file of readdirSync(join(dir, language)).filter((f) => f.endsWith('.json'))) {
      const namespace = file.replace(/\.json$/, '');
      try {
        resources[language][namespace] = JSON.parse(readFileSync(join(dir, language, file), 'utf8'));
      } catch (error) {
        throw new Error(`locales/${language}/${file}: not valid JSON (${(error as Error).message})`);
      }
    }
  }
  return resources;
}

/** One i18next instance, initialised synchronously; every user-facing string goes through it. */
export function createTranslate(resources: Resource = readLocales()): Translate {
  const instance = i18next.createInstance();
  const namespaces = Object.keys(resources.en ?? {});
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return (key, language, vars) => instance.t(key, { lng: language, ...vars }) as string;
}
