import type { RequestType } from '../tasks/task.js';

/**
 * The policy sections an agent should have at hand for each right, by section id. Ids missing from
 * a future policy are skipped, so a renumbered policy loses references rather than breaking notes.
 * 11.8 (complaint to the authority) matters whenever a request may be refused (Art. 12(4)).
 */
export const RIGHT_SECTIONS: Readonly<Record<RequestType, readonly string[]>> = {
  access: ['11.1', '8', '9', '11.8'],
  rectification: ['11.2', '11.5', '11.8'],
  erasure: ['11.3', '8', '11.5', '11.8'],
  restriction: ['11.4', '11.5', '11.8'],
  portability: ['11.6', '11.8'],
  objection: ['11.7', '6', '7', '11.8'],
  breach: ['10'],
};
