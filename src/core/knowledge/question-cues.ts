import type { Language } from '../language/languages.js';

/** `\b` that knows letters beyond ASCII ("über", "är"), compiled with the `u` flag. */
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;
const re = (source: string) => new RegExp(source.replaceAll(String.raw`\b`, BOUNDARY), 'u');

/** A sentence shape that points at a section where no single word does. */
export interface QuestionCue {
  pattern: RegExp;
  section: string;
  /** The cue does not hold when this matches too ("…about me *if I subscribe*" asks about §4.3). */
  unless?: RegExp;
  /** +1 points at the section, −1 away from it ("*my* phone number" is not the company's). */
  weight?: 1 | -1;
}

/**
 * "Is my IP address personal data?" asks for the definition (§1) although every word also fits
 * §4; "what does processing mean?" for §2; "what do you use my data for?" for the purposes (§5);
 * "what do you have on me?" for access (§11.1). Patterns run on the lower-case question, one
 * sentence at a time; within a language the first matching cue of each section counts once.
 */
export const QUESTION_CUES: Record<Language, readonly QuestionCue[]> = {
  en: [
    {
      pattern: re(
        String.raw`\b(mean|means|meant|definition|define|count|counts|considered|classed)\b.*\bprocess(ing|ed)?\b|\bprocess(ing)?\b.*\b(mean|means|meant)\b|^(is|are)\b.+\bprocessing\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(is|are)\b.+\bpersonal (data|information|info)\W*$|\b(mean|means|meant|definition|define|counts?( as)?)\b.*\bpersonal (data|information|info)\b|\bpersonal (data|information|info)\b.*\b(mean|means|meant)\b`,
      ),
      section: '1',
    },
    { pattern: re(String.raw`^what\b.+\bfor\W*$|^(what|for what)\b.*\bpurposes?\b`), section: '5' },
    {
      pattern: re(String.raw`\b(have|hold|store|stored|keep|know|got)\b.*\b(on|about|of) me\b`),
      section: '11.1',
      unless: re(String.raw`\b(if|when)\b`),
    },
    {
      pattern: re(String.raw`\b(my|our)\s+(phone|telephone|mobile|e-?mail|address)`),
      section: '13',
      weight: -1,
    },
  ],
  nl: [
    {
      pattern: re(
        String.raw`\b(betekent|betekenis|definitie|houdt|valt onder|vallen onder|geldt als|telt als)\b.*\bverwerk\w*|\bverwerk\w*\b.*\b(betekent|houdt\b.*\bin)\b|^(is|zijn)\b.+\bverwerking\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(is|zijn|valt|vallen|telt|tellen)\b.+\bpersoonsgegevens?\W*$|\b(betekent|betekenis|definitie|houdt|valt onder|vallen onder|geldt als|telt als)\b.*\bpersoonsgegevens?\b|\bpersoonsgegevens\b.*\b(betekent|houdt\b.*\bin)\b`,
      ),
      section: '1',
    },
    {
      pattern: re(String.raw`^waar\b.+\bvoor\W*$|\b(wat is het doel|met welk doel|voor welk doel)\b`),
      section: '5',
    },
    {
      pattern: re(
        String.raw`\b(hebben|heeft|bewaren|bewaard|opgeslagen|weten)\b.*\b(van|over) mij\b|\b(van|over) mij\b.*\b(hebben|bewaren|bewaard|opgeslagen|weten)\b`,
      ),
      section: '11.1',
      unless: re(String.raw`\b(als|wanneer|indien)\b`),
    },
    {
      pattern: re(String.raw`\b(mijn|ons)\s+(telefoon\w*|mobiele?|e-?mail\w*|adres)`),
      section: '13',
      weight: -1,
    },
  ],
  sv: [
    {
      pattern: re(
        String.raw`\b(betyder|innebär|definition|räknas|anses)\b.*\bbehandl\w*|\bbehandl\w*\b.*\b(betyder|innebär)\b|^(är)\b.+\bbehandling\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(är|räknas)\b.+\bpersonuppgift(er)?\W*$|\b(betyder|innebär|definition|räknas|anses)\b.*\bpersonuppgift(er)?\b|\bpersonuppgift(er)?\b.*\b(betyder|innebär)\b`,
      ),
      section: '1',
    },
    {
      pattern: re(String.raw`^vad\b.+\btill\W*$|\b(vad är syftet|i vilket syfte|vilket syfte)\b`),
      section: '5',
    },
    {
      pattern: re(String.raw`\b(har|sparat|sparade|lagrat|lagrade|vet)\b.*\bom mig\b`),
      section: '11.1',
      unless: re(String.raw`\b(om jag|när)\b`),
    },
    {
      pattern: re(String.raw`\b(min|mitt|mina|vår)\s+(telefon\w*|mobil\w*|e-?post\w*|mejl\w*|adress)`),
      section: '13',
      weight: -1,
    },
  ],
  de: [
    {
      pattern: re(
        String.raw`\b(bedeutet|bedeutung|definition|heißt|zählt|gilt|gelten)\b.*\bverarbeit\w*|\bverarbeit\w*\b.*\b(bedeutet|heißt)\b|^(ist|sind)\b.+\bverarbeitung\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(ist|sind|zählt|zählen|gilt|gelten)\b.+\bpersonenbezogen\w*\b.*$|\b(bedeutet|bedeutung|definition|heißt|zählt|gilt|gelten)\b.*\bpersonenbezogen\w*|\bpersonenbezogen\w*\b.*\b(bedeutet|heißt)\b`,
      ),
      section: '1',
    },
    {
      pattern: re(String.raw`^wo\b.+\bfür\W*$|\b(zu welchem zweck|welchen zweck|was ist der zweck)\b`),
      section: '5',
    },
    {
      pattern: re(
        String.raw`\b(habt|hat|haben|gespeichert|speichert|wisst|wissen)\b.*\b(über mich|von mir)\b|\b(über mich|von mir)\b.*\b(habt|gespeichert|gesammelt|wisst)\b`,
      ),
      section: '11.1',
      unless: re(String.raw`\b(wenn|falls)\b`),
    },
    {
      pattern: re(String.raw`\b(mein\w*|unser\w*)\s+(telefon\w*|handy\w*|e-?mail\w*|adresse)`),
      section: '13',
      weight: -1,
    },
  ],
};

/**
 * The sections a question's shape points at. Definition of processing (§2) excludes the
 * definition of personal data (§1): "what does processing of personal data mean?" asks for §2.
 */
export function cueSections(
  question: string,
  language: Language,
): Array<{ section: string; weight: number }> {
  const sections = new Map<string, number>();
  for (const sentence of question.toLowerCase().split(/[.!?\n]+/)) {
    const trimmed = sentence.trim().replace(/['"‘’“”„]/g, '');
    for (const cue of QUESTION_CUES[language]) {
      if (cue.section === '1' && sections.has('2')) continue;
      if (sections.has(cue.section) || !cue.pattern.test(trimmed) || cue.unless?.test(trimmed)) continue;
      sections.set(cue.section, cue.weight ?? 1);
    }
  }
  return [...sections].map(([section, weight]) => ({ section, weight }));
}
