import type { Language } from '../../language/languages.js';
import type { Lexicon } from '../concepts.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { NL } from './nl.js';
import { SV } from './sv.js';

export const LEXICONS: Record<Language, Lexicon> = { nl: NL, en: EN, sv: SV, de: DE };
