#!/usr/bin/env node
// Compiles the message catalog (messages/*.json) into typed, tree-shaken functions with Paraglide JS,
// once per reader: the server's emails and PDFs (functions/core/paraglide/) and the web's pages and
// islands (web/src/paraglide/). Both are git-ignored and
// rebuilt here before every check, test, synth and `npm run dev`. The inlang plugin is read from
// node_modules (settings.json `modules`), so nothing is fetched. An output is skipped when it is newer
// than every catalog and the settings. Exits explicitly: the inlang SDK leaves timers running.
import { existsSync, readdirSync, statSync } from 'node:fs';
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
}
process.exit(0);
