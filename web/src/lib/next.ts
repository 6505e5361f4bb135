/**
 * Where to go after signing in. Kept apart from session.ts (no DOM, no storage) so the unit suite can
 * run it against every trick a crafted `?next=` link may try, and so a page can link to the sign-in
 * page without loading the session (the doctor page, for a signed-out visitor).
 */
import { pageHref } from './links.ts';

/** In any language: /login/ and /hi/login/ alike. */
const AUTH_PAGES = /^(?:\/[a-z]{2})?\/(login|register|verify|forgot-password|reset-password)(\/|$)/;

/**
 * `next` if it is a path on this site (so a crafted link cannot send someone elsewhere after signing
 * in), else null. Auth pages are refused too, so signing in never lands on the sign-in page again.
 *
 * The check is made on the value returned, not on the raw input: the URL parser normalises
 * `/.//evil.example` to the path `//evil.example`, which the browser then reads as a
 * protocol-relative link to another host. So the input is resolved against this origin, and the
 * resolved path+search+hash is resolved once more and must still be same-origin and must not start
 * with two slashes (or a slash and a backslash, which browsers treat alike).
 */
export function safeNext(
  next: string | null | undefined,
  origin: string = window.location.origin,
): string | null {
  if (!next?.startsWith('/')) return null;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return null;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith('/') || /^\/[/\\]/.test(path)) return null;
    if (new URL(path, origin).origin !== origin) return null;
    if (AUTH_PAGES.test(url.pathname)) return null;
    return path;
  } catch {
    return null;
  }
}

/** The sign-in page, coming back to `next` (by default the current page) afterwards. */
export function loginUrl(
  next = `${window.location.pathname}${window.location.search}${window.location.hash}`,
) {
  const safe = safeNext(next);
  return pageHref(safe ? `/login/?next=${encodeURIComponent(safe)}` : '/login/');
}
