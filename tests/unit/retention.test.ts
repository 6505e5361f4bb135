import { describe, expect, it } from 'vitest';
import { consultationPurgeAt, gstPurgeAt, pseudonymOf } from '../../functions/privacy/retention.ts';

describe('retention after erasure', () => {
  it('keeps a consultation record 3 years from the consultation', () => {
    expect(consultationPurgeAt('2026-12-03T10:30:00.000Z')).toBe('2029-12-03T10:30:00.000Z');
  });

  it('keeps GST records 72 months after the annual return of their financial year falls due', () => {
    // FY 2026-27 (April to March): its return is due on 31 December 2027; kept to the end of 2033, India time.
    expect(gstPurgeAt('2026-12-03T10:30:00.000Z')).toBe('2033-12-31T18:30:00.000Z');
    expect(gstPurgeAt('2027-03-31T12:00:00.000Z')).toBe('2033-12-31T18:30:00.000Z');
    // 23:00 UTC on 31 March is already 1 April in India: the next financial year.
    expect(gstPurgeAt('2027-03-31T23:00:00.000Z')).toBe('2034-12-31T18:30:00.000Z');
  });

  it('names an erased person by a short stable code that says nothing about them', () => {
    const id = '6f1c2b7e-0d4a-4c1b-9b8e-2f7a9c3d5e10';
    expect(pseudonymOf(id)).toMatch(/^Patient [0-9A-F]{4}$/);
    expect(pseudonymOf(id)).toBe(pseudonymOf(id));
    expect(pseudonymOf(id)).not.toBe(pseudonymOf('a-different-person'));
  });
});
