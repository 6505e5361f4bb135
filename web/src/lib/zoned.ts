/**
 * Clock times in a given IANA zone: the viewer's own (the browser's) for patients, the doctor's for the
 * availability page. Calendar days (YYYY-MM-DD) are days.ts.
 */
import { m } from '../paraglide/messages.js';
import { dateTimeFormat, intlLocale, numberFormat, viewerZone } from './format.ts';

// The browser's zone is read in format.ts (the doctor's page and formatDateTime need it, and neither
// imports this module, so a page that only formats money and names does not carry the zone arithmetic).
export { viewerZone };

/** True when two zone names are the same zone ("Asia/Kolkata" and "Asia/Calcutta" are). */
export function sameZone(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const canonical = (z: string) => dateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone;
    return canonical(a) === canonical(b);
  } catch {
    return false;
  }
}

/** Hindi says the part of the day ("शाम 5:00"), as people do, where Intl's default is "5:00 pm". */
const hindiDayPeriod = (): Intl.DateTimeFormatOptions =>
  intlLocale() === 'hi-IN' ? { dayPeriod: 'short' } : {};

/** The clock time of an instant in `zone` (the viewer's by default), e.g. "10:30 am". */
export function formatTime(iso: string, zone?: string): string {
  return dateTimeFormat(intlLocale(), {
    hour: 'numeric',
    minute: '2-digit',
    ...hindiDayPeriod(),
    ...(zone ? { timeZone: zone } : {}),
  }).format(new Date(iso));
}

/** The short name of a zone at an instant, e.g. "IST" or "GMT-4". */
export function zoneAbbreviation(zone: string, at: string | Date = new Date()): string {
  try {
    return (
      dateTimeFormat(intlLocale(), { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(typeof at === 'string' ? new Date(at) : at)
        .find((p) => p.type === 'timeZoneName')?.value ?? zone
    );
  } catch {
    return zone;
  }
}

/** "10:30 am – 11:00 am IST": a slot or appointment's times in `zone` (the viewer's by default). */
export function formatTimeRange(startIso: string, endIso: string, zone?: string): string {
  const z = zone ?? viewerZone();
  return `${formatTime(startIso, z)} – ${formatTime(endIso, z)} ${zoneAbbreviation(z, startIso)}`;
}

/** Whole minutes between two instants. */
export const minutesBetween = (startIso: string, endIso: string) =>
  Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);

/** Milliseconds → "14:05" (or "1:02:03" past an hour), never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** Milliseconds → "14 minutes" / "1 minute" / "less than a minute", for screen-reader announcements. */
export function describeRemaining(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return m.time_less_than_minute();
  return numberFormat(intlLocale(), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** "HH:mm" → minutes after midnight. */
export const minutesOfDay = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The wall-clock time "HH:mm" of an instant in `zone`. */
export function hhmmIn(instant: Date, zone: string): string {
  const parts = dateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** "Asia/Kolkata" → "India Standard Time (Asia/Kolkata)"; unknown zones are shown as given. */
export function describeTimeZone(zone: string): string {
  try {
    const name = dateTimeFormat(intlLocale(), { timeZone: zone, timeZoneName: 'long' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    return name ? `${name} (${zone})` : zone;
  } catch {
    return zone;
  }
}

/** "Thursday, 12 March 2026" for an instant, in `zone`. */
export const formatLongDate = (iso: string, zone: string) =>
  dateTimeFormat(intlLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(new Date(iso));
