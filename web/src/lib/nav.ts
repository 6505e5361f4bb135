/** The site's main navigation. The header (desktop and mobile) reads this one list. */
import { m } from '../paraglide/messages.js';
import { pageHref } from './links.ts';

export interface NavItem {
  label: string;
  href: string;
}

/** "For doctors" asks a doctor to join (it opens registration), so a signed-in user is not shown it. */
export const mainNav = (signedIn = false): NavItem[] => [
  { label: m.nav_home(), href: pageHref('/') },
  { label: m.nav_find_doctor(), href: pageHref('/doctors/') },
  { label: m.nav_health_tips(), href: pageHref('/health-tips/') },
  ...(signedIn ? [] : [{ label: m.nav_for_doctors(), href: pageHref('/register/?role=doctor') }]),
];

/** True when `href` is the page at `pathname` (query strings never mark a link current). */
export function isCurrent(href: string, pathname: string): boolean {
  const path = href.split('?')[0] ?? href;
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  if (href.includes('?')) return false;
  return norm(path) === norm(pathname);
}
