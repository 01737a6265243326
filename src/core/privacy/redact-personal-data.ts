const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // E-mail addresses, including internationalised local parts.
  [/[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu, '[email]'],
  // IBANs, printed with or without spaces in groups of four.
  [/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g, '[iban]'],
  // Swedish personal identity numbers (YYMMDD-NNNN, YYYYMMDDNNNN) and Dutch BSNs (nine digits).
  [/\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+ ]?\d{4}\b/g, '[personal-id]'],
  [/\b\d{9}\b/g, '[personal-id]'],
  // Phone numbers: international (+46 8 720 07 97, 0046…) and national trunk-prefixed (08-720 07 97, 06-12345678).
  [/(?:\+|\b00)\d{1,3}[\s().-]*\d(?:[\s().-]*\d){6,12}\b/g, '[phone]'],
  [/\b0\d{1,3}[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){1,3}\b/g, '[phone]'],
];

/** Our own record ids (task, outbox, delivery): never personal data, and their digit runs look like phone numbers. */
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/**
 * Replaces e-mail addresses, phone numbers, personal identity numbers and IBANs anywhere in a
 * string with placeholders. Errs on the side of removing too much: it guards logs, not data.
 */
export function redactPersonalData(text: string): string {
  const ids = text.match(UUID) ?? [];
  const parts = text.split(UUID).map(redactPart);
  return parts.reduce((out, part, i) => out + (ids[i - 1] ?? '') + part);
}

function redactPart(text: string): string {
  let out = text;
  for (const [pattern, placeholder] of PATTERNS) out = out.replace(pattern, placeholder);
  return out;
}
