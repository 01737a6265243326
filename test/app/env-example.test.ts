import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../src/app/load-config.js';
import { PROJECT_ROOT } from '../../src/app/project-paths.js';

const lines = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8').split('\n');
const VARIABLE = /^#\s?([A-Z][A-Z0-9_]*)=(.*)$/;

describe('.env.example', () => {
  const documented = lines.flatMap((line, i) => {
    const match = VARIABLE.exec(line);
    return match ? [{ name: match[1] as string, value: match[2] as string, before: lines[i - 1] ?? '' }] : [];
  });

  it('lists exactly the variables of the configuration schema, each once', () => {
    const names = documented.map((d) => d.name);
    expect([...names].sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('explains each variable on the line above it', () => {
    for (const { name, before } of documented) {
      expect(before, name).toMatch(/^# \S.{15,}/);
      expect(VARIABLE.test(before), name).toBe(false);
    }
  });

  it('shows the real defaults: uncommented as they are, the file changes nothing', () => {
    const env = Object.fromEntries(documented.map((d) => [d.name, d.value]));
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });
});
