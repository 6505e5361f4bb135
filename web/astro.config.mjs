// @ts-check
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
 * The browser's copy of the route table (functions/contract/routes.ts), generated from it: only what the
 * typed client (src/lib/client.ts) reads, an operation's method and path. The audit decisions and auth
 * rules stay on the server, and every page is ~0.9 KB gzipped lighter. Build and dev server alike; the
 * component tests read the full table.
 */
const slimRoutes = {
  name: 'c360-slim-routes',
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === 'client',
  /** @param {string} id */
  async load(id) {
    if (!id.endsWith('/functions/contract/routes.ts')) return undefined;
    /** @type {{ httpRoutes: { method: string; path: string; operation: string }[] }} */
    const { httpRoutes } = await import(pathToFileURL(id).href);
    const slim = httpRoutes.map(({ method, path, operation }) => ({ method, path, operation }));
    return `export const httpRoutes = ${JSON.stringify(slim)};`;
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
 * component becomes its own chunk, each gzipped and fetched apart): Preact is one shared file, the
 * client core (API client, session, links, formatting, island runtime: modules with state that the
 * header and the page must share) stays in shared files, and every other module shared by several
 * pages is copied into each page's script (Rolldown's inlining of common chunks). The browser's bundles only; the prerender keeps Astro's
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
              groups: [{ name: 'preact', test: shared[0] }],
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
    plugins: [tailwindcss(), slimRoutes, browserChunks],
    define: { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(locale) },
    build: {
      // Astro inlines scripts smaller than this limit; 0 keeps every script an external file for the CSP.
      assetsInlineLimit: 0,
    },
  },
});
