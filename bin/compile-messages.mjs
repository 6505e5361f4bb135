#!/usr/bin/env node
// Compiles the message catalog (messages/*.json) into typed, tree-shaken functions in
// web/src/paraglide/ (git-ignored) with Paraglide JS. The inlang plugin is read from node_modules
// (settings.json `modules`), so nothing is fetched. Skipped when the output is newer than every
// catalog and the settings. Exits explicitly: the inlang SDK leaves timers running after close.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'messages/project.inlang');
const outdir = path.join(root, 'web/src/paraglide');
const stamp = path.join(outdir, 'messages/_index.js');

const inputs = [
  ...readdirSync(path.join(root, 'messages'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(root, 'messages', f)),
  path.join(project, 'settings.json'),
  fileURLToPath(import.meta.url),
];
const fresh = existsSync(stamp) && inputs.every((file) => statSync(file).mtimeMs <= statSync(stamp).mtimeMs);

if (!fresh) {
  const { compile } = await import('@inlang/paraglide-js');
  process.chdir(root);
  await compile({
    project,
    outdir,
    emitTsDeclarations: true,
    emitGitIgnore: false,
    emitPrettierIgnore: false,
    emitReadme: false,
    // One language today; issue 16 adds `url` for /hi/ pages.
    strategy: ['baseLocale'],
  });
}
process.exit(0);
