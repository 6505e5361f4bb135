/**
 * The header's language switcher: a link to this page (path, query and fragment) in each other
 * language. Following it remembers the choice: in a cookie that the gateway and CloudFront read (so
 * the English pages send this reader to theirs from now on, functions/contract/site-locale.ts) and,
 * for a signed-in user, in their profile, which their emails and PDFs follow.
 */
import { useEffect, useState } from 'preact/hooks';
import { LOCALE_COOKIE } from '../../../../functions/contract/site-locale.ts';
import { Icon } from '../../components/Icon.tsx';
import { api } from '../../lib/client.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref, unlocalizedPath } from '../../lib/links.ts';
import type { Me } from '../../lib/session.ts';
import { m } from '../../paraglide/messages.js';
import { getLocale, type Locale, locales } from '../../paraglide/runtime.js';

/** A language's name in that language ("हिन्दी", "English"): what a reader looks for. */
const nativeName = (locale: Locale) =>
  new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

/** Remembers the reader's language for a year (Secure on https, as every cookie of the site). */
function rememberLocale(locale: Locale) {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from older phones' browsers, and this must be set before the page changes
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax${secure}`;
}

export function LanguageSwitch({ pathname, me }: { pathname: string; me: Me | null }) {
  // The query and fragment exist only in the browser; the built page links to the bare path.
  const [rest, setRest] = useState('');
  useEffect(() => setRest(`${window.location.search}${window.location.hash}`), []);
  const [busy, setBusy] = useState(false);
  const path = unlocalizedPath(pathname);

  const follow = async (event: MouseEvent, locale: Locale, href: string) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    setBusy(true);
    rememberLocale(locale);
    // The page changes language either way; a profile that could not be saved keeps its old language.
    if (me) await api.call('updateMe', { body: { locale } }).catch(() => undefined);
    window.location.assign(href);
  };

  return (
    <ul class="flex items-center gap-1" aria-label={m.header_language()}>
      {locales
        .filter((locale) => locale !== getLocale())
        .map((locale) => {
          const href = `${pageHref(path, locale)}${rest}`;
          return (
            <li key={locale}>
              <a
                href={href}
                hreflang={locale}
                aria-disabled={busy || undefined}
                data-testid={`language-${locale}`}
                onClick={(e) => follow(e, locale, href)}
                class="flex min-h-10 items-center gap-2 rounded-lg px-2.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              >
                <Icon shape={I.languages} class="size-4 text-slate-500" />
                <span lang={locale}>{nativeName(locale)}</span>
              </a>
            </li>
          );
        })}
    </ul>
  );
}
