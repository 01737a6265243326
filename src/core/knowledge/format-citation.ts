import type { Language } from '../language/languages.js';
import type { Section } from './knowledge-schema.js';

/** "§8 How long do we keep your data?": the section number and its title in `language`. */
export function formatCitation(section: Section, language: Language): string {
  return `§${section.id} ${section.texts[language].title}`;
}
