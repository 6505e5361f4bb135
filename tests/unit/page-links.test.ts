/**
 * Every internal link and navigation in the web goes through pageHref (web/src/lib/links.ts), so a
 * reader of the Hindi pages (/hi/…) stays in Hindi. A raw site path in an href or a navigation would
 * send them to the English page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB_SRC = path.join(import.meta.dirname, '..', '..', 'web', 'src');

/** A site path: starts with one slash, and is a page, not a file (favicon.svg) or the API. */
const sitePath = String.raw`\/(?!\/|api\/)[^"'\x60\s]*`;
const RAW_LINKS = [
  new RegExp(String.raw`(?<![.\w])href\s*=\s*\{?\s*["'\x60](${sitePath})`, 'g'),
  new RegExp(String.raw`\bhref\s*:\s*["'\x60](${sitePath})`, 'g'),
  new RegExp(String.raw`location\.(?:assign|replace)\(\s*["'\x60](${sitePath})`, 'g'),
  new RegExp(String.raw`location\.href\s*=\s*["'\x60](${sitePath})`, 'g'),
];
const isFile = (target: string) => /\.[a-z0-9]+$/i.test(target.split(/[?#]/)[0] ?? '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sourceFiles(file);
    return /\.(ts|tsx|astro)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function rawLinks(source: string): string[] {
  const found: string[] = [];
  for (const pattern of RAW_LINKS)
    for (const match of source.matchAll(pattern)) if (!isFile(match[1] ?? '')) found.push(match[0]);
  return found;
}

describe('internal links go through pageHref', () => {
  it('finds the kinds of raw link it is meant to find, and not files or the API', () => {
    expect(rawLinks(`<a href="/doctors/">`)).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, as the test reads it
    expect(rawLinks('<a href={`/doctors/?q=${q}`}>')).toHaveLength(1);
    expect(rawLinks(`{ href: '/login/' }`)).toHaveLength(1);
    expect(rawLinks(`window.location.assign('/account/?saved=1')`)).toHaveLength(1);
    expect(rawLinks(`location.replace("/login/")`)).toHaveLength(1);
    expect(rawLinks(`window.location.href = '/';`)).toHaveLength(1);
    expect(rawLinks(`<link rel="icon" href="/favicon.svg" />`)).toEqual([]);
    expect(rawLinks(`<a href="#main-content">`)).toEqual([]);
    expect(rawLinks(`<a href={pageHref('/doctors/')}>`)).toEqual([]);
    expect(rawLinks(`<a href="https://example.com/x">`)).toEqual([]);
  });

  it('has no raw internal link in web/src outside links.ts', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(WEB_SRC)) {
      const name = path.relative(WEB_SRC, file).split(path.sep).join('/');
      if (name === 'lib/links.ts') continue;
      offenders.push(...rawLinks(readFileSync(file, 'utf8')).map((link) => `${name}: ${link}`));
    }
    expect(offenders).toEqual([]);
  });
});
