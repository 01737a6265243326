import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Packages the pure core may use: data validation, search, calendars, stemming. No I/O, no vendor SDKs. */
const CORE_ALLOWED_PACKAGES = [
  'zod',
  'fuse.js',
  'luxon',
  'date-holidays',
  '@orama/stemmers/dutch',
  '@orama/stemmers/english',
  '@orama/stemmers/german',
  '@orama/stemmers/swedish',
  'node:crypto',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)];
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return [...found, ...dynamic].map((m) => m[1] as string);
}

function resolveImport(file: string, specifier: string): string {
  return specifier.startsWith('.') ? relative(SRC, resolve(file, '..', specifier)) : specifier;
}

describe('dependency direction', () => {
  const files = sourceFiles(SRC);

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('keeps the core pure: no adapters, no app, no vendor SDKs, no environment, no clock, no timers', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => relative(SRC, f).startsWith('core/'))) {
      const name = relative(SRC, file);
      for (const specifier of importsOf(file)) {
        const target = resolveImport(file, specifier);
        if (specifier.startsWith('.')) {
          if (!target.startsWith('core/')) problems.push(`${name} imports ${target}`);
        } else if (!CORE_ALLOWED_PACKAGES.includes(specifier)) {
          problems.push(`${name} imports package ${specifier}`);
        }
      }
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of [
        [/process\.env/, 'process.env'],
        [/Date\.now\(/, 'Date.now()'],
        [/new Date\(\)/, 'new Date() (use the Clock)'],
        [/\bset(Timeout|Interval|Immediate)\(/, 'timers'],
      ] as const) {
        if (pattern.test(text)) problems.push(`${name} uses ${what}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps adapters apart: an adapter imports the core, never another adapter, the app or the CLI', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => relative(SRC, f).startsWith('adapters/'))) {
      const name = relative(SRC, file);
      const own = name.split('/').slice(0, 2).join('/');
      for (const specifier of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = resolveImport(file, specifier);
        if (target.startsWith('core/') || target.startsWith(`${own}/`)) continue;
        problems.push(`${name} imports ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('detects a forbidden import when there is one', () => {
    const sample = "import { App } from '@slack/bolt';\nexport { x } from '../../adapters/slack/x.js';";
    const specifiers = [
      ...sample.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ].map((m) => m[1]);
    expect(specifiers).toEqual(['@slack/bolt', '../../adapters/slack/x.js']);
  });
});
