/**
 * The site's long pages (About, Privacy policy, Terms of use, Help) are Markdown files, one per page
 * per language: web/src/content/pages/<page>.<locale>.md. Long prose reads and gets reviewed as whole
 * documents in each language, not as hundreds of catalog sentences; the short strings around them
 * (buttons, the contact form, the footer) stay in the message catalog. Each file starts with a front
 * matter of `title`, `description`, `lead` and `updated` (YYYY-MM-DD); its body is the Markdown that
 * components/Markdown.tsx renders. `{supportInbox}`, `{grievanceName}` and `{grievanceEmail}` are filled
 * from functions/contract/site-contacts.ts, the one place those are set.
 *
 * Pure, so tests/unit/site-pages.test.ts checks every file; pages load them with lib/site-pages.ts.
 */
import { siteContacts } from '../../../functions/contract/site-contacts.ts';

/** The pages written this way; each needs a file in every language (the unit test fails otherwise). */
export const prosePages = ['about', 'privacy', 'terms', 'help'] as const;
export type ProsePage = (typeof prosePages)[number];

export interface PageSource {
  title: string;
  description: string;
  lead: string;
  /** YYYY-MM-DD: when the text last changed (a policy must say so). */
  updated: string;
  body: string;
}

const FIELDS = ['title', 'description', 'lead', 'updated'] as const;

const contacts: Record<string, string> = {
  supportInbox: siteContacts.supportInbox,
  grievanceName: siteContacts.grievanceOfficer.name,
  grievanceEmail: siteContacts.grievanceOfficer.email,
};

/** Parses one file; `where` names it in errors (a build must fail on a broken page, not ship it). */
export function parsePageSource(raw: string, where: string): PageSource {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${where}: starts with a front matter between --- lines`);
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const field = /^(\w+):\s*(.*)$/.exec(line);
    if (field) meta[field[1]!] = field[2]!.trim();
  }
  for (const name of FIELDS) if (!meta[name]) throw new Error(`${where}: the front matter has no ${name}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.updated!)) throw new Error(`${where}: updated is YYYY-MM-DD`);
  const body = (match[2] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = contacts[name];
    if (value === undefined) throw new Error(`${where}: unknown placeholder ${whole}`);
    return value;
  });
  return {
    title: meta.title!,
    description: meta.description!,
    lead: meta.lead!,
    updated: meta.updated!,
    body: body.trim(),
  };
}
