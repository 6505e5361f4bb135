/** The site's main navigation. The header (desktop and mobile) reads this one list. */
import { m } from '../paraglide/messages.js';

export interface NavItem {
  label: string;
  href: string;
}

export const mainNav = (): NavItem[] => [
  { label: m.nav_home(), href: '/' },
  { label: m.nav_find_doctor(), href: '/doctors/' },
  { label: m.nav_health_tips(), href: '/health-tips/' },
  { label: m.nav_for_doctors(), href: '/register/?role=doctor' },
];

/** True when `href` is the page at `pathname` (query strings never mark a link current). */
export function isCurrent(href: string, pathname: string): boolean {
  const path = href.split('?')[0] ?? href;
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  if (href.includes('?')) return false;
  return norm(path) === norm(pathname);
}
