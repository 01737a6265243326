import type { Match, ScanReader } from './scan-reader.js';

const DETAILS = ['DOCUMENT', 'INVOICE', 'ATTR', 'DATA', 'ACCOUNT'] as const;

/**
 * Breach: the customer received or sees another person's personal data — "another customer's
 * packing slip", "a confirmation that isn't mine, with her name and address", "i kartongen låg
 * en följesedel till en Ahmed, med hans adress".
 */
export function detectBreach(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('OTHER_PERSON')) {
    // Someone else's order or parcel is a mix-up of goods, unless it shows in an account.
    const inAccount = r.inSentence(i, ['ACCOUNT']) >= 0 || r.has(i, 'ACCOUNT');
    const what = r.near(i, inAccount ? [...DETAILS, 'ORDER', 'DELIVERY'] : [...DETAILS], 12);
    const shown = r.inSentence(i, ['SHOWN']);
    // No hypothetical check: "when I logged in I could see …" tells what happened.
    if (what >= 0 && shown >= 0) {
      out.push({ type: 'breach', weight: 0.85, positions: [shown, what, i].sort((a, b) => a - b) });
    }
  }
  // "not mine", "gehört nicht mir", "gäller inte mig": someone else only when that person's
  // details are named around it, and not about a wrong detail in one's own account.
  for (const i of r.where('NOT_MINE')) {
    if (r.conditional(i) || r.inSentence(i, ['CORRECT']) >= 0) continue;
    const around = r.around(i, 1, 1);
    const details = around.filter((k) => r.has(k, 'ATTR', 'THIRD_POSS', 'CARD')).length;
    const seen = around.find((k) => r.has(k, 'SHOWN', 'DOCUMENT', 'INVOICE'));
    if (details >= 2 && seen !== undefined)
      out.push({ type: 'breach', weight: 0.75, positions: [Math.min(i, seen), Math.max(i, seen)] });
  }
  // "In der Mail stehen seine Lieferadresse und seine Handynummer", on a document received.
  const received = r.inTicket('DOCUMENT', 'INVOICE', 'MSG', 'OTHER_PERSON', 'NOT_MINE');
  for (const i of r.where('THIRD_POSS')) {
    const detail = r.near(i, ['ATTR', 'DELIVERY'], 2, 'after');
    const shown = r.inSentence(i, ['SHOWN']);
    if (detail < 0 || shown < 0 || !received || r.conditional(i) || r.inSentence(i, ['CORRECT']) >= 0)
      continue;
    out.push({ type: 'breach', weight: 0.75, positions: [shown, i, detail].sort((a, b) => a - b) });
  }
  return out;
}
