/**
 * Formatting for people in India: rupees with Indian digit grouping, the viewer's zone, doctors in the
 * page's language. This module is in every page's shared script (core, web/astro.config.mjs), the
 * content pages' too, so what only the app pages use lives apart: dates with times, calendar dates,
 * phone numbers and appointments in format-app.ts, Markdown excerpts in excerpt.ts.
 */

import {
  dateTimeFormat,
  displayNames,
  formatList,
  formatMoney,
  intlTag,
} from '../../../functions/contract/format.ts';
import { m } from '../paraglide/messages.js';
import { baseLocale, getLocale } from '../paraglide/runtime.js';
import { specialtyLabel } from './specialties.ts';

/** Old names browsers still report (Chromium says "Asia/Calcutta"), with the names people use now. */
const CURRENT_ZONE_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
};

/** The browser's IANA time zone, e.g. "Asia/Kolkata". */
export function viewerZone(): string {
  try {
    const zone = dateTimeFormat().resolvedOptions().timeZone || 'Asia/Kolkata';
    return CURRENT_ZONE_NAMES[zone] ?? zone;
  } catch {
    return 'Asia/Kolkata';
  }
}

/** The Intl tag of the page's language: intlLocale() on English pages, 'hi-IN' on Hindi ones. */
export const intlLocale = () => intlTag(getLocale());

/** 118000 → "₹1,180"; 118050 → "₹1,180.50": the server's formatting (functions/contract/format.ts), in the page's language. */
export const formatInr = (paise: number): string => formatMoney(paise, getLocale());

/** "Dr. Anita Sharma" → "AS"; "Ravi" → "R". Titles such as Dr. (or डॉ.) are skipped. */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    // A title is skipped in any language: "Dr.", "डॉ." (a short word with a full stop).
    .filter((w) => w && !/^(dr|mr|mrs|ms|prof)\.?$/i.test(w) && !/^[\p{L}\p{M}]{1,4}\.$/u.test(w));
  if (words.length === 0) return '?';
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return (Array.from(first)[0] ?? '').concat(Array.from(last)[0] ?? '').toUpperCase();
}

// The one source of Intl formatters, each built once (functions/contract/format.ts says why).
export {
  dateTimeFormat,
  displayNames,
  numberFormat,
  relativeTimeFormat,
} from '../../../functions/contract/format.ts';
export { specialtyLabel };

/** "Hindi", "English", "Tamil" → "Hindi, English and Tamil". */
export const listOf = (items: string[]): string => formatList(items, getLocale());

/**
 * The languages of India (and English) a doctor may list, by code: what a language name the doctor
 * typed in English ("Hindi") is looked up against, to be said in the page's language ("हिन्दी").
 */
const LANGUAGE_CODES = [
  'en',
  'hi',
  'bn',
  'ta',
  'te',
  'mr',
  'gu',
  'kn',
  'ml',
  'pa',
  'or',
  'ur',
  'as',
  'ne',
  'sa',
  'sd',
  'ks',
  'kok',
  'mai',
];
let languageCodeByName: Map<string, string> | undefined;

/**
 * A language name as a doctor saved it, in the page's language: a name Intl knows in English is
 * given its name in the page's language; anything else (a dialect, a typo) is shown as written.
 */
export function languageName(name: string): string {
  // The names are saved in English: an English page shows them as the doctor wrote them.
  if (getLocale() === baseLocale) return name;
  try {
    const english = displayNames('en', { type: 'language' });
    languageCodeByName ??= new Map([
      ...LANGUAGE_CODES.map((code): [string, string] => [(english.of(code) ?? code).toLowerCase(), code]),
      // The names Indians also write, beside the ones Intl uses (Bangla, Odia).
      ['bengali', 'bn'],
      ['oriya', 'or'],
    ]);
    const code = languageCodeByName.get(name.trim().toLowerCase());
    return (code && displayNames(intlLocale(), { type: 'language' }).of(code)) || name;
  } catch {
    return name;
  }
}

/** A doctor's languages as one phrase in the page's language: "हिन्दी और अंग्रेज़ी". */
export const languagesOf = (names: string[]): string => listOf(names.map(languageName));

/**
 * A doctor's name with the title in the page's language ("Dr. Anita Sharma" → "डॉ. Anita Sharma").
 * The API writes the English title on doctors' names; anyone else's name is returned as it is.
 */
export const titledName = (name: string): string => {
  const bare = /^Dr\.?\s+(.+)$/.exec(name)?.[1];
  return bare ? m.doctor_title({ name: bare }) : name;
};

/** A doctor as the API describes them, with the title and specialty in the page's language. */
export const localDoctor = <D extends { name: string; specialty: string; specialtyName: string }>(
  d: D,
): D => ({
  ...d,
  name: titledName(d.name),
  specialtyName: specialtyLabel(d.specialty, d.specialtyName),
});
