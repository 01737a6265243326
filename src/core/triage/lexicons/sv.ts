import type { Lexicon } from '../concepts.js';
import { SV_ACTIONS } from './sv-actions.js';
import { SV_GRAMMAR } from './sv-grammar.js';
import { SV_OBJECTS } from './sv-objects.js';

/** Swedish cues; pattern syntax as in `en.ts`. Particle verbs ("ta … bort") use `..`. */
export const SV: Lexicon = { ...SV_ACTIONS, ...SV_OBJECTS, ...SV_GRAMMAR };
