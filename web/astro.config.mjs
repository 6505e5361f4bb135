// @ts-check
import { execFileSync } from 'node:child_process';
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

// A static site served by CloudFront from S3 (and by the local twin's gateway).
export default defineConfig({
  output: 'static',
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
    plugins: [tailwindcss()],
    build: {
      // Astro inlines scripts smaller than this limit; 0 keeps every script an external file for the CSP.
      assetsInlineLimit: 0,
    },
  },
});
