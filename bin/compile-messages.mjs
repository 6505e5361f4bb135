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
  // The pages are English until the /hi/ pages land (issue 16 adds the `url` strategy here).
  { outdir: 'web/src/paraglide', strategy: ['baseLocale'] },
];

const inputs = [
  ...readdirSync(path.join(root, 'messages'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(root, 'messages', f)),
  path.join(project, 'settings.json'),
  fileURLToPath(import.meta.url),
];
const newest = Math.max(...inputs.map((file) => statSync(file).mtimeMs));

for (const { outdir, strategy } of outputs) {
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
    strategy,
  });
}
process.exit(0);
