/** The site's main navigation. Header (desktop and mobile) and footer read this one list. */
export interface NavItem {
  label: string;
  href: string;
}

export const mainNav: NavItem[] = [
  { label: 'Home', href: '/' },
  { label: 'Find a doctor', href: '/doctors/' },
  { label: 'Health tips', href: '/health-tips/' },
  { label: 'For doctors', href: '/register/?role=doctor' },
];

/** True when `href` is the page at `pathname` (query strings never mark a link current). */
export function isCurrent(href: string, pathname: string): boolean {
  const path = href.split('?')[0] ?? href;
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  if (href.includes('?')) return false;
  return norm(path) === norm(pathname);
}
