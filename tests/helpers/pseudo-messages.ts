/**
 * The message catalog compiled with a pseudo-locale in the place of Hindi (every message of en.json,
 * accented and ~40% longer: helpers/catalog.ts `pseudo`), for tests that swap it in for the real
 * compiled catalog (vi.mock of functions/core/paraglide/messages.js) and render with locale 'hi'.
 * Built under node_modules/.cache (like any tool's cache), in a folder per process that the test removes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pseudoCatalog, readCatalog } from './catalog.ts';

const WORK = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'pseudo-messages');
const SCHEMA = 'https://inlang.com/schema/inlang-message-format';

/** Compiles the pseudo catalog; returns the path of its messages module. */
export async function compilePseudoMessages(): Promise<string> {
  const dir = join(WORK, `${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'project.inlang'), { recursive: true });
  const english = readCatalog('en');
  writeFileSync(join(dir, 'en.json'), JSON.stringify({ $schema: SCHEMA, ...english }));
  writeFileSync(join(dir, 'hi.json'), JSON.stringify({ $schema: SCHEMA, ...pseudoCatalog(english) }));
  writeFileSync(
    join(dir, 'project.inlang', 'settings.json'),
    JSON.stringify({
      baseLocale: 'en',
      locales: ['en', 'hi'],
      // Relative to the folder that holds project.inlang, as in messages/project.inlang/settings.json.
      modules: ['../../../@inlang/plugin-message-format/dist/index.js'],
      'plugin.inlang.messageFormat': { pathPattern: './{locale}.json' },
    }),
  );
  const { compile } = await import('@inlang/paraglide-js');
  const outdir = join(dir, 'out');
  await compile({
    project: join(dir, 'project.inlang'),
    outdir,
    emitGitIgnore: false,
    emitPrettierIgnore: false,
    emitReadme: false,
    strategy: ['baseLocale'],
  });
  return join(outdir, 'messages.js');
}
