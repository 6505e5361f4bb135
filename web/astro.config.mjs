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
 * In the browser the locale is fixed per build (below), so each message's guard against a call asking
 * for another locale (a console.warn with a long sentence) and its fallback to the runtime's locale
 * only cost bytes, in every message: about 1 KB gzipped per page. The prerender keeps them.
 */
const lightMessages = {
  name: 'c360-light-messages',
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === 'client',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!/[\\/]paraglide[\\/]messages[\\/][^/\\]+\.js$/.test(id)) return undefined;
    const light = code
      .replace(/^\s*if \(.*console\.warn\(.*$/m, '')
      .replace(/^import \{ getLocale, experimentalStaticLocale \} from '\.\.\/runtime\.js';?$/m, '')
      .replace(/ \?\? getLocale\(\)/g, '');
    return { code: light, map: null };
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
 * A page loads a few script files, not dozens of tiny ones (by default each message, icon and shared
 * component becomes its own chunk, each gzipped and fetched apart): Preact, the signals runtime (app
 * pages only) and the client core (API client, links, formatting, island runtime) are one shared file
 * each, the session stays one module (its state is the header's and the page's), and every other
 * module shared by several pages is copied into each page's script (Rolldown's inlining of common
 * chunks; the price is a small init wrapper per module, less than a file per shared module would
 * cost, measured with tests/bench/page-weight.ts). The browser's bundles only; the prerender keeps Astro's
 * chunking. A plugin, because Astro sets the client's `preserveEntrySignatures` itself (our page
 * scripts export nothing, and we use no client:* directive, which would need the exports).
 */
const shared = [
  /node_modules[\\/](preact|@preact)[\\/]/,
  /src[\\/]lib[\\/](client|session|next|links|format)\.ts$/,
  /paraglide[\\/]runtime\.js$/,
  /islands[\\/]mount\.ts$/,
];
const browserChunks = {
  name: 'c360-browser-chunks',
  /** @param {string} name */
  configEnvironment(name) {
    if (name !== 'client') return undefined;
    return {
      build: {
        rolldownOptions: {
          preserveEntrySignatures: /** @type {const} */ (false),
          output: {
            codeSplitting: {
              groups: [
                { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
                // Apart, so that pages whose islands use no signals (the content pages) do not load them.
                { name: 'signals', test: /node_modules[\\/]@preact[\\/]signals/ },
                // The client core every page uses (API client, links, formatting, the island runtime and
                // Vite's helper for lazy imports): one file, not five.
                {
                  name: 'core',
                  test: /src[\\/]lib[\\/](client|links|format)\.ts$|paraglide[\\/]runtime\.js$|islands[\\/]mount\.ts$|vite[\\/]preload-helper/,
                },
              ],
              experimentalInlineCommonChunks: { maxSize: Number.POSITIVE_INFINITY, exclude: shared },
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
    plugins: [tailwindcss(), routesPerOperation, lightMessages, browserChunks],
    define: { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(locale) },
    build: {
      // Astro inlines scripts smaller than this limit; 0 keeps every script an external file for the CSP.
      assetsInlineLimit: 0,
    },
  },
});
