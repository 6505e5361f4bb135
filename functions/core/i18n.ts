/**
 * What the server says to people (emails, PDFs) comes from the message catalog (messages/*.json),
 * compiled by Paraglide JS into one typed function per message (functions/core/paraglide/, generated
 * by bin/compile-messages.mjs). A module that speaks imports them itself,
 * `import * as m from '../core/paraglide/messages.js'`: esbuild then bundles only the messages it
 * calls (re-exported from here as a namespace, every function carried all 170 of them, ~70 KB).
 * Every call names the recipient's locale, `m.key(params, { locale })`:
 * the server never guesses a language from ambient state, and each party of an appointment reads
 * their own. Keys by surface: `email_*` (emails), `pdf_*` (shared by documents), `receipt_*` (the GST
 * receipt), `rx_pdf_*` (the prescription, when it lands), `error_*` (an error code's phrasing, for
 * the web), `refund_rule_*`, `transcript_speaker_*`.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../contract/format.ts';

export type { Locale };

/** The language a stored person reads (a profile written before languages existed reads English). */
export const localeOf = (person: { locale?: string | null } | null | undefined): Locale =>
  isLocale(person?.locale) ? person.locale : DEFAULT_LOCALE;
