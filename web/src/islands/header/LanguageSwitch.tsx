/**
 * The header's language switcher: a link to this page in each other language, rendered at build time.
 * The header's element (header.ts) adds the page's query and fragment and remembers the choice when
 * it is followed.
 */
import { Icon } from '../../components/Icon.tsx';
import { displayNames } from '../../lib/format.ts';
import * as I from '../../lib/icons/index.ts';
import { pageHref, unlocalizedPath } from '../../lib/links.ts';
import { m } from '../../paraglide/messages.js';
import { getLocale, type Locale, locales } from '../../paraglide/runtime.js';

/** A language's name in that language ("हिन्दी", "English"): what a reader looks for. */
const nativeName = (locale: Locale) => displayNames([locale], { type: 'language' }).of(locale) ?? locale;

export function LanguageSwitch({ pathname }: { pathname: string }) {
  const path = unlocalizedPath(pathname);
  return (
    <ul class="flex items-center gap-1" aria-label={m.header_language()}>
      {locales
        .filter((locale) => locale !== getLocale())
        .map((locale) => (
          <li key={locale}>
            <a
              href={pageHref(path, locale)}
              hreflang={locale}
              data-testid={`language-${locale}`}
              class="flex min-h-10 items-center gap-2 rounded-lg px-2.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900"
            >
              <Icon shape={I.languages} class="size-4 text-slate-500" />
              <span lang={locale} class="language-name">
                {nativeName(locale)}
              </span>
            </a>
          </li>
        ))}
    </ul>
  );
}
