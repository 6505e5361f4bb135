/**
 * The site's long pages (web/src/lib/page-source.ts): every page exists in every language of the
 * catalog's settings, each file parses (front matter, placeholders) into Markdown the site renders, and
 * no file is left over for a page the site does not have. A page without one of its languages fails
 * here (and fails the build of that language, lib/site-pages.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteContacts } from '../../functions/contract/site-contacts.ts';
import { parseMarkdown } from '../../web/src/lib/markdown.ts';
import { parsePageSource, prosePages } from '../../web/src/lib/page-source.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'web/src/content/pages');
const { locales } = JSON.parse(readFileSync(join(ROOT, 'messages/project.inlang/settings.json'), 'utf8')) as {
  locales: string[];
};

describe('site pages', () => {
  it('has every page in every language, and nothing else', () => {
    const expected = prosePages.flatMap((page) => locales.map((locale) => `${page}.${locale}.md`)).sort();
    expect(readdirSync(DIR).sort()).toEqual(expected);
    for (const page of prosePages)
      expect(existsSync(join(ROOT, `web/src/pages/${page}.astro`)), page).toBe(true);
  });

  it.each(prosePages.flatMap((page) => locales.map((locale) => [page, locale] as const)))(
    '%s in %s parses into headed Markdown with the contacts filled in',
    (page, locale) => {
      const source = parsePageSource(readFileSync(join(DIR, `${page}.${locale}.md`), 'utf8'), page);
      expect(source.title.length).toBeGreaterThan(3);
      expect(source.description.length).toBeGreaterThan(40);
      expect(source.body).not.toMatch(/\{\w+\}/);
      const blocks = parseMarkdown(source.body);
      expect(blocks.filter((b) => b.type === 'heading').length).toBeGreaterThan(2);
      if (page === 'privacy') {
        expect(source.body).toContain(siteContacts.grievanceOfficer.name);
        expect(source.body).toContain(siteContacts.grievanceOfficer.email);
      }
    },
  );

  it('refuses a file without its front matter, or with an unknown placeholder', () => {
    expect(() => parsePageSource('## Hello', 'x.md')).toThrow(/front matter/);
    const head = '---\ntitle: T\ndescription: D\nlead: L\nupdated: 2026-12-03\n---\n';
    expect(() => parsePageSource(`${head}Write to {nobody}.`, 'x.md')).toThrow(/unknown placeholder/);
    expect(() => parsePageSource(head.replace('updated: 2026-12-03\n', ''), 'x.md')).toThrow(/updated/);
    expect(parsePageSource(`${head}Write to {supportInbox}.`, 'x.md').body).toBe(
      `Write to ${siteContacts.supportInbox}.`,
    );
  });
});
