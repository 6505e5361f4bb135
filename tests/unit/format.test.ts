/** Formatting through Intl with en-IN and hi-IN (functions/contract/format.ts), and locale choice. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Locale as ApiLocale, locales as apiLocales } from '../../functions/contract/api.ts';
import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatLanguageName,
  formatList,
  formatMoney,
  formatNumber,
  formatRelative,
  formatTime,
  isLocale,
  type Locale,
  locales,
  pluralCategory,
  preferredLocale,
} from '../../functions/contract/format.ts';

const AT = '2026-12-01T05:00:00.000Z'; // 10:30 in India
const EVENING = '2026-12-01T14:00:00.000Z'; // 19:30 in India

describe('languages', () => {
  it('are the same in the API contract and in the formatter', () => {
    expect([...apiLocales].sort()).toEqual([...locales].sort());
    expectTypeOf<ApiLocale>().toEqualTypeOf<Locale>();
    expect(isLocale('hi')).toBe(true);
    expect(isLocale('ta')).toBe(false);
    expect(isLocale('__proto__')).toBe(false);
  });

  it.each([
    ['hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7', 'hi'],
    ['hi', 'hi'],
    ['en-IN,en;q=0.9,hi;q=0.8', 'en'],
    ['en-GB,hi;q=0.5', 'en'],
    ['ta-IN,ta;q=0.9,hi;q=0.8', 'hi'], // Tamil first, which we do not speak yet: Hindi before English
    ['ta-IN', 'en'],
    ['fr;q=0.9, HI;q=0.95', 'hi'],
    ['en;q=0.5,hi;q=0.5', 'en'], // a tie keeps the first named
    ['hi;q=0,en;q=0.1', 'en'], // q=0 means "not this one"
    ['hi;q=abc', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('Accept-Language %j → %s', (header, expected) => {
    expect(preferredLocale(header)).toBe(expected);
  });
});

describe('money', () => {
  it('writes rupees with Indian digit grouping in both languages', () => {
    expect(formatMoney(14_160_000, 'en')).toBe('₹1,41,600');
    expect(formatMoney(14_160_000, 'hi')).toBe('₹1,41,600');
    expect(formatMoney(118_050, 'en')).toBe('₹1,180.50');
    // Whole rupees never show '.00' (issue 19): the same rule for every amount, on every surface.
    expect(formatMoney(50_000, 'en')).toBe('₹500');
    expect(formatMoney(1_234_567_800, 'hi')).toBe('₹1,23,45,678');
    expect(formatMoney(5, 'en')).toBe('₹0.05');
    expect(formatAmount(14_160_000, 'hi')).toBe('1,41,600');
    expect(formatAmount(118_050, 'en')).toBe('1,180.50');
    expect(formatNumber(1_500_000, 'en')).toBe('15,00,000');
  });
});

describe('dates and times, in the reader’s zone', () => {
  it('uses the locale’s names for weekdays, months and parts of the day', () => {
    expect(formatDateTime(AT, 'Asia/Kolkata', 'en')).toBe('Tue, 1 Dec, 2026, 10:30 am IST');
    expect(formatDateTime(AT, 'Asia/Kolkata', 'hi')).toBe('मंगल, 1 दिसंबर 2026 को सुबह 10:30 बजे');
    expect(formatDateTime(EVENING, 'Asia/Kolkata', 'hi')).toBe('मंगल, 1 दिसंबर 2026 को शाम 7:30 बजे');
    expect(formatDateTime(AT, 'Asia/Kolkata', 'hi', { weekday: false })).toBe('1 दिसंबर 2026 को सुबह 10:30 बजे');
    expect(formatDateTime(AT, 'Asia/Kolkata', 'en', { weekday: false })).toBe('1 Dec 2026, 10:30 am IST');
    expect(formatDate(AT, 'Asia/Kolkata', 'hi')).toBe('1 दिसंबर 2026');
    expect(formatDate(AT, 'Asia/Kolkata', 'en')).toBe('1 Dec 2026');
    expect(formatTime(AT, 'Asia/Kolkata', 'hi')).toBe('सुबह 10:30');
    expect(formatTime(AT, 'Asia/Kolkata', 'en')).toBe('10:30 am');
  });

  it('shows the instant in the zone it is given', () => {
    // 05:00 UTC is midnight in New York (UTC−5 in December); en-IN names that zone by its offset.
    expect(formatDateTime(AT, 'America/New_York', 'en')).toBe('Tue, 1 Dec, 2026, 12:00 am GMT-5');
    expect(formatDate('2026-12-01T20:00:00.000Z', 'Asia/Kolkata', 'en')).toBe('2 Dec 2026');
    expect(formatDate('2026-12-01T20:00:00.000Z', 'Europe/London', 'en')).toBe('1 Dec 2026');
  });

  it('says relative times the way each language does', () => {
    const now = new Date(AT);
    expect(formatRelative(new Date(now.getTime() + 15 * 60_000), now, 'hi')).toBe('15 मिनट में');
    expect(formatRelative(new Date(now.getTime() + 15 * 60_000), now, 'en')).toBe('in 15 minutes');
    expect(formatRelative(new Date(now.getTime() - 2 * 3_600_000), now, 'en')).toBe('2 hours ago');
    expect(formatRelative(new Date(now.getTime() + 86_400_000), now, 'hi')).toBe('कल');
  });
});

describe('plurals, lists and language names', () => {
  it('follows each language’s plural rules', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(0, 'en')).toBe('other');
    expect(pluralCategory(0, 'hi')).toBe('one'); // Hindi counts 0 and 1 alike
    expect(pluralCategory(2, 'hi')).toBe('other');
  });

  it('joins lists and names languages in the reader’s language', () => {
    expect(formatList(['Hindi', 'English', 'Tamil'], 'en')).toBe('Hindi, English and Tamil');
    expect(formatList(['हिन्दी', 'अंग्रेज़ी'], 'hi')).toBe('हिन्दी और अंग्रेज़ी');
    expect(formatLanguageName('hi', 'en')).toBe('Hindi');
    expect(formatLanguageName('hi', 'hi')).toBe('हिन्दी');
    expect(formatLanguageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
