// @ts-check
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

/** The message catalog compiles to web/src/paraglide before any build or dev server (bin/compile-messages.mjs). */
const messages = {
  name: 'c360-messages',
  hooks: {
    'astro:config:setup': () => {
      execFileSync(
        process.execPath,
        [fileURLToPath(new URL('../bin/compile-messages.mjs', import.meta.url))],
        {
          stdio: 'inherit',
        },
      );
    },
  },
};

/**
 * The browser's routes, per operation. The typed client (src/lib/client.ts) names an operation,
 * `api.call('searchDoctors', …)` / `api.url('receiptPdf', …)`; here each such name becomes that
 * operation's method and path (from functions/contract/routes.ts), so a page carries only the routes it
 * calls, not the whole table (about 1 KB gzipped on every page), and never the audit decisions and
 * auth rules. The browser's copy of the table is empty, and a call whose operation is not a plain
 * string fails the build. Build and dev server alike; the component tests read the full table.
 */
/** @type {Map<string, { method: string; path: string; operation: string }>} */
const routeByOperation = new Map();
const routesPerOperation = {
  name: 'c360-routes-per-operation',
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === 'client',
  async buildStart() {
    /** @type {{ httpRoutes: { method: string; path: string; operation: string }[] }} */
    const { httpRoutes } = await import(new URL('../functions/contract/routes.ts', import.meta.url).href);
    for (const { method, path, operation } of httpRoutes)
      routeByOperation.set(operation, { method, path, operation });
  },
  /** @param {string} code @param {string} id */
  transform(code, id) {
    const file = id.split('?')[0] ?? id;
    if (file.endsWith('/functions/contract/routes.ts'))
      return { code: 'export const httpRoutes = [];', map: null };
    if (!/[\\/]web[\\/]src[\\/].*\.tsx?$/.test(file) || !/\bapi\.(?:call|url)\(/.test(code)) return undefined;
    const out = code.replace(/\bapi\.(call|url)\(\s*(?:'(\w+)'|"(\w+)")?/g, (_call, fn, single, double) => {
      const name = single ?? double;
      const route = name && routeByOperation.get(name);
      if (!route)
        throw new Error(`${file}: api.${fn}() takes an operation of the route table as a plain string`);
      return `api.${fn}(${JSON.stringify(route)}`;
    });
    return { code: out, map: null };
  },
};

/**
 * In the browser the locale is fixed per build (below), so a message is its own language's function:
 * Paraglide's wrapper (which picks the locale per call, warns when a call asks for another, and falls
 * back to the runtime's locale) only costs bytes, in every message: about 1.5 KB gzipped per page. The
 * prerender keeps it.
 */
const lightMessages = {
  name: 'c360-light-messages',
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === 'client',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/[\\/]paraglide[\\/]messages[\\/][^/\\]+\.js$/.test(id)) return undefined;
    const name = /^export const (\w+) = /m.exec(code)?.[1];
    if (!name || !code.includes(`const ${locale}_${name} = `)) return undefined;
    const light = code
      .replace(/^export const \w+ = [\s\S]*$/m, `export const ${name} = ${locale}_${name};\n`)
      .replace(/^import \{ getLocale, experimentalStaticLocale \} from '\.\.\/runtime\.js';?$/m, '');
    return { code: light, map: null };
  },
};

/**
 * Vite's helper for lazy imports, smaller (0.5 KB gzipped on every page, as the header imports lazily):
 * it only adds a modulepreload link for each file the imported module needs, so they load in
 * parallel, and imports it. Vite's own also loads a lazy part's stylesheets (ours has none: the one
 * stylesheet is the layout's), picks `preload` where a browser lacks modulepreload (a browser without
 * it then loads the files one after another, as without the helper) and raises `vite:preloadError`
 * (which nothing here listens to).
 */
let siteBase = '/';
const lightPreload = {
  name: 'c360-light-preload',
  /** @param {{ base: string }} config */
  configResolved(config) {
    siteBase = config.base;
  },
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === 'client',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (id !== '\0vite/preload-helper.js') return undefined;
    if (!code.includes('export const __vitePreload')) throw new Error("Vite's lazy-import helper changed");
    return {
      code: `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = ${JSON.stringify(siteBase)} + dep;
    document.head.append(link);
  }
  return load();
};`,
      map: null,
    };
  },
};

/**
 * The language this build renders (bin/build-web.mjs builds the site once per language). English is
 * the site root; another language lives under /<code>/ (the base), from the same page sources.
 * Building per language, not with one build's i18n routes, is what keeps each page's scripts in one
 * language: Astro bundles a page source's scripts once for all its routes, so both languages' strings
 * would ship to every reader. Here the locale is a build-time constant (Paraglide's static-locale
 * expression, see bin/compile-messages.mjs) and the bundler drops the other language's strings.
 */
const locale = process.env.C360_LOCALE ?? 'en';
const { baseLocale } = JSON.parse(
  readFileSync(new URL('../messages/project.inlang/settings.json', import.meta.url), 'utf8'),
);

/**
 * A page loads a few script files, not dozens of tiny ones, and no module wrappers. Preact, the signals
 * runtime (app pages only) and the client core (API client, links, formatting, the island runtime,
 * Vite's helper for lazy imports) are one file each. The content pages (home, search, a doctor's page:
 * issue 15's 20 KB budget) get files cut to fit them: a module that only one content page loads up
 * front stays in that page's own script, or, when other pages or lazy parts use it too, goes to that
 * page's `-shared` file (`home-shared`), so an app page never loads a content page's own code. A module
 * that two or three content pages load up front goes to `content`, the file of all three: a file of
 * its own for two pages costs more (its imports and exports, a request) than the third page loading
 * those few hundred bytes early (the doctor's page loads its profile lazily, and that uses them).
 * The signed-in header's part (HeaderMenu, lazy) and what it needs beyond those are one file too
 * (`signed-in`): every signed-in page loads it. The messages and icons that only a content page's
 * lazy part needs (the doctor's profile) are one file per page too (`doctor-lazy`), not one per set of
 * loaders. Everything else is Rolldown's usual splitting. (Rolldown's inlining of common chunks, used
 * before, needs strict execution order, which wraps every module in an init function: about 2 KB gzipped of
 * wrappers per page, measured with tests/bench/page-weight.ts.) The browser's bundles only; the
 * prerender keeps Astro's chunking. A plugin, because Astro sets the client's `preserveEntrySignatures`
 * itself (our page scripts export nothing, and we use no client:* directive, which would need them).
 */
const contentPages = /** @type {const} */ ([
  ['home', /[\\/]src[\\/]pages[\\/]index\.astro\?astro&type=script/],
  ['search', /[\\/]src[\\/]pages[\\/]doctors[\\/]index\.astro\?astro&type=script/],
  ['doctor', /[\\/]src[\\/]pages[\\/]doctors[\\/]view\.astro\?astro&type=script/],
]);
/** Modules that re-export every message (`m`) or icon (`I`): importing one is not using them all. */
const barrel = /paraglide[\\/]messages(?:[\\/]_index)?\.js$|lib[\\/]icons[\\/]index\.ts$/;
/** The header's signed-in part, imported by the header wherever a session may exist. */
const signedInPart = /islands[\\/]header[\\/]HeaderMenu\.tsx$/;
/** The header's own script, on every page. */
const headerScript = /layouts[\\/]Base\.astro\?astro&type=script/;

/** @typedef {{ getModuleInfo(id: string): import('rolldown').ModuleInfo | null }} Graph */
/** @type {Map<string, Set<string>>} the property names a module's code reads (`m.book_heading`) */
const namesRead = new Map();
/** @param {string} id @param {Graph} graph */
function readsName(id, graph) {
  let names = namesRead.get(id);
  if (!names) {
    names = new Set(
      [...(graph.getModuleInfo(id)?.code ?? '').matchAll(/\.([\w$]+)/g)].map((x) => x[1] ?? ''),
    );
    namesRead.set(id, names);
  }
  return names;
}

/**
 * The names a barrel gives a module's exports: its own, or for a default export (a Lucide icon) the
 * name in the barrel's `export { default as search } from '…/search.mjs'`.
 * @param {string} barrelId @param {string} id @param {readonly string[]} exports @param {Graph} graph
 */
function exportedAs(barrelId, id, exports, graph) {
  if (!exports.includes('default')) return [...exports];
  const code = graph.getModuleInfo(barrelId)?.code ?? '';
  const file = id.replace(/\\/g, '/');
  // Matched on the whole path after a slash: …/icons/x.mjs is not …/icons/circle-x.mjs.
  return [...code.matchAll(/default as (\w+)\s*\}\s*from\s*["']([^"']+)["']/g)]
    .filter(([, , from]) => file.endsWith(`/${(from ?? '').replace(/^\.\//, '')}`))
    .map(([, name]) => name ?? '');
}

/**
 * Which content pages load a module up front (through static imports; through a barrel only where
 * the importer names one of the module's exports), which load it only in a lazy part (an import()
 * on the way), and whether anything else loads it too: another page, or a part loaded with import().
 * @param {string} id @param {Graph} graph
 */
function whoLoads(id, graph) {
  const pages = new Set();
  const lazyPages = new Set();
  let elsewhere = false;
  let signedIn = false;
  let header = false;
  const seen = new Set([`false:${id}`]);
  /** @type {[string, string[] | null, boolean][]} [module, the names a barrel's importer must read, reached through an import()] */
  const todo = [[id, null, false]];
  /** @param {string} up @param {boolean} lazy */
  const visit = (up, lazy) => {
    if (seen.has(`${lazy}:${up}`)) return;
    seen.add(`${lazy}:${up}`);
    todo.push([up, null, lazy]);
  };
  while (todo.length) {
    const [at, names, lazy] = /** @type {[string, string[] | null, boolean]} */ (todo.pop());
    const info = graph.getModuleInfo(at);
    if (!info) continue;
    const page = contentPages.find(([, entry]) => entry.test(at))?.[0];
    if (page) (lazy ? lazyPages : pages).add(page);
    else if (!lazy && (info.isEntry || info.dynamicImporters.length)) elsewhere = true;
    if (!lazy && signedInPart.test(at)) signedIn = true;
    if (!lazy && headerScript.test(at)) header = true;
    for (const up of info.importers) {
      // A barrel is passed once per message or icon that enters it (each with its own names).
      if (barrel.test(up)) todo.push([up, names ?? exportedAs(up, at, info.exports, graph), lazy]);
      else if (!names || names.some((name) => readsName(up, graph).has(name))) visit(up, lazy);
    }
    for (const up of info.dynamicImporters) visit(up, true);
  }
  return {
    pages: contentPages.map(([name]) => name).filter((name) => pages.has(name)),
    lazyPages: contentPages.map(([name]) => name).filter((name) => lazyPages.has(name) && !pages.has(name)),
    elsewhere,
    // What the header's own script loads is on every page already.
    signedIn: signedIn && !header,
  };
}

/** A message or an icon: a few dozen bytes of code, which as a file of its own costs more than it holds. */
const tiny = /paraglide[\\/]messages[\\/](?!_index)[^/\\]+\.js$|lucide[\\/]dist[\\/]esm[\\/]icons[\\/]/;

/** @param {string} id @param {Graph} graph */
function contentChunk(id, graph) {
  const { pages, lazyPages, elsewhere, signedIn } = whoLoads(id, graph);
  if (!pages.length) {
    if (signedIn) return 'signed-in';
    // The messages and icons a content page's lazy part needs (the doctor's profile) share one file,
    // named after the page: Rolldown would give each set of loaders its own, and the doctor's profile
    // then fetched a dozen files of 40-230 bytes, each a request and a modulepreload link.
    if (tiny.test(id) && lazyPages.length) return `${lazyPages.join('-')}-lazy`;
    return null;
  }
  if (pages.length === 1 && !elsewhere) return null;
  if (pages.length > 1) return 'content';
  return elsewhere ? `${pages.join('-')}-shared` : pages.join('-');
}

const browserChunks = {
  name: 'c360-browser-chunks',
  buildStart() {
    namesRead.clear();
  },
  /** @param {string} name */
  configEnvironment(name) {
    if (name !== 'client') return undefined;
    return {
      build: {
        rolldownOptions: {
          preserveEntrySignatures: /** @type {const} */ (false),
          // Keep the content pages' files apart (Rolldown would merge a shared one into some page's).
          experimental: { chunkOptimization: { mergeCommonChunks: false } },
          output: {
            codeSplitting: {
              groups: [
                { name: 'preact', test: /node_modules[\\/]preact[\\/]/, priority: 4 },
                { name: 'signals', test: /node_modules[\\/]@preact[\\/]signals/, priority: 3 },
                {
                  name: 'core',
                  test: /src[\\/]lib[\\/](client|links|format|session-mark)\.ts$|paraglide[\\/]runtime\.js$|islands[\\/]mount\.ts$|vite[\\/]preload-helper/,
                  priority: 2,
                },
                // Only the module itself: its imports find their own file.
                { name: contentChunk, includeDependenciesRecursively: false, priority: 1 },
              ],
            },
          },
        },
      },
    };
  },
};

// A static site served by CloudFront from S3 (and by the local twin's gateway).
export default defineConfig({
  output: 'static',
  base: locale === baseLocale ? '/' : `/${locale}/`,
  // Preact renders the components at build time. Islands hydrate through our own module script
  // (src/islands/mount.ts), not Astro's client:* directives, whose inline scripts the CSP forbids.
  integrations: [messages, preact()],
  build: {
    // /doctors/index.html, so CloudFront and the local gateway resolve /doctors/ without rewrites.
    format: 'directory',
    // The production CSP is `style-src 'self'` and `script-src 'self'`: nothing may be inlined.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss(), routesPerOperation, lightMessages, lightPreload, browserChunks],
    define: { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(locale) },
    build: {
      // Astro inlines scripts smaller than this limit; 0 keeps every script an external file for the CSP.
      assetsInlineLimit: 0,
    },
  },
});
