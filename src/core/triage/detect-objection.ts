import type { Match, ScanReader } from './scan-reader.js';

/** Objection: unsubscribing from newsletters or SMS, opting out of marketing or profiling. */
export function detectObjection(r: ScanReader): Match[] {
  const out: Match[] = [];
  const live = (i: number) => r.live(i);
  for (const i of r.where('UNSUB')) if (live(i)) out.push({ type: 'objection', weight: 0.9, positions: [i] });
  for (const i of r.where('OBJECT'))
    if (live(i)) out.push({ type: 'objection', weight: 0.85, positions: [i] });
  // "sign me off", "afmelden", "abmelden" also mean logging out: only with a mailing nearby.
  for (const i of r.where('DEREGISTER')) {
    const what = r.near(i, ['MARKETING', 'MSG', 'ME'], 6);
    if (what >= 0 && live(i)) out.push({ type: 'objection', weight: 0.8, positions: [i, what] });
  }
  // "stop sending me texts", "sluta mejla mig", "hört auf, mir Mails zu schicken".
  for (const i of r.where('STOP')) {
    const what = r.near(i, ['MARKETING', 'MSG', 'PROFILING'], 6);
    if (what >= 0 && live(i)) out.push({ type: 'objection', weight: 0.85, positions: [i, what] });
  }
  // "no more newsletters", "ik wil geen reclame meer", "bitte keine Werbung mehr".
  for (const i of r.where('MARKETING', 'MSG')) {
    if (r.conditional(i)) continue;
    const refusal = r.near(i, ['NEG_WANT'], 8);
    const noMore = r.near(i, ['NOMORE'], 6);
    const negation = r.near(i, ['NEG'], 6);
    const wish = r.inSentence(i, ['WANT']);
    if (refusal >= 0 && r.has(i, 'MARKETING')) {
      out.push({ type: 'objection', weight: 0.8, positions: [refusal, i] });
    } else if (noMore >= 0 && negation >= 0 && (wish >= 0 || refusal >= 0)) {
      out.push({ type: 'objection', weight: 0.8, positions: [negation, i, noMore] });
    } else if (refusal >= 0 && noMore >= 0) {
      out.push({ type: 'objection', weight: 0.75, positions: [refusal, i, noMore] });
    }
  }
  // "don't send me any more e-mails", "skicka inga fler nyhetsbrev", "stuur me geen mails meer".
  for (const i of r.where('SEND')) {
    const before = r.near(i, ['NEG', 'NEG_WANT'], 3, 'before');
    const after = r.near(i, ['NEG'], 4, 'after');
    const negation = before >= 0 ? before : after;
    const what = r.near(i, ['MARKETING', 'MSG', 'NOMORE'], 6, 'after');
    if (negation >= 0 && what >= 0 && r.near(i, ['MARKETING', 'MSG'], 7, 'after') >= 0 && !r.conditional(i)) {
      out.push({
        type: 'objection',
        weight: 0.75,
        positions: [Math.min(negation, i), Math.max(what, negation)],
      });
    }
  }
  // Profiling with a refusal anywhere near: "I object to … to profile me", "please stop this".
  for (const i of r.where('PROFILING')) {
    const refusal = r.near(i, ['STOP', 'NEG_WANT', 'OBJECT', 'UNSUB'], 12);
    if (refusal >= 0 && !r.conditional(i))
      out.push({ type: 'objection', weight: 0.8, positions: [refusal, i] });
  }
  return out;
}

/** Breach: the customer received or sees another person's personal data. */
export function detectBreach(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('OTHER_PERSON')) {
    const what = r.near(i, ['DOCUMENT', 'INVOICE', 'ATTR', 'DATA', 'ACCOUNT', 'ORDER', 'DELIVERY'], 12);
    const shown = r.inSentence(i, ['SHOWN']);
    if (what >= 0 && shown >= 0 && !r.conditional(i)) {
      out.push({ type: 'breach', weight: 0.85, positions: [shown, what, i].sort((a, b) => a - b) });
    }
  }
  return out;
}

/**
 * A question about how personal data is handled (kept, shared, needed, cookies, the DPO),
 * asked in a sentence that makes no request.
 */
export function detectQuestion(r: ScanReader, requestSentences: ReadonlySet<number>): Match[] {
  if (r.inTicket('PHISHING')) return [];
  const out: Match[] = [];
  for (const [index, sentence] of r.sentences.entries()) {
    if (requestSentences.has(index)) continue;
    const first = sentence.first;
    const asks = sentence.question || r.inSentence(first, ['QWORD']) >= 0 || r.has(first, 'QWORD');
    if (!asks) continue;
    let topic = -1;
    let handling = -1;
    for (let k = first; k < sentence.end && topic < 0; k++) {
      if (r.has(k, 'PRIVACY')) topic = k;
      else if (r.has(k, 'DATA', 'ATTR')) {
        handling = r.near(k, ['KEEP', 'SHARE', 'COLLECT', 'NEED', 'USE', 'PROCESS'], 8);
        if (handling >= 0) topic = k;
      }
    }
    if (topic >= 0)
      out.push({ type: 'question', weight: 0.8, positions: handling >= 0 ? [topic, handling] : [topic] });
  }
  return out;
}
