/** RFC 6238's own test vectors (SHA-1, seed "12345678901234567890"), cut to 6 digits. */
import { describe, expect, it } from 'vitest';
import { totp } from '../../lib/local/totp.ts';

// base32 of the ASCII seed 12345678901234567890
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('totp', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
    [20000000000, '353130'],
  ])('at %i s gives %s', (seconds, code) => {
    expect(totp(SECRET, seconds * 1000)).toBe(code);
  });
});
