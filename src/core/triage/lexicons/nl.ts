import type { Lexicon } from '../concepts.js';
import { NL_ACTIONS } from './nl-actions.js';
import { NL_GRAMMAR } from './nl-grammar.js';
import { NL_OBJECTS } from './nl-objects.js';

/** Dutch cues; pattern syntax as in `en.ts`. Separable verbs ("haal … uit", "meld … af") use `..`. */
export const NL: Lexicon = { ...NL_ACTIONS, ...NL_OBJECTS, ...NL_GRAMMAR };
