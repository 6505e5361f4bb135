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

type Field = Exclude<keyof PageSource, 'body'>;

const contacts: Record<string, string> = {
  supportInbox: siteContacts.supportInbox,
  grievanceName: siteContacts.grievanceOfficer.name,
  grievanceEmail: siteContacts.grievanceOfficer.email,
};

/** Parses one file; `where` names it in errors (a build must fail on a broken page, not ship it). */
export function parsePageSource(raw: string, where: string): PageSource {
  const match = /^---\n(?<front>[\s\S]*?)\n---\n(?<body>[\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'));
  if (!match?.groups) throw new Error(`${where}: starts with a front matter between --- lines`);
  const meta = new Map<string, string>();
  for (const line of (match.groups.front ?? '').split('\n')) {
    const field = /^(?<name>\w+):\s*(?<value>.*)$/.exec(line)?.groups;
    if (field?.name) meta.set(field.name, (field.value ?? '').trim());
  }
  const read = (name: Field) => {
    const value = meta.get(name);
    if (!value) throw new Error(`${where}: the front matter has no ${name}`);
    return value;
  };
  const page = {
    title: read('title'),
    description: read('description'),
    lead: read('lead'),
    updated: read('updated'),
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(page.updated)) throw new Error(`${where}: updated is YYYY-MM-DD`);
  const body = (match.groups.body ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = contacts[name];
    if (value === undefined) throw new Error(`${where}: unknown placeholder ${whole}`);
    return value;
  });
  return { ...page, body: body.trim() };
}
