/**
 * Which language's page a visitor is sent to. English pages are at /…, every other language's at
 * /<code>/… (the same pages, built per language). A request for an English page moves to the reader's
 * language when they chose it before (the switcher's cookie) or, on a first visit with no choice, when
 * their browser's Accept-Language ranks it above English. Only pages move: never /api/*, the WebSocket,
 * built assets or any file, and never a page already in a language (its URL is a choice in itself).
 *
 * One pure function for both front doors: the twin's gateway calls it, and the web stack inlines its
 * source into a CloudFront Function. So it is written in the JavaScript CloudFront Functions run (ES 5.1
 * with const/let and arrows: no for…of, destructuring, default parameters, `?.` or `??`) and uses
 * nothing outside itself.
 */

/** The cookie the language switcher sets (a year, path /): the reader's own choice, which wins. */
export const LOCALE_COOKIE = 'c360_locale';

/**
 * The path to redirect to ('/hi/doctors/'), or null to serve `path` as it is.
 *
 * @param path the request's path, without its query
 * @param choice the LOCALE_COOKIE value, if any
 * @param acceptLanguage the Accept-Language header, if any
 * @param localized the languages with their own pages (all but English), e.g. ['hi']
 */
export function localeRedirect(
  path: string,
  choice: string | undefined,
  acceptLanguage: string | undefined,
  localized: readonly string[],
): string | null {
  if (
    path.charAt(0) !== '/' ||
    path.indexOf('/api/') === 0 ||
    path === '/ws' ||
    path.indexOf('/_astro/') === 0
  )
    return null;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last.indexOf('.') !== -1) return null;
  const first = path.split('/')[1] || '';
  if (localized.indexOf(first) !== -1) return null;

  let wanted = '';
  if (choice) {
    wanted = choice;
  } else {
    // The language they rank highest among English and ours; the earlier one on a tie.
    let bestQ = 0;
    const parts = (acceptLanguage || '').slice(0, 1000).split(',');
    for (let i = 0; i < parts.length; i++) {
      const params = (parts[i] || '').split(';');
      const primary = (params[0] || '').trim().toLowerCase().split('-')[0] || '';
      if (primary !== 'en' && localized.indexOf(primary) === -1) continue;
      let q = 1;
      for (let j = 1; j < params.length; j++) {
        const param = (params[j] || '').trim();
        if (param.indexOf('q=') === 0) q = Number(param.slice(2));
      }
      if (!(q > 0 && q <= 1) || q <= bestQ) continue;
      bestQ = q;
      wanted = primary;
    }
  }
  return localized.indexOf(wanted) === -1 ? null : `/${wanted}${path}`;
}
