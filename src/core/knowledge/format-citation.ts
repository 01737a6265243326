import type { Language } from '../language/languages.js';
import type { Section } from './knowledge-schema.js';

/**
 * The citation as the policy reads: "§8 How long do we keep your data?". A passage of a section
 * (the rights of §11) is cited under its parent, with the policy's own number when it has one:
 * "§11 Your rights — 3. Erasure of your personal data"; an unnumbered passage carries our
 * (editorial) title: "§11 Your rights — Data portability".
 */
export function formatCitation(section: Section, language: Language, parent?: Section): string {
  const title = section.texts[language].title;
  if (!section.passage || !parent) return `§${section.id} ${title}`;
  const number = section.listNumber === null ? '' : `${section.listNumber}. `;
  return `§${parent.id} ${parent.texts[language].title} — ${number}${title}`;
}
