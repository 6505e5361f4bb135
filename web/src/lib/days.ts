/**
 * Calendar days as YYYY-MM-DD strings: never instants, so they are formatted at UTC noon where no zone
 * can shift them to another day. The day an instant falls on in a zone is `ymdIn`. Apart from zoned.ts
 * (clock times in zones), so that the search page, which only needs days, does not carry the clock.
 */
import { dateTimeFormat, intlLocale, relativeTimeFormat } from './format.ts';

/** The calendar date (YYYY-MM-DD) of an instant in `zone`. */
export function ymdIn(instant: string | Date, zone: string): string {
  const format = dateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = format.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const noonUtc = (ymd: string) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
};

/** "2026-03-12" + 3 → "2026-03-15". */
export function addDaysYmd(ymd: string, days: number): string {
  const date = noonUtc(ymd);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export const weekdayOf = (ymd: string) => noonUtc(ymd).getUTCDay();

/**
 * A calendar date in words: "long" → "Thursday, 12 March"; "short" → "Thu, 12 Mar"; "date" → "12 Mar"
 * (under a weekday shown apart, as on the day tabs).
 */
export function formatDay(ymd: string, style: 'long' | 'short' | 'date' = 'short'): string {
  return dateTimeFormat(intlLocale(), {
    ...(style === 'date' ? {} : { weekday: style }),
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(noonUtc(ymd));
}

/** "Today", "Tomorrow" or the short weekday ("Thu") of `ymd`, seen from `today`. */
export function relativeDayName(ymd: string, today: string): string {
  const days = ymd === today ? 0 : ymd === addDaysYmd(today, 1) ? 1 : null;
  if (days !== null) {
    // "today" / "आज", capitalised where the language has capitals.
    const word = relativeTimeFormat(intlLocale(), { numeric: 'auto' }).format(days, 'day');
    return word.charAt(0).toLocaleUpperCase(intlLocale()) + word.slice(1);
  }
  return dateTimeFormat(intlLocale(), { weekday: 'short', timeZone: 'UTC' }).format(noonUtc(ymd));
}
