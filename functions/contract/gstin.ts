/**
 * GSTINs: the 15-character GST identification number (state code, PAN, entity number, 'Z', check
 * character). Apart from the states' names (gst-states.ts) so that configuration, which every bundle
 * loads, checks a GSTIN without carrying the names.
 */
const GSTIN_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The GSTIN's 15th character, its check digit: GSTN's mod-36 scheme (a Luhn mod N over the 36
 * characters 0-9A-Z). Each of the first 14 characters' values is multiplied by 1 and 2 alternately;
 * each product's base-36 digits are added (quotient + remainder by 36); the check character is the one
 * whose value brings the sum to a multiple of 36.
 */
export function gstinCheckChar(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = GSTIN_CHARS.indexOf(first14[i] ?? '');
    if (value < 0) throw new Error(`Not a GSTIN character: ${first14[i]}`);
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GSTIN_CHARS[(36 - (sum % 36)) % 36] as string;
}

/**
 * A well-formed GSTIN: state code (2 digits), the holder's PAN (5 letters, 4 digits, 1 letter), the
 * registration's number within that PAN and state (1-9 or A-Z), 'Z' (reserved), and the check character.
 */
const GSTIN_SHAPE = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/** Shape and check character; whether its state code is one we list is config.ts's check. */
export function isValidGstin(gstin: string): boolean {
  return GSTIN_SHAPE.test(gstin) && gstinCheckChar(gstin) === gstin[14];
}
