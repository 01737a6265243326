import type { Concept } from './concepts.js';

/** Objects that make "delete", "copy", "change" a shop matter rather than a privacy one. */
export const SHOP_OBJECTS: Concept[] = [
  'ORDER',
  'ITEM',
  'REVIEW',
  'CARD',
  'CART',
  'INVOICE',
  'DOCUMENT',
  'DELIVERY',
  'PASSWORD',
  'EVENT',
];

/** What a person keeps with us: erasing, closing or copying these is a privacy matter. */
export const OWN_DATA: Concept[] = ['DATA', 'STORAGE', 'ACCOUNT'];

/** Verbs of the other requests: a noun after one of them belongs to that request. */
export const OTHER_ACTIONS: Concept[] = [
  'DELETE',
  'CLOSE',
  'CORRECT',
  'RESTRICT',
  'TRANSFER',
  'EXPORT',
  'STOP',
  'UNSUB',
];

/** "send me my data and then delete it": a conjunction starts a second request. */
export const AND_THEN = new Set(['and', 'then', 'en', 'daarna', 'och', 'sedan', 'und', 'dann', 'danach']);

/** Marketing in any form: a refusal of these is an objection, not a restriction or an erasure. */
export const MARKETING_WORDS: Concept[] = ['MARKETING', 'MSG', 'PROFILING'];
