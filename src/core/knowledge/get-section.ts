import type { Language } from '../language/languages.js';
import { formatCitation } from './format-citation.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import type { Section } from './knowledge-schema.js';
import { publicSectionId } from './public-section-id.js';

export interface SectionView {
  /** The id asked for: a section (`11`, `4.1`) or a passage (`11.3`). */
  id: string;
  /** The public section id it belongs to (`11` for `11.3`). */
  sectionId: string;
  title: string;
  /** The whole section, subsections included, paragraphs separated by blank lines. */
  text: string;
  citation: string;
  /** The Dutch original's citation, which prevails over a translation. */
  originalCitation: string;
  policyVersion: string;
}

/**
 * A subsection's heading as the policy shows it: "4.1 When you place an order", "3. Erasure of
 * your personal data" for a numbered passage of §11, none for a passage the policy leaves unheaded.
 */
function headingOf(child: Section, language: Language): string | null {
  const title = child.texts[language].title;
  if (!child.passage) return `${child.id} ${title}`;
  return child.listNumber === null ? null : `${child.listNumber}. ${title}`;
}

/**
 * The whole section or passage in one language, for "show me the full text"; null for an unknown
 * id. A passage id (`11.3`) shows that passage, cited under its section.
 */
export function getSection(index: KnowledgeIndex, id: string, language: Language): SectionView | null {
  const section = index.byId.get(id);
  if (!section) return null;
  const parent = section.parentId === null ? undefined : index.byId.get(section.parentId);
  const parts = [section.texts[language].text.join('\n')];
  for (const child of index.knowledge.sections.filter((s) => s.parentId === id)) {
    const heading = headingOf(child, language);
    parts.push([heading, ...child.texts[language].text].filter((l) => l !== null).join('\n'));
  }
  return {
    id,
    sectionId: publicSectionId(section),
    title: section.texts[language].title,
    text: parts.filter(Boolean).join('\n\n'),
    citation: formatCitation(section, language, parent),
    originalCitation: formatCitation(section, 'nl', parent),
    policyVersion: index.version,
  };
}
