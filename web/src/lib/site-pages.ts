/// <reference types="vite/client" />
/**
 * The long pages' sources, read at build time (lib/page-source.ts says why they are Markdown files).
 * Only .astro pages import this: the files are bundled into the prerender, never into a browser script.
 */
import { getLocale } from '../paraglide/runtime.js';
import { type PageSource, type ProsePage, parsePageSource } from './page-source.ts';

const files = import.meta.glob<string>('../content/pages/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The page in the language being built; a missing language fails the build. */
export function sitePage(page: ProsePage): PageSource {
  const where = `web/src/content/pages/${page}.${getLocale()}.md`;
  const raw = files[`../content/pages/${page}.${getLocale()}.md`];
  if (raw === undefined) throw new Error(`${where} is missing: every page is written in every language`);
  return parsePageSource(raw, where);
}
