import type { Language } from '../language/languages.js';
import { formatCitation } from './format-citation.js';
import type { KnowledgeIndex } from './knowledge-index.js';

export interface SectionView {
  id: string;
  title: string;
  /** The whole section, subsections included, paragraphs separated by blank lines. */
  text: string;
  citation: string;
  /** The Dutch original's citation, which prevails over a translation. */
  originalCitation: string;
  policyVersion: string;
}

/** The whole section in one language, for "show me the full text"; null for an unknown id. */
export function getSection(index: KnowledgeIndex, id: string, language: Language): SectionView | null {
  const section = index.byId.get(id);
  if (!section) return null;
  const parts = [section.texts[language].text.join('\n')];
  for (const child of index.knowledge.sections.filter((s) => s.parentId === id)) {
    parts.push(`${child.id} ${child.texts[language].title}\n${child.texts[language].text.join('\n')}`);
  }
  return {
    id,
    title: section.texts[language].title,
    text: parts.filter(Boolean).join('\n\n'),
    citation: formatCitation(section, language),
    originalCitation: formatCitation(section, 'nl'),
    policyVersion: index.version,
  };
}
