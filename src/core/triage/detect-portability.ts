import { SHOP_OBJECTS } from './rule-vocabulary.js';
import type { Match, ScanReader } from './scan-reader.js';

/** Portability (Art. 20): the data in a machine-readable file, or sent on to another company. */
export function detectPortability(r: ScanReader): Match[] {
  const out: Match[] = [];
  // "everything you have on me in a machine-readable format": about me is my data.
  const dataInTicket = r.inTicket('DATA', 'ABOUT_ME', 'EXPORT', 'TRANSFER');
  for (const i of r.where('PORT')) {
    if (r.live(i) && dataInTicket) out.push({ type: 'portability', weight: 0.9, positions: [i] });
  }
  for (const i of r.where('EXPORT', 'FILE')) {
    if (!r.live(i)) continue;
    const object = r.objectOf(i, ['DATA'], [...SHOP_OBJECTS, 'MARKETING'], 8, ['ALL']);
    if (object.wanted) out.push({ type: 'portability', weight: 0.8, positions: [i, object.at] });
  }
  // "transfer my data to another shop"; in a ticket about moving data, "skicka min köphistorik
  // direkt till dem" (sent, but not to me).
  const moving = r.inTicket('PORT', 'TRANSFER');
  for (const i of r.where('TRANSFER', 'SEND')) {
    const transfer = r.has(i, 'TRANSFER');
    if (!transfer && !moving) continue;
    const data = r.near(i, ['DATA'], 8);
    const elsewhere = r.near(i, ['ANOTHER'], transfer ? 6 : 8, transfer ? 'both' : 'after');
    if (data >= 0 && elsewhere >= 0 && r.live(i)) {
      out.push({ type: 'portability', weight: 0.8, positions: [i, data, elsewhere] });
    }
  }
  return out;
}
