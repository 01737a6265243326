import type { Concept } from './concepts.js';
import type { Match, ScanReader } from './scan-reader.js';

/** Objects that make "delete", "copy", "change" a shop matter rather than a privacy one. */
const SHOP_OBJECTS: Concept[] = [
  'ORDER',
  'ITEM',
  'REVIEW',
  'CARD',
  'CART',
  'INVOICE',
  'DOCUMENT',
  'DELIVERY',
  'PASSWORD',
];
const OWN_DATA: Concept[] = ['DATA', 'STORAGE', 'ACCOUNT'];

/** Usable unless negated ("I do NOT want it deleted") or hypothetical ("if I delete my account, …"). */
const live = (r: ScanReader, i: number) => r.live(i);
/** Another verb between a verb and a noun claims the noun: "I ask that you delete my data". */
/** "send me my data and then delete it": a conjunction starts a second request. */
const AND_THEN = new Set(['and', 'then', 'en', 'daarna', 'och', 'sedan', 'und', 'dann', 'danach']);
const OTHER_ACTIONS: Concept[] = [
  'DELETE',
  'CLOSE',
  'CORRECT',
  'RESTRICT',
  'TRANSFER',
  'EXPORT',
  'STOP',
  'UNSUB',
];

/** Erasure, and unsubscribing when the thing removed is a mailing list. */
export function detectErasure(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('FORGET'))
    if (live(r, i)) out.push({ type: 'erasure', weight: 0.95, positions: [i] });
  for (const i of r.where('DELETE', 'CLOSE', 'CLOSED')) {
    if (!live(r, i)) continue;
    // "account deactivated" reports a state; "I'd like my account closed" asks for one.
    if (!r.has(i, 'DELETE', 'CLOSE') && r.inSentence(i, ['WANT']) < 0) continue;
    const object = r.objectOf(i, [...OWN_DATA, 'MARKETING', 'MSG'], SHOP_OBJECTS, 6, [
      'ME',
      'ALL',
      'ATTR',
      'ABOUT_ME',
    ]);
    if (object.wanted && r.has(object.at, 'MARKETING', 'MSG')) {
      out.push({ type: 'objection', weight: 0.85, positions: [i, object.at] });
    } else if (object.wanted) {
      out.push({
        type: 'erasure',
        weight: r.has(object.at, 'ACCOUNT') ? 0.9 : 0.85,
        positions: [i, object.at],
      });
    } else if (object.at < 0 && object.neutral.length > 0 && r.has(i, 'DELETE')) {
      // "delete me", "radera allt om mig": no noun, but the person is the object; "then delete
      // everything" in a ticket about one's data or account.
      const person = object.neutral.find((k) => r.has(k, 'ME', 'ABOUT_ME'));
      const all = object.neutral.find((k) => r.has(k, 'ALL'));
      const aboutData = r.inTicket('DATA', 'ACCOUNT') && r.inSentence(i, SHOP_OBJECTS) < 0;
      const target = person ?? (aboutData ? all : undefined);
      if (target !== undefined) out.push({ type: 'erasure', weight: 0.7, positions: [i, target] });
    }
  }
  // "I don't want an account any more", "ik wil geen account meer".
  for (const i of r.where('ACCOUNT')) {
    const refusal = r.near(i, ['NEG_WANT'], 5, 'before');
    if (refusal >= 0 && r.inSentence(i, ['NOMORE']) >= 0 && r.inSentence(i, ['DELETE', 'CLOSE']) < 0) {
      if (!r.conditional(i)) out.push({ type: 'erasure', weight: 0.75, positions: [refusal, i] });
    }
  }
  // "stop storing my data", "I don't want you to keep my data".
  for (const i of r.where('KEEP')) {
    const refusal = r.near(i, ['NEG_WANT', 'STOP'], 5, 'before');
    const data = r.near(i, ['DATA', 'ATTR'], 5);
    if (refusal >= 0 && data >= 0 && !r.conditional(i) && r.inSentence(i, ['USE', 'PROCESS']) < 0) {
      out.push({ type: 'erasure', weight: 0.7, positions: [refusal, i, data] });
    }
  }
  return out;
}

/** Access: a copy or overview of one's data, what is held about me, Art. 15. */
export function detectAccess(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('ACCESS_REQ'))
    if (live(r, i)) out.push({ type: 'access', weight: 0.95, positions: [i] });
  for (const i of r.where('COPY')) {
    if (!live(r, i)) continue;
    const object = r.objectOf(i, ['DATA', 'ABOUT_ME', 'STORAGE'], SHOP_OBJECTS, 6, ['ALL']);
    if (object.wanted) out.push({ type: 'access', weight: 0.85, positions: [i, object.at] });
  }
  for (const i of r.where('SEND', 'GET', 'SEE')) {
    if (!live(r, i)) continue;
    const block = [...SHOP_OBJECTS, ...OTHER_ACTIONS, 'MARKETING', 'MSG'] as Concept[];
    const object = r.objectOf(i, ['DATA', 'ALL'], block, 8, ['WHICH']);
    if (!object.wanted) continue;
    // Verb-final clauses ("mij alle gegevens toe te sturen", "mir alle Daten zuzusenden") put the
    // data just before the verb; elsewhere a noun before the verb belongs to another clause.
    const allBefore = r.near(object.at, ['ALL', 'WHICH'], 2, 'before') >= 0;
    if (object.at < i && (i - object.at > 4 || !allBefore)) continue;
    // "… fordere Sie auf, sämtliche Daten über mich zu löschen": the data goes with the last verb.
    const later = r.near(object.at, OTHER_ACTIONS, 7, 'after');
    if (later >= 0 && !r.tokens.slice(object.at, later).some((t) => AND_THEN.has(t.norm))) continue;
    const aboutMe = r.near(object.at, ['ABOUT_ME'], 6, 'after');
    const held = r.near(object.at, ['KEEP'], 4, 'after');
    const which = r.near(object.at, ['WHICH', 'ALL'], 2, 'before');
    // "everything" is data only when it is what you hold on me.
    if (r.has(object.at, 'ALL') && !r.has(object.at, 'DATA') && aboutMe < 0 && held < 0) continue;
    // "send me my data" is access; "I'd like to know where my data is stored" is a question.
    const sent =
      r.has(i, 'SEND', 'GET') && (which >= 0 || aboutMe >= 0 || held >= 0 || !r.has(object.at, 'ALL'));
    // "I'd like to see my data" asks for it; "let me know where my data is kept" asks a question.
    const mine = r.near(object.at, ['MY'], 2, 'before') >= 0 && !r.between(i, object.at, 'QWORD', 'WHICH');
    if (aboutMe >= 0 || (which >= 0 && (held >= 0 || r.has(i, 'SEE'))) || sent || (mine && r.has(i, 'SEE'))) {
      if (r.inSegment(i, ['PORT', 'EXPORT', 'FILE', 'TRANSFER']) >= 0) continue;
      out.push({ type: 'access', weight: aboutMe >= 0 ? 0.85 : 0.7, positions: [i, object.at] });
    }
  }
  // "What data do you have about me?" asks for the data itself, whatever the grammar.
  for (const i of r.where('WHICH')) {
    const data = r.near(i, ['DATA'], 2, 'after');
    if (data < 0 || r.conditional(i)) continue;
    const aboutMe = r.near(data, ['ABOUT_ME'], 8, 'after');
    if (aboutMe >= 0) out.push({ type: 'access', weight: 0.85, positions: [i, data, aboutMe] });
  }
  return out;
}

/** Rectification: a wrong or changed name, address, e-mail, phone or birth date in the account. */
export function detectRectification(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('CORRECT')) {
    if (!live(r, i)) continue;
    // "My first name is saved as Jhon. Could you correct it?": the detail may be one sentence back.
    const previous = r.sentences[(r.tokens[i]?.sentence ?? 0) - 1];
    const near = r.near(i, ['ATTR', 'DATA'], 6);
    const before = previous
      ? r.where('ATTR').find((k) => k >= previous.first && k < previous.end)
      : undefined;
    const detail = near >= 0 ? near : r.inSentence(i, ['WANT']) >= 0 ? (before ?? -1) : -1;
    if (detail < 0 || r.near(i, ['PASSWORD'], 6) >= 0 || r.inSentence(detail, ['PASSWORD']) >= 0) continue;
    // The delivery address of an order is changed in the order, not in the customer record.
    const shop: Concept[] = ['ORDER', 'DELIVERY', 'INVOICE', 'DOCUMENT', 'ITEM'];
    const record: Concept[] = ['ACCOUNT', 'STORAGE'];
    const inRecord =
      r.inSentence(i, record) >= 0 || r.inSentence(detail, record) >= 0 || r.has(detail, ...record);
    const inShop = r.inSentence(i, shop) >= 0 || r.inSentence(detail, shop) >= 0;
    if (!inRecord && (inShop || (r.inTicket(...shop) && !r.inTicket(...record)))) continue;
    out.push({ type: 'rectification', weight: r.has(detail, 'ATTR') ? 0.8 : 0.7, positions: [i, detail] });
  }
  return out;
}

/** Restriction: keep the data but stop or limit its use (often while accuracy is disputed). */
export function detectRestriction(r: ScanReader): Match[] {
  const out: Match[] = [];
  for (const i of r.where('RESTRICT')) {
    if (!live(r, i)) continue;
    const data = r.near(i, ['DATA', 'PROCESS', 'USE'], 8);
    if (data >= 0 && r.objectOf(i, ['DATA', 'PROCESS'], ['ACCOUNT', 'PASSWORD', 'CARD'], 6).at !== -1) {
      out.push({ type: 'restriction', weight: 0.85, positions: [i, data] });
    }
  }
  for (const i of r.where('PROCESS', 'USE')) {
    const stop = r.near(i, ['STOP'], 5);
    const marketing = r.inSentence(i, ['MARKETING', 'MSG', 'PROFILING']);
    if (stop >= 0 && marketing < 0 && !r.conditional(i) && r.near(i, ['DATA'], 6) >= 0) {
      out.push({ type: 'restriction', weight: 0.75, positions: [stop, i] });
    }
  }
  // "keep it, but don't use it for anything else" — not asked as a question.
  const keptNotDeleted = r.where('DELETE').some((k) => r.negated(k));
  for (const i of r.where('USE')) {
    if (r.sentenceOf(i).question || r.conditional(i)) continue;
    const limit = r.near(i, ['ELSE'], 6);
    const refused = r.negated(i) || r.near(i, ['NOTHING'], 4) >= 0;
    const negation = r.near(i, ['NEG', 'NEG_WANT'], 6) >= 0;
    if ((limit >= 0 && (refused || negation || keptNotDeleted)) || (refused && keptNotDeleted)) {
      if (r.inTicket('DATA'))
        out.push({ type: 'restriction', weight: 0.65, positions: limit >= 0 ? [i, limit] : [i] });
    }
  }
  return out;
}

/** Portability: the data in a machine-readable file, or sent on to another company. */
export function detectPortability(r: ScanReader): Match[] {
  const out: Match[] = [];
  const dataInTicket = r.inTicket('DATA', 'EXPORT', 'TRANSFER');
  for (const i of r.where('PORT')) {
    if (live(r, i) && dataInTicket) out.push({ type: 'portability', weight: 0.9, positions: [i] });
  }
  for (const i of r.where('EXPORT', 'FILE')) {
    if (!live(r, i)) continue;
    const object = r.objectOf(i, ['DATA'], [...SHOP_OBJECTS, 'MARKETING'], 8, ['ALL']);
    if (object.wanted) out.push({ type: 'portability', weight: 0.8, positions: [i, object.at] });
  }
  for (const i of r.where('TRANSFER')) {
    const data = r.near(i, ['DATA'], 8);
    const elsewhere = r.near(i, ['ANOTHER'], 6);
    if (data >= 0 && elsewhere >= 0 && live(r, i)) {
      out.push({ type: 'portability', weight: 0.8, positions: [i, data, elsewhere] });
    }
  }
  return out;
}
