/**
 * Admin-written content (services, health tips) comes in the page's language where the admin wrote a
 * version, English otherwise (functions/content/content.ts localized). Text in another language than
 * the page's carries its own `lang`, so a screen reader switches voice and the browser hyphenates it
 * right.
 */
import type { Locale } from '../../../functions/contract/api.ts';
import { getLocale } from '../paraglide/runtime.js';

/** The `lang` attribute for text in this language: none when it is the page's. */
export const langIfOther = (lang: Locale): Locale | undefined => (lang === getLocale() ? undefined : lang);

/** The `lang` query of a content read: the page's language. */
export const contentQuery = () => ({ lang: getLocale() });
