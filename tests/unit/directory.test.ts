import { describe, expect, it } from 'vitest';
import { listingAttributes, nameTokens, searchToken } from '../../functions/discovery/directory.ts';

describe('doctor name tokens', () => {
  it('splits a name into lower-case words without honorifics', () => {
    expect(nameTokens('Dr. Anita', 'Sharma')).toEqual(['anita', 'sharma']);
    expect(nameTokens('Mary-Ann', "D'Souza")).toEqual(['mary', 'ann', 'd', 'souza']);
  });

  it('folds accents so a plain-keyboard search finds accented names', () => {
    expect(nameTokens('José', 'Müller')).toEqual(['jose', 'muller']);
  });

  it('uses the first word of a query as the search token', () => {
    expect(searchToken('  Shar ')).toBe('shar');
    expect(searchToken('Dr. ')).toBe('');
  });

  it('orders the specialty listing by surname', () => {
    expect(
      listingAttributes({ userId: 'u1', firstName: 'Anita', lastName: 'Sharma', specialty: 'cardiology' }),
    ).toEqual({
      listedSpecialty: 'cardiology',
      listedName: 'sharma anita u1',
    });
  });
});
