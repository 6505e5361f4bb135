// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// A static site served by CloudFront from S3 (and by the local twin's gateway).
export default defineConfig({
  output: 'static',
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
