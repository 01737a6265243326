/**
 * Language-neutral meanings that the per-language lexicons map words to. The rules in
 * `detect-*.ts` speak only of concepts, so a rule written once serves all four languages.
 */
export const CONCEPTS = [
  // Actions on data and accounts.
  'DELETE', // delete, remove, erase, wipe
  'CLOSE', // close, deactivate, terminate (an account or a subscription)
  'CLOSED', // closed, deactivated, gone, weg, borta: a state, a request only when wished for
  'FORGET', // right to be forgotten, Art. 17
  'ACCESS_REQ', // subject access request, Art. 15, registerutdrag, inzageverzoek
  'SEND', // send, give, provide, e-mail me
  'GET', // receive, obtain, get, would like to have
  'SEE', // see, view, inspect, know
  'COPY', // copy, overview, summary, extract
  'WHICH', // what, which (asking which data)
  'CORRECT', // correct, fix, update, change; wrong, misspelled
  'RESTRICT', // restrict, limit, block, freeze
  'PORT', // portability, machine-readable, CSV, JSON
  'EXPORT', // export, download
  'TRANSFER', // transfer, move, hand over
  'FILE', // as a file, spreadsheet
  'ANOTHER', // another, other (service, retailer)
  'UNSUB', // unsubscribe, opt out: marketing words on their own
  'DEREGISTER', // sign off, deregister: marketing only with a marketing word nearby
  'STOP', // stop, cease, quit
  'OBJECT', // object, objection, Widerspruch
  'PROFILING', // profiling, personalised ads
  'PROCESS', // process, processing
  'USE', // use, using
  'KEEP', // keep, store, save, hold, retain
  'SHARE', // share, sell, pass on, disclose
  'COLLECT', // collect, gather, track
  'NEED', // need, require, ask for
  'EXIST', // be (in), stand, exist, be registered: "no longer be in your system"
  'REMAIN', // left, remain, kvar, übrig: "nothing left of me with you"
  // Objects.
  'ACCOUNT', // account, profile, membership
  'DATA', // data, personal information, details
  'INFO', // info, information, details: personal data only when mine ("info about the raffle" is not)
  'STORAGE', // database, systems, records, register
  'WITH_YOU', // with you, on your books, bij jullie, hos er, bei euch
  'ALL', // everything, all
  'ME', // me (object pronoun)
  'MY', // my, mijn, min, mein
  'ABOUT_ME', // about me, on me, over mij, om mig, über mich
  'ATTR', // name, address, e-mail address, phone number, date of birth
  'OLD_NEW', // old, previous, new, current (before a name or address): a detail that changed
  'ORDER', // order, purchase
  'ITEM', // item, product, socks, size
  'REVIEW', // review, rating
  'EVENT', // raffle, draw, waitlist, competition: signing off these is no objection
  'CARD', // payment card, card details
  'CART', // basket, cart, wishlist
  'INVOICE', // invoice, receipt
  'DOCUMENT', // order confirmation, packing slip, parcel label
  'DELIVERY', // delivery or shipping address, parcel, shipment
  'PASSWORD', // password, login details
  'MARKETING', // newsletter, marketing, promotional e-mails, mailing list
  'MSG', // e-mails, texts, messages
  'PRIVACY', // privacy, GDPR, data protection, cookies, third parties, DPO
  'PHISHING', // phishing, scam, fake
  'OTHER_PERSON', // someone else's, another customer's, a stranger's
  'NOT_MINE', // not mine, doesn't belong to me, I'm not this person: weaker than OTHER_PERSON
  'THIRD_POSS', // his, her (hans, hennes, seine, haar): another person's details
  'RELATIVE', // mum, wife, friend, colleague: someone the customer knows, whose "her name" is no breach
  'SHOWN', // received, got, see, shows, was in, belongs to
  'ADDRESSES', // e-mail addresses (plural): many recipients' addresses in view
  'RECIPIENTS', // cc, bcc, the "to" field, reply all: who else got a mail
  'LEAK', // data breach, leak, datalek, Datenpanne: the customer names the incident
  'CUSTOMERS', // your customers, customer list, customer database: the data of our customers as a whole
  'EXPOSED', // public forum, dump, dark web, posted online: data out where anyone can see it
  'KNEW', // knew, mentioned, kannte, wist, visste: a message that knows something about the customer
  // Grammar.
  'NEG', // not, don't, never, niet, inte, nicht
  'NEG_WANT', // don't want, no longer want
  'NOMORE', // no more, any more, no longer
  'STILL', // still, nog steeds, fortfarande, immer noch: an opt-out not honoured
  'NOTHING', // nothing, anything (after a negation)
  'NEG_BREAK', // verbs that take the negation away from the request: know, find
  'INABILITY', // can't, cannot, unable: not a refusal
  'COND', // if I, when I: a hypothetical, not a request
  'PAST_Q', // did you, have you, hebben jullie, habt ihr: asking what happened, not for it to happen
  'FOLLOW_UP', // yet, already, my request, I asked: a reminder of a request made before
  'QWORD', // how, why, who, where, do you
  'WONDER', // I wonder, I'd like to know, curious: a question without a question mark
  'ELSE', // anything else, for nothing else
  'MAYBE', // maybe, probably, vielleicht, kanske: a guess, not a wish
  'WANT', // want, would like, please: marks a wish
  'CONTRAST', // but, however: a negation does not reach across it
  'ACCIDENT', // by mistake, accidentally: "I clicked unsubscribe by accident" is no request
  'INSTEAD', // instead of, rather than, statt: the thing after it is not wanted
  'DENY', // that's not true, det stämmer inte: the clause before it is denied
  'IT', // it, them (object pronouns): the verb already has its object
  'OWN_ACT', // I unsubscribed, jag har raderat, ich habe … gelöscht: what the customer did, no request
  'SKIP', // phrases that only consume words ("is correct")
] as const;

export type Concept = (typeof CONCEPTS)[number];

/** A lexicon: for each concept, word patterns separated by `|` (syntax in `lexicons/en.ts`). */
export type Lexicon = Partial<Record<Concept, string>>;
