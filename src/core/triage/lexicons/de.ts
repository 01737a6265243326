import type { Lexicon } from '../concepts.js';
import { DE_ACTIONS } from './de-actions.js';
import { DE_GRAMMAR } from './de-grammar.js';
import { DE_OBJECTS } from './de-objects.js';

/**
 * German cues; pattern syntax as in `en.ts`. Compounds ("Kundenkonto", "Datenlöschung") are met
 * with word parts (`*konto*`); separable verbs ("melden Sie mich ab") use `..`.
 */
export const DE: Lexicon = { ...DE_ACTIONS, ...DE_OBJECTS, ...DE_GRAMMAR };
