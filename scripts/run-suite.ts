import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A measurement: prints its figures and says whether they meet the targets. */
export interface Suite {
  title: string;
  run(): Promise<{ ok: boolean }>;
}

/**
 * Runs every `scripts/<kind>/*.ts` module (its default export is a Suite), or those whose
 * file name contains one of the words given on the command line.
 */
export async function runSuites(kind: 'eval' | 'bench', filters: string[]): Promise<number> {
  const dir = join(import.meta.dirname, kind);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
  let failed = 0;
  for (const file of files) {
    const suite = (await import(join(dir, file))).default as Suite;
    console.log(`\n=== ${suite.title} (${kind}/${file}) ===`);
    const { ok } = await suite.run();
    if (!ok) {
      failed += 1;
      console.log(`!!! ${suite.title}: below target`);
    }
  }
  console.log(`\n${files.length - failed}/${files.length} ${kind} suites meet their targets.`);
  return failed === 0 ? 0 : 1;
}
