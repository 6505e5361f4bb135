#!/usr/bin/env node
// Compiles the message catalog (messages/*.json) into typed, tree-shaken functions with Paraglide JS,
// once per reader: the server's emails and PDFs (functions/core/paraglide/) and the web's pages and
// islands (web/src/paraglide/). Both are git-ignored and
// rebuilt here before every check, test, synth and `npm run dev`. The inlang plugin is read from
// node_modules (settings.json `modules`), so nothing is fetched. An output is skipped when it is newer
// than every catalog and the settings. Exits explicitly: the inlang SDK leaves timers running.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'messages/project.inlang');

/**
 * The server reads no locale from a cookie or a URL: every call names the recipient's locale, and
 * 'baseLocale' only decides what a call that forgot it gets (the pseudo-locale test catches those).
 */
const outputs = [
  { outdir: 'functions/core/paraglide', strategy: ['baseLocale'] },
  /*
   * The site is built once per language (bin/build-web.mjs), and each build defines
   * globalThis.__PARAGLIDE_STATIC_LOCALE__ as that language: every page, at build time and in the browser, is in
   * its build's locale, and the bundler drops the other languages' strings from the page's scripts.
   * Where nothing defines it (component tests), the base locale.
   */
  {
    outdir: 'web/src/paraglide',
    strategy: ['baseLocale'],
    // Paraglide's own expression for a locale-specialised build: messages read it directly.
    experimentalStaticLocale: '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__',
  },
];

const inputs = [
  ...readdirSync(path.join(root, 'messages'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(root, 'messages', f)),
  path.join(project, 'settings.json'),
  fileURLToPath(import.meta.url),
];
const newest = Math.max(...inputs.map((file) => statSync(file).mtimeMs));

/**
 * Paraglide's registry builds a new Intl object for every plural, number, date and relative-time
 * message it formats (a PluralRules for each "10 slots" on a doctor's day tabs). Ours come from the one
 * cache in functions/contract/format.ts, which tests/unit/intl-formatters.test.ts holds every source to,
 * these generated files included, so the registry is pointed at it after each compile. A Paraglide
 * whose registry reads differently fails here instead of slipping back.
 */
function useFormatterCache(outdir) {
  const file = path.join(root, outdir, 'registry.js');
  const cache = path.relative(path.dirname(file), path.join(root, 'functions/contract/format.ts'));
  const kinds = ['PluralRules', 'NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat'];
  // 'PluralRules' → pluralRules, the cache's name for it.
  const names = kinds.map((kind) => kind[0].toLowerCase() + kind.slice(1));
  let text = readFileSync(file, 'utf8');
  for (const [i, kind] of kinds.entries()) {
    const made = `new Intl.${kind}(`;
    if (!text.includes(made)) throw new Error(`${file}: no "${made}" to point at the formatter cache`);
    text = text.replaceAll(made, `${names[i]}(`);
  }
  writeFileSync(file, `import { ${names.join(', ')} } from '${cache.split(path.sep).join('/')}';\n${text}`);
}

for (const { outdir, ...options } of outputs) {
  const stamp = path.join(root, outdir, 'messages/_index.js');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newest) continue;
  const { compile } = await import('@inlang/paraglide-js');
  process.chdir(root);
  await compile({
    project,
    outdir: path.join(root, outdir),
    emitTsDeclarations: true,
    emitGitIgnore: false,
    emitPrettierIgnore: false,
    emitReadme: false,
    ...options,
  });
  useFormatterCache(outdir);
}
process.exit(0);
