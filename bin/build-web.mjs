#!/usr/bin/env node
// Builds the site once per language from the same pages (see web/astro.config.mjs for why): English
// at the root of the output folder, every other language in /<code>/ inside it. The output folder is
// web/dist, or the first argument (the benchmarks build into a temporary folder).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'web/dist'));
const { baseLocale, locales } = JSON.parse(
  readFileSync(path.join(root, 'messages/project.inlang/settings.json'), 'utf8'),
);
const astro = path.join(root, 'node_modules/.bin/astro');

// The base locale first: its build empties the output folder.
for (const locale of [baseLocale, ...locales.filter((l) => l !== baseLocale)]) {
  execFileSync(
    astro,
    [
      'build',
      '--root',
      'web',
      '--outDir',
      locale === baseLocale ? outDir : path.join(outDir, locale),
      '--silent',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, C360_LOCALE: locale } },
  );
}
