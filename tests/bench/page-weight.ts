/**
 * Front-end page weight from the built site (the very files the twin serves): each page's HTML, the
 * stylesheets and module scripts its own <link>/<script> tags load, and the modules those scripts import
 * statically (the browser fetches them before the page's script runs). Modules imported dynamically
 * (`import()`) load only when needed and are listed apart. Sizes raw and gzipped (each file on its own,
 * as served). Fonts and images are not counted: the brief is HTML + CSS + JS.
 *
 * Targets, per page, gzipped: JS ≤ 20 KB on the content pages (home, search, doctor detail; issue 15),
 * JS ≤ 100 KB on the app pages (ours), HTML + CSS + JS ≤ 150 KB everywhere (ours). Also the size of
 * the web's source (issue 15): .ts, .tsx and .astro lines under web/src, without tests and generated
 * files, ≤ 13,300.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { barChart } from './charts.ts';
import { against, kb, type Section, table } from './stats.ts';

export const PAGES: [string, string][] = [
  ['home', '/'],
  ['search', '/doctors/'],
  ['doctor detail', '/doctors/view/'],
  ['room', '/room/'],
  ['admin', '/admin/'],
  // The Hindi pages hold the same budgets (issue 16).
  ['home (hi)', '/hi/'],
  ['search (hi)', '/hi/doctors/'],
  ['doctor detail (hi)', '/hi/doctors/view/'],
];
/** The content pages render at build time and hydrate small islands: 20 KB of JS (issue 15). */
const CONTENT_PAGES = new Set([
  'home',
  'search',
  'doctor detail',
  'home (hi)',
  'search (hi)',
  'doctor detail (hi)',
]);
export const TARGET_CONTENT_JS_GZIP = 20 * 1024;
export const TARGET_JS_GZIP = 100 * 1024;
const jsTarget = (name: string) => (CONTENT_PAGES.has(name) ? TARGET_CONTENT_JS_GZIP : TARGET_JS_GZIP);
export const TARGET_WEB_LINES = 13_300;

/** Lines of .ts, .tsx and .astro under web/src, without tests and the generated message catalog. */
export function webSourceLines(webSrc: string): { lines: number; files: number } {
  let lines = 0;
  let files = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'paraglide') walk(file);
      } else if (/\.(ts|tsx|astro)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        files++;
        lines += readFileSync(file, 'utf8').split('\n').length - 1;
      }
    }
  };
  walk(webSrc);
  return { lines, files };
}
export const TARGET_TOTAL_GZIP = 150 * 1024;

interface Weight {
  raw: number;
  gzip: number;
  files: number;
}
const none = (): Weight => ({ raw: 0, gzip: 0, files: 0 });
const add = (w: Weight, bytes: Buffer) => {
  w.raw += bytes.length;
  w.gzip += gzipSync(bytes).length;
  w.files++;
};

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);

/** The site-absolute path of a URL found in `from` (a page path or a file path under dist). */
function resolveUrl(url: string, from: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  return new URL(url, `http://site${from}`).pathname;
}

export function pageWeight(dist: string, page: string) {
  const file = (p: string) => path.join(dist, decodeURIComponent(p));
  const htmlFile = file(page.endsWith('/') ? `${page}index.html` : page);
  const html = readFileSync(htmlFile);
  const weights = { html: none(), css: none(), js: none(), lazyJs: none() };
  add(weights.html, html);
  const text = html.toString('utf8');
  const css = new Set<string>();
  const scripts: string[] = [];
  for (const tag of text.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    const url = resolveUrl(href, page);
    if (!url) continue;
    if (rel.includes('stylesheet')) css.add(url);
    if (rel.includes('modulepreload')) scripts.push(url);
  }
  for (const tag of text.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attribute(tag, 'src');
    const url = src && resolveUrl(src, page);
    if (url) scripts.push(url);
  }
  for (const url of css) add(weights.css, readFileSync(file(url)));

  // Static imports are fetched up front; dynamic ones only when the code asks for them.
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (url: string, into: Set<string>) => {
    if (eager.has(url) || into.has(url) || !existsSync(file(url))) return;
    into.add(url);
    const code = readFileSync(file(url), 'utf8');
    for (const m of code.matchAll(
      /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]([^"'`]+\.m?js)["'`]/g,
    ))
      visit(resolveUrl(m[1]!, url)!, into);
    for (const m of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)) {
      const target = resolveUrl(m[1]!, url)!;
      if (!eager.has(target)) lazy.add(target);
    }
  };
  for (const url of scripts) visit(url, eager);
  for (const url of [...lazy]) {
    lazy.delete(url);
    visit(url, lazy);
  }
  for (const url of eager) add(weights.js, readFileSync(file(url)));
  for (const url of lazy) if (!eager.has(url)) add(weights.lazyJs, readFileSync(file(url)));
  return weights;
}

export async function benchPageWeight(dist: string): Promise<Section> {
  const measured = PAGES.map(([name, page]) => {
    const w = pageWeight(dist, page);
    const total = { raw: w.html.raw + w.css.raw + w.js.raw, gzip: w.html.gzip + w.css.gzip + w.js.gzip };
    return { name, page, ...w, total };
  });
  const pair = (w: { raw: number; gzip: number }) => `${kb(w.raw)} / ${kb(w.gzip)}`;
  const rows = measured.map((m) => [
    `${m.name} (\`${m.page}\`)`,
    pair(m.html),
    `${pair(m.css)} (${m.css.files})`,
    `${pair(m.js)} (${m.js.files}); gzip ≤ ${kb(jsTarget(m.name))} ${against(m.js.gzip <= jsTarget(m.name))}`,
    `${pair(m.total)}; gzip ≤ ${kb(TARGET_TOTAL_GZIP)} ${against(m.total.gzip <= TARGET_TOTAL_GZIP)}`,
    m.lazyJs.files ? `${pair(m.lazyJs)} (${m.lazyJs.files})` : '—',
  ]);
  const chart = barChart({
    file: 'page-weight.svg',
    title: 'Page weight, gzipped (HTML + CSS + JS loaded up front)',
    unit: 'KB gzipped',
    rows: measured.map((m) => ({
      label: m.name,
      values: [m.html.gzip / 1024, m.css.gzip / 1024, m.js.gzip / 1024, m.total.gzip / 1024],
    })),
    series: [
      { name: 'HTML', color: '#fbbf24' },
      { name: 'CSS', color: '#34d399' },
      { name: 'JS', color: '#60a5fa', target: TARGET_CONTENT_JS_GZIP / 1024 },
      { name: 'total', color: '#1f2937', target: TARGET_TOTAL_GZIP / 1024 },
    ],
  });
  const source = webSourceLines(fileURLToPath(new URL('../../web/src/', import.meta.url)));
  const markdown = [
    "From the site build the twin serves: each page's HTML, the stylesheets and module scripts its own tags load, and every module those import statically. Raw / gzipped (each file on its own; file count in brackets). Lazy: modules only loaded by a dynamic `import()` (e.g. the Daily video client). JS on the content pages ≤ 20 KB is issue 15's target; the others are ours.",
    '',
    table(['page', 'HTML', 'CSS', 'JS (eager)', 'HTML + CSS + JS', 'lazy JS (not counted)'], rows),
    '',
    `Web source (issue 15): ${source.lines.toLocaleString('en-IN')} lines of .ts, .tsx and .astro in ${source.files} files under web/src (tests and the generated catalog left out); ≤ ${TARGET_WEB_LINES.toLocaleString('en-IN')} ${against(source.lines <= TARGET_WEB_LINES)}`,
    '',
    `![Page weight](charts/${chart.file})`,
  ].join('\n');
  return {
    title: 'Front-end page weight',
    markdown,
    figures: measured,
    ok:
      measured.every((m) => m.js.gzip <= jsTarget(m.name) && m.total.gzip <= TARGET_TOTAL_GZIP) &&
      source.lines <= TARGET_WEB_LINES,
    charts: [chart],
  };
}
