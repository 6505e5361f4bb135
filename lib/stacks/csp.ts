/**
 * The site's Content-Security-Policy, built at synth time from the stage's providers and the built
 * site itself. Scripts: the site's own modules only, never inline (Astro bundles every `<script>` into
 * /_astro/*.js; an inline script, event handler or `javascript:` URL in web/dist fails synth instead of
 * being hashed into the policy, so nobody can quietly bless one). Styles: the site's own stylesheets,
 * plus the sha256 of any inline `<style>` element Astro emits (style attributes cannot be allowed without
 * 'unsafe-inline', so they fail synth too). Third parties: exactly the origins the enabled providers load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { StageConfig } from '../stage-config.ts';

/**
 * Razorpay Checkout (web/src/scripts/checkout.ts loads https://checkout.razorpay.com/v1/checkout.js).
 * The origins are Razorpay's own published list (its Magento plugin's etc/csp_whitelist.xml: script
 * checkout + cdn, frame api, connect lumberjack + lumberjack-metrics, img cdn) plus the Checkout origin
 * as a frame source.
 */
export const razorpayOrigins = {
  script: ['https://checkout.razorpay.com', 'https://cdn.razorpay.com'],
  frame: ['https://api.razorpay.com', 'https://checkout.razorpay.com'],
  connect: ['https://lumberjack.razorpay.com', 'https://lumberjack-metrics.razorpay.com'],
  img: ['https://cdn.razorpay.com'],
} as const;

/**
 * Daily's call object, no Daily UI and so no frame (web/src/lib/room/daily.ts): daily-js from unpkg
 * (pinned, with SRI), its call bundle from c.daily.co, and the API and media signalling on *.daily.co.
 */
export const dailyOrigins = {
  script: ['https://unpkg.com/@daily-co/', 'https://c.daily.co'],
  connect: ['https://*.daily.co', 'wss://*.daily.co'],
} as const;

export interface SiteInlineContent {
  /** 'sha256-…' of each distinct inline <style> element. */
  readonly styleHashes: readonly string[];
  /** Inline code the policy will not allow, as "file: what"; synth fails when any is found. */
  readonly forbidden: readonly string[];
}

/** Scans every HTML file of the built site for inline script and style. */
export function scanSite(siteDirectory: string): SiteInlineContent {
  const styleHashes = new Set<string>();
  const forbidden: string[] = [];
  if (!existsSync(siteDirectory)) return { styleHashes: [], forbidden };
  for (const file of htmlFiles(siteDirectory)) {
    const name = path.relative(siteDirectory, file);
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      const attributes = match[1] ?? '';
      const isData = /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes);
      const content = match[2] ?? '';
      if (!/\bsrc\s*=/i.test(attributes) && !isData && content.trim()) {
        forbidden.push(`${name}: inline <script>${snippet(content)}`);
      }
    }
    for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
      styleHashes.add(
        `'sha256-${createHash('sha256')
          .update(match[1] ?? '', 'utf8')
          .digest('base64')}'`,
      );
    }
    // Attributes, within tags only (script bodies were handled above and are skipped here).
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '<script>');
    for (const tag of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
      const handler = /\s(on[a-z]+)\s*=/i.exec(tag[0]);
      if (handler) forbidden.push(`${name}: inline event handler ${handler[1]}= in ${snippet(tag[0])}`);
      if (/\sstyle\s*=/i.test(tag[0])) forbidden.push(`${name}: style attribute in ${snippet(tag[0])}`);
      if (/\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag[0])) {
        forbidden.push(`${name}: javascript: URL in ${snippet(tag[0])}`);
      }
    }
  }
  return { styleHashes: [...styleHashes].sort(), forbidden };
}

export interface PolicySources {
  /** wss://<site host>: the WebSocket API behind /ws. */
  readonly webSocketOrigin: string;
  /** https://<bucket>.s3.<region>.amazonaws.com: the browser POSTs audio chunks there (presigned). */
  readonly recordingsOrigin: string;
  /** https://<bucket>.s3.<region>.amazonaws.com: the browser POSTs documents there (presigned). */
  readonly documentsOrigin: string;
  /** https://<bucket>.s3.<region>.amazonaws.com: the browser POSTs a doctor's cropped photo there. */
  readonly mediaOrigin: string;
  readonly styleHashes: readonly string[];
}

/** The policy as CloudFront sends it. Throws for inline code the policy would block in browsers. */
export function contentSecurityPolicy(config: StageConfig, sources: PolicySources): string {
  const razorpay = config.paymentProvider === 'razorpay';
  const daily = config.videoProvider === 'daily';
  const list = (...values: (readonly string[] | string | false)[]) =>
    values.flatMap((value) => (value === false ? [] : typeof value === 'string' ? [value] : [...value]));
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', list("'self'", razorpay && razorpayOrigins.script, daily && dailyOrigins.script)],
    ['style-src', list("'self'", sources.styleHashes)],
    // Health-tip images are links an admin enters (https only, checked by the admin API). Images cannot
    // run code, and the Referrer-Policy keeps paths private, so any https origin is allowed here.
    ['img-src', list("'self'", 'data:', 'blob:', 'https:', razorpay && razorpayOrigins.img)],
    ['font-src', ["'self'"]],
    // Recorded audio plays back from blob: URLs.
    ['media-src', ["'self'", 'blob:']],
    [
      'connect-src',
      list(
        "'self'",
        sources.webSocketOrigin,
        sources.recordingsOrigin,
        sources.documentsOrigin,
        sources.mediaOrigin,
        razorpay && razorpayOrigins.connect,
        daily && dailyOrigins.connect,
      ),
    ],
    ['frame-src', razorpay ? [...razorpayOrigins.frame] : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return [
    ...directives.map(([name, values]) => `${name} ${values.join(' ')}`),
    'upgrade-insecure-requests',
  ].join('; ');
}

/** Fails synth with every finding listed, so the fix (move it into a module script or a class) is clear. */
export function assertNoForbiddenInlineContent(siteDirectory: string, found: SiteInlineContent): void {
  if (!found.forbidden.length) return;
  throw new Error(
    `The built site (${siteDirectory}) has inline code that the Content-Security-Policy (no 'unsafe-inline') would block in browsers:\n  - ${found.forbidden.join('\n  - ')}\nMove scripts into <script> blocks Astro bundles (not is:inline), handlers into addEventListener, and style attributes into classes; then rebuild (npm run build:web).`,
  );
}

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
};
