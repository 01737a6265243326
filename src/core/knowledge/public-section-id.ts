import type { Section } from './knowledge-schema.js';

/**
 * The id the outside world knows a section by: the policy's numbering (`1`…`13`, `4.1`…`4.4`).
 * A passage we retrieve on its own (`11.3`, a right inside §11) is reported as its parent (`11`).
 */
export function publicSectionId(section: Pick<Section, 'id' | 'parentId' | 'passage'>): string {
  return section.passage && section.parentId !== null ? section.parentId : section.id;
}

/**
 * Ranked passage ids as public section ids, each once, at the rank of its best passage:
 * `['11.3', '8', '11.1']` → `['11', '8']`. Unknown ids are kept as they are.
 */
export function publicSectionIds(
  passages: readonly string[],
  byId: ReadonlyMap<string, Pick<Section, 'id' | 'parentId' | 'passage'>>,
): string[] {
  const ids: string[] = [];
  for (const id of passages) {
    const section = byId.get(id);
    const publicId = section ? publicSectionId(section) : id;
    if (!ids.includes(publicId)) ids.push(publicId);
  }
  return ids;
}
