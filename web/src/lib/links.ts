/**
 * Every internal link and navigation goes through pageHref, so a reader stays in their language: the
 * English pages are at /…, every other language's at /<code>/… (the same pages, built per language:
 * web/astro.config.mjs). Written without Preact: the room's script uses these too.
 */
import { baseLocale, getLocale, type Locale, locales } from '../paraglide/runtime.js';

/** The site path of a page in a language: ('/doctors/', 'hi') → '/hi/doctors/'. */
export const pageHref = (path: string, locale: Locale = getLocale()) =>
  locale === baseLocale ? path : `/${locale}${path}`;

/** The page's `<html lang>`: English pages are Indian English, the others their language's code. */
export const htmlLang = (locale: Locale = getLocale()) => (locale === baseLocale ? 'en-IN' : locale);

/** A page's path without its language: '/hi/doctors/' → '/doctors/', '/hi' → '/'. */
export function unlocalizedPath(pathname: string): string {
  for (const locale of locales) {
    if (locale === baseLocale) continue;
    if (pathname === `/${locale}`) return '/';
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
  }
  return pathname;
}

/** The site's links to one appointment's pages. */
/** The `?id=` of the page's address, as the id pages read it (trimmed, lower case). */
export const pageIdParam = () =>
  (new URLSearchParams(window.location.search).get('id') ?? '').trim().toLowerCase();
export const appointmentHref = (id: string) => pageHref(`/appointments/view/?id=${encodeURIComponent(id)}`);
export const receiptHref = (id: string) => pageHref(`/receipts/view/?id=${encodeURIComponent(id)}`);
export const recordHref = (id: string) => pageHref(`/appointments/record/?id=${encodeURIComponent(id)}`);
export const payHref = (id: string) => pageHref(`/appointments/pay/?id=${encodeURIComponent(id)}`);
export const roomHref = (id: string) => pageHref(`/room/?id=${encodeURIComponent(id)}`);
