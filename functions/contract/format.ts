/**
 * The languages we speak and how we write numbers, money and times in each, through Intl with the
 * Indian variants (en-IN, hi-IN): ₹ with Indian digit grouping (₹1,41,600), the locale's month and
 * weekday names, the reader's time zone, plural categories and relative times ("15 मिनट में").
 *
 * Pure functions with no imports, in the contract so that the server (emails, PDFs) and the web write
 * a figure the same way. Adding a language: its catalog (messages/<code>.json), the code in
 * messages/project.inlang/settings.json, and one line in `intlTags` below.
 */

/** BCP 47 tag Intl formats with, per language we speak. */
const intlTags = { en: 'en-IN', hi: 'hi-IN' } as const;

export type Locale = keyof typeof intlTags;
export const locales = Object.keys(intlTags) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && Object.hasOwn(intlTags, value);

/** The tag to give Intl for a locale ('hi' → 'hi-IN'). */
export const intlTag = (locale: Locale): string => intlTags[locale];

/**
 * The language to use for someone whose browser sent this Accept-Language header: the one they rank
 * highest among those we speak ('hi-IN,hi;q=0.9,en;q=0.8' → 'hi'; 'en-GB,hi;q=0.5' → 'en'), and
 * English when they name none of ours. Malformed parts are skipped; `*` names nothing in particular.
 */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale {
  let best: { locale: Locale; q: number; order: number } | null = null;
  const parts = (acceptLanguage ?? '').slice(0, 1000).split(',');
  for (const [order, part] of parts.entries()) {
    const [range = '', ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0] ?? '';
    if (!isLocale(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { locale: primary, q, order };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

/**
 * Every Intl formatter in our code comes from here (tests/unit/intl-formatters.test.ts holds the rule):
 * each (locale, options) is built once and kept. Building one is the costly part of formatting: the
 * first DateTimeFormat loads ICU's zone data, and a doctor's page used to build 118 of them while it
 * rendered (80 ms of main thread on this machine, four times that on Lighthouse's phone).
 */
const formatters = new Map<string, object>();
function cached<T extends object>(
  kind: string,
  locale: string | string[] | undefined,
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind}|${locale ?? ''}|${options ? JSON.stringify(options) : ''}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make(); // throws (an unknown zone) before anything is kept
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

type Tag = string | string[] | undefined;
export const dateTimeFormat = (locale?: Tag, options?: Intl.DateTimeFormatOptions) =>
  cached('DateTimeFormat', locale, options, () => new Intl.DateTimeFormat(locale, options));
export const numberFormat = (locale?: Tag, options?: Intl.NumberFormatOptions) =>
  cached('NumberFormat', locale, options, () => new Intl.NumberFormat(locale, options));
export const relativeTimeFormat = (locale?: Tag, options?: Intl.RelativeTimeFormatOptions) =>
  cached('RelativeTimeFormat', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
export const listFormat = (locale?: Tag, options?: Intl.ListFormatOptions) =>
  cached('ListFormat', locale, options, () => new Intl.ListFormat(locale, options));
export const pluralRules = (locale?: Tag, options?: Intl.PluralRulesOptions) =>
  cached('PluralRules', locale, options, () => new Intl.PluralRules(locale, options));
export const displayNames = (locale: Tag, options: Intl.DisplayNamesOptions) =>
  cached('DisplayNames', locale, options, () => new Intl.DisplayNames(locale, options));
export const segmenter = (locale?: Tag, options?: Intl.SegmenterOptions) =>
  cached('Segmenter', locale, options, () => new Intl.Segmenter(locale, options));

/**
 * Rupees from paise, one rule everywhere (web, emails, PDFs): whole rupees without decimals
 * ('₹1,41,600', '₹500'), any paise with both decimals ('₹1,180.50').
 */
export function formatMoney(paise: number, locale: Locale): string {
  return rupees(paise, locale, true);
}

/** An amount without the symbol, for a column headed "INR": '1,41,600', '1,180.50'. */
export function formatAmount(paise: number, locale: Locale): string {
  return rupees(paise, locale, false);
}

function rupees(paise: number, locale: Locale, symbol: boolean): string {
  const whole = paise % 100 === 0;
  return numberFormat(intlTag(locale), {
    ...(symbol ? { style: 'currency', currency: 'INR' } : {}),
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(paise / 100);
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(intlTag(locale)).format(value);
}

/**
 * Per locale, how a moment reads in a sentence: English keeps the zone's abbreviation ('Tue, 1 Dec
 * 2026, 10:30 am IST'); Hindi says the part of the day, as people do ('मंगल, 1 दिसंबर 2026 को सुबह
 * 10:30 बजे'), the reader's own zone being the one shown.
 */
const dateTimeOptions: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  hi: {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    dayPeriod: 'short',
  },
};

const toDate = (instant: Date | string) => (typeof instant === 'string' ? new Date(instant) : instant);

/**
 * A moment in the reader's zone, for emails and documents; `weekday: false` leaves the weekday out
 * where a narrow column has no room for it (a receipt's facts).
 */
export function formatDateTime(
  instant: Date | string,
  timeZone: string,
  locale: Locale,
  { weekday = true }: { weekday?: boolean } = {},
): string {
  const { weekday: _, ...withoutWeekday } = dateTimeOptions[locale];
  const options = weekday ? dateTimeOptions[locale] : withoutWeekday;
  return dateTimeFormat(intlTag(locale), { ...options, timeZone }).format(toDate(instant));
}

/** A calendar date in the reader's zone: '1 Dec 2026' / '1 दिसंबर 2026'. */
export function formatDate(instant: Date | string, timeZone: string, locale: Locale): string {
  return dateTimeFormat(intlTag(locale), {
    day: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    year: 'numeric',
    timeZone,
  }).format(toDate(instant));
}

/** A time of day in the reader's zone: '10:30 am' / 'सुबह 10:30'. */
export function formatTime(instant: Date | string, timeZone: string, locale: Locale): string {
  return dateTimeFormat(intlTag(locale), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    ...(locale === 'en' ? {} : { dayPeriod: 'short' as const }),
  }).format(toDate(instant));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How far `instant` is from `now`, in the largest whole unit: 'in 15 minutes' / '15 मिनट में'. */
export function formatRelative(instant: Date | string, now: Date, locale: Locale): string {
  const diff = toDate(instant).getTime() - now.getTime();
  const f = relativeTimeFormat(intlTag(locale), { numeric: 'auto' });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return f.format(Math.round(diff / ms), unit);
  }
  return f.format(0, 'minute');
}

/** The CLDR plural category of a count ('one', 'other', …), for code that picks among messages. */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return pluralRules(intlTag(locale)).select(count);
}

/** A language's name in the reader's language ('hi' → 'Hindi' / 'हिन्दी'); the code when Intl has none. */
export function formatLanguageName(code: string, locale: Locale): string {
  try {
    return displayNames([intlTag(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed language tag (a transcriber's free text)
  }
}

/** ['Hindi', 'English', 'Tamil'] → 'Hindi, English and Tamil' / 'Hindi, English और Tamil'. */
export function formatList(items: string[], locale: Locale): string {
  return listFormat(intlTag(locale), { style: 'long', type: 'conjunction' }).format(items);
}

/** Whole months of age on a day (both YYYY-MM-DD); null without a date of birth (or one after that day). */
export function ageInMonths(dateOfBirth: string | null | undefined, on: string): number | null {
  const dob = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfBirth ?? '');
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  if (!dob || !day) return null;
  const [, y1, m1, d1] = dob.map(Number) as [number, number, number, number];
  const [, y2, m2, d2] = day.map(Number) as [number, number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return months < 0 ? null : months;
}
