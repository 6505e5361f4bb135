/**
 * <c360-header>: the behaviour of the header, whose markup is rendered at build time (layouts/Base.astro),
 * in the way of Starlight's Tabs.astro: a small custom element scoped to `this`, no framework. It opens
 * and closes the menu panel (below lg), remembers a language chosen with the switcher, and, only in a
 * browser that may be signed in, hydrates the menu's signed-in part (HeaderMenu.tsx, with the session
 * and API client it needs). A signed-out visitor loads none of that.
 */
import type { Locale } from '../../../../functions/contract/api.ts';
import { LOCALE_COOKIE } from '../../../../functions/contract/site-locale.ts';
import { onDismiss } from '../../lib/dismiss.ts';
import { maybeSignedIn } from '../../lib/session-mark.ts';

/** Remembers the reader's language for a year (Secure on https, as every cookie of the site). */
function rememberLocale(locale: Locale) {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from older phones' browsers, and this must be set before the page changes
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax${secure}`;
}

/** The link to this page in another language: its path, with this page's query and fragment. */
function withHere(link: HTMLAnchorElement): string {
  const url = new URL(link.href);
  url.search = window.location.search;
  url.hash = window.location.hash;
  return url.href;
}

class SiteHeaderElement extends HTMLElement {
  connectedCallback() {
    const toggle = this.querySelector<HTMLButtonElement>('#menu-toggle');
    const panel = this.querySelector<HTMLElement>('#site-menu');
    if (!toggle || !panel) return;

    let stopDismiss: (() => void) | undefined;
    const setOpen = (open: boolean, returnFocus = false) => {
      toggle.setAttribute('aria-expanded', String(open));
      panel.dataset.open = String(open);
      stopDismiss?.();
      stopDismiss = open ? onDismiss(this, (back) => setOpen(false, back)) : undefined;
      if (open) requestAnimationFrame(() => panel.querySelector<HTMLElement>('a, button')?.focus());
      else if (returnFocus) toggle.focus();
    };
    toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
    // Following an in-page link (e.g. /#how-it-works) should not leave the panel open.
    panel.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('a')) setOpen(false);
    });
    // Below lg the panel closes when the window grows into the desktop layout.
    window.matchMedia('(min-width: 64rem)').addEventListener('change', () => setOpen(false));

    // The same page in another language keeps its query and fragment, which exist only in the browser.
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) link.href = withHere(link);
    this.addEventListener('click', (event) => {
      const link =
        event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[hreflang]') : null;
      if (!link || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      link.setAttribute('aria-disabled', 'true');
      // The switcher links only to our languages (LanguageSwitch.tsx).
      const locale = link.hreflang as Locale;
      rememberLocale(locale);
      void this.saveLocale(locale).then(() => window.location.assign(withHere(link)));
    });

    if (maybeSignedIn()) void this.hydrateSignedIn();
    // A session that starts after the page loaded (a renewal where this browser had lost its mark).
    else window.addEventListener('c360:signed-in', () => void this.hydrateSignedIn(), { once: true });
  }

  /** A signed-in user's profile keeps the language too (their emails and PDFs follow it). */
  private async saveLocale(locale: Locale) {
    if (!maybeSignedIn()) return;
    const { api } = await import('../../lib/client.ts');
    // The page changes language either way; a profile that could not be saved keeps its old language.
    await api.call('updateMe', { body: { locale } }).catch(() => undefined);
  }

  private async hydrateSignedIn() {
    const [{ default: HeaderMenu }, { hydrateIslands }] = await Promise.all([
      import('./HeaderMenu.tsx'),
      import('../mount.ts'),
    ]);
    hydrateIslands({ HeaderMenu });
  }
}

customElements.define('c360-header', SiteHeaderElement);
