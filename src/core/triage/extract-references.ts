/** An order number: "#5012388", or 5–10 digits shortly after a word for order in any of the four languages. */
const ORDER_NUMBER =
  /(?:#\s?|\b(?:order|orders|ordernummer|ordernr|bestelling|bestelnummer|bestellnummer|bestellnr|bestellung|beställning|beställningsnummer|ordernumret|auftrag)\b[^\d\n]{0,20}?)([A-Z]{0,3}-?\d{5,10})\b/giu;
const EMAIL = /^[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,5}\.\p{L}{2,24}$/u;
/** Our own addresses (quoted from a confirmation or a footer) help no one fulfil anything. */
const OWN_DOMAINS = /@(?:[\w-]+\.)*caliroots\.[a-z]+$/i;

/**
 * Order numbers and e-mail addresses other than the requester's own, found in the customer's
 * own words. E-mail addresses are tested word by word so that no input can make the pattern
 * backtrack over the whole text.
 */
export function extractReferences(text: string, requesterEmail?: string | null) {
  const orderNumbers = new Set<string>();
  // Cheap tests first: most tickets hold no five-digit number and no address at all.
  if (/\d{5}/.test(text))
    for (const match of text.matchAll(ORDER_NUMBER)) orderNumbers.add((match[1] as string).toUpperCase());
  const emails = new Set<string>();
  const own = requesterEmail?.trim().toLowerCase();
  for (const word of text.includes('@') ? text.split(/[\s<>()[\],;:"']+/) : []) {
    if (!word.includes('@') || word.length > 254) continue;
    const email = word.replace(/\.+$/, '').toLowerCase();
    if (EMAIL.test(email) && email !== own && !OWN_DOMAINS.test(email)) emails.add(email);
  }
  return { orderNumbers: [...orderNumbers], emails: [...emails] };
}
