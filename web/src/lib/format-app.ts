/**
 * Formatting only the app pages use (appointments, records, account, admin): apart from format.ts,
 * which every page loads up front, so the content pages (issue 15's 20 KB) do not carry it.
 */
import { formatDateTime as formatContractDateTime } from '../../../functions/contract/format.ts';
import { getLocale } from '../paraglide/runtime.js';
import { dateTimeFormat, intlLocale, localDoctor, viewerZone } from './format.ts';

/**
 * An instant as a readable date and time, e.g. "12 Mar 2026, 10:30 am IST": the contract's format
 * without the weekday, in the viewer's own zone unless `timeZone` names another (e.g. the doctor's).
 */
export const formatDateTime = (iso: string, timeZone = viewerZone()): string =>
  Number.isNaN(Date.parse(iso)) ? '' : formatContractDateTime(iso, timeZone, getLocale(), { weekday: false });

/** An appointment view whose doctor is said in the page's language (see localDoctor). */
export const localAppointment = <
  A extends { doctor: { name: string; specialty: string; specialtyName: string } },
>(
  a: A,
): A => ({ ...a, doctor: localDoctor(a.doctor) });

/** 1990-04-12 → "12 April 1990" (a calendar date: no time zone may shift it). */
export function formatDateOnly(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  if (!y || !m || !d) return ymd;
  return dateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** +919876543210 → "+91 98765 43210". */
export function formatPhone(phone: string): string {
  const m = /^\+91(\d{5})(\d{5})$/.exec(phone);
  return m ? `+91 ${m[1]} ${m[2]}` : phone;
}
