import { createHash } from 'node:crypto';
import type { Section } from './knowledge-schema.js';

/**
 * The policy version: a content hash of the Dutch original (ids, titles and text, in policy
 * order). Translations and hints do not change it; any edit to the Dutch text does.
 */
export function computePolicyVersion(sections: readonly Section[]): string {
  const hash = createHash('sha256');
  for (const section of sections) {
    const nl = section.texts.nl;
    hash.update(`${section.id}\u0000${nl.title}\u0000${nl.text.join('\n')}\u0001`);
  }
  return `nl-${hash.digest('hex').slice(0, 12)}`;
}
