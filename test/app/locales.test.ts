import { describe, expect, it } from 'vitest';
import { createTranslate, readLocales } from '../../src/app/create-i18n.js';
import { LANGUAGES } from '../../src/core/language/languages.js';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    Object.assign(out, flatten(v, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const resources = readLocales();
  const english = resources.en as Record<string, unknown>;

  it('has every namespace and key in every language, non-empty, with the same variables', () => {
    const problems: string[] = [];
    for (const [namespace, content] of Object.entries(english)) {
      const keys = flatten(content);
      for (const language of LANGUAGES) {
        const other = (resources[language] as Record<string, unknown>)[namespace];
        if (!other) {
          problems.push(`${language}/${namespace}.json is missing`);
          continue;
        }
        const theirs = flatten(other);
        for (const [key, text] of Object.entries(keys)) {
          const translated = theirs[key];
          if (translated === undefined || translated.trim() === '')
            problems.push(`${language}/${namespace}: ${key}`);
          else if (variables(translated).join() !== variables(text).join())
            problems.push(`${language}/${namespace}: ${key} has variables ${variables(translated)}`);
        }
        for (const key of Object.keys(theirs)) {
          if (!(key in keys)) problems.push(`${language}/${namespace}: ${key} is not in en`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('renders a key in each language', () => {
    const t = createTranslate(resources);
    expect(t('common:appName', 'en')).toBe('Privacy Assistant');
    expect(t('common:appName', 'sv')).toBe('Integritetsassistent');
  });
});
