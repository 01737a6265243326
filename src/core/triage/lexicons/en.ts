import type { Lexicon } from '../concepts.js';
import { EN_ACTIONS } from './en-actions.js';
import { EN_GRAMMAR } from './en-grammar.js';
import { EN_OBJECTS } from './en-objects.js';

/**
 * English cues. `word` matches the word, `stem*` any word starting with it, `*part*` a part of a
 * word; a space joins words that must follow each other, `..` allows up to three words between and
 * `...` up to eight; `|` separates entries.
 */
export const EN: Lexicon = { ...EN_ACTIONS, ...EN_OBJECTS, ...EN_GRAMMAR };
