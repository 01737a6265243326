import { LANGUAGES, type Language } from '../../../src/core/language/languages.js';

/** A section file's content with the same title, text and hints in every language (tests ask in English). */
export interface SectionText {
  title: string;
  text: string[];
  hints: string[];
  translationOf?: string;
}
export type SectionFileContent = { id: string } & Record<Language, SectionText>;

export function sectionFile(
  id: string,
  title: string,
  text: string[],
  hints: string[] = [],
): SectionFileContent {
  const entry = (language: Language): SectionText =>
    language === 'nl' ? { title, text, hints } : { title, text, hints, translationOf: 'nl' };
  return {
    id,
    ...(Object.fromEntries(LANGUAGES.map((l) => [l, entry(l)])) as Record<Language, SectionText>),
  };
}

export const policyFile = {
  originalLanguage: 'nl',
  source: 'privacy-policy.nl.txt',
  name: { nl: 'Privacybeleid', en: 'Privacy policy', sv: 'Integritetspolicy', de: 'Datenschutzerklärung' },
  translationNotice: { en: 'Translation.', sv: 'Översättning.', de: 'Übersetzung.' },
};

/** A small policy: retention, cookies, a parent with two subsections, and a contact block. */
export const smallPolicy = [
  sectionFile(
    '1',
    'How long do we keep your data?',
    [
      'We keep your personal data for as long as it is needed.',
      'For you as a customer',
      'We keep your data for a maximum of 24 months after your last purchase.',
    ],
    ['how long', 'retention', 'keep', 'years', 'months'],
  ),
  sectionFile(
    '2',
    'Cookies',
    ['We use cookies to remember your settings.', 'You can block cookies in your browser settings.'],
    ['cookies', 'browser', 'block'],
  ),
  sectionFile('3', 'Your rights', ['You have the right to submit a request for:'], ['rights', 'my rights']),
  sectionFile(
    '3.1',
    'Erasure',
    ['You can ask us to delete your personal data.'],
    ['delete', 'erase', 'remove'],
  ),
  sectionFile(
    '3.2',
    'Correction',
    ['We correct inaccurate data about you.', 'The data we correct are:', '• Name', '• Address'],
    ['correct', 'wrong', 'fix'],
  ),
  sectionFile(
    '4',
    'Contact',
    ['If you have questions, contact us.', 'Example AB', 'Main Street 1', 'E-mail: privacy at example'],
    ['contact', 'reach', 'questions'],
  ),
];

export const fileName = (id: string) => {
  const [main = '', sub] = id.split('.');
  return `sections/${main.padStart(2, '0')}${sub ? `.${sub}` : ''}.json`;
};

export const asFiles = (sections: ReadonlyArray<{ id: string }>) =>
  sections.map((content) => ({ file: fileName(content.id), content }));

/**
 * The small policy with the rights of §3 as passages, the way §11's rights are: `3.1` numbered 1
 * by the policy, `3.2` an unnumbered paragraph under an editorial title.
 */
export const passagePolicy = smallPolicy.map((section) => {
  if (section.id === '3.1') return { ...section, passage: true, listNumber: 1 };
  if (section.id === '3.2') return { ...section, passage: true, editorialTitle: true };
  return section;
});
