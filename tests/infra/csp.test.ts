/**
 * The Content-Security-Policy and the synth-time scan of the built site that keeps it honest: inline
 * scripts, handlers, javascript: URLs and style attributes fail synth; inline <style> elements are
 * hashed into style-src; third-party origins follow the stage's providers.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../lib/stacks/app.ts';
import {
  assertNoForbiddenInlineContent,
  contentSecurityPolicy,
  dailyOrigins,
  razorpayOrigins,
  scanSite,
} from '../../lib/stacks/csp.ts';
import { projectRoot } from '../../lib/stacks/node-function.ts';
import { loadStageConfig } from '../../lib/stage-config.ts';

function site(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'chikitsa360-csp-'));
  for (const [name, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), html);
  }
  return directory;
}

const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}<script type="module" src="/_astro/page.js"></script></head><body>${body}</body></html>`;

const sources = {
  webSocketOrigin: 'wss://chikitsa360.in',
  recordingsOrigin: 'https://b.s3.ap-south-1.amazonaws.com',
  documentsOrigin: 'https://d.s3.ap-south-1.amazonaws.com',
  mediaOrigin: 'https://m.s3.ap-south-1.amazonaws.com',
};
const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));

describe('site scan', () => {
  it('accepts module scripts, JSON-LD data blocks, classes and an empty site', () => {
    const clean = site({
      'index.html': page(
        '<p class="lead">Hello</p>',
        '<script type="application/ld+json">{"@type":"Organization"}</script>',
      ),
      'doctors/index.html': page('<a href="/doctors/1/">Dr. A</a>'),
    });
    expect(scanSite(clean)).toEqual({ styleHashes: [], forbidden: [] });
    expect(scanSite(path.join(tmpdir(), 'chikitsa360-no-such-site'))).toEqual({
      styleHashes: [],
      forbidden: [],
    });
  });

  it('refuses inline scripts, event handlers, javascript: URLs and style attributes, naming file and code', () => {
    const bad = site({
      'index.html': page('<script>window.x = 1</script>'),
      'a/index.html': page('<button onclick="go()">Go</button>'),
      'b/index.html': page('<a href="javascript:void(0)">x</a>'),
      'c/index.html': page('<div style="color:red">x</div>'),
    });
    const { forbidden } = scanSite(bad);
    expect(forbidden).toEqual([
      'a/index.html: inline event handler onclick= in <button onclick="go()">',
      'b/index.html: javascript: URL in <a href="javascript:void(0)">',
      'c/index.html: style attribute in <div style="color:red">',
      'index.html: inline <script>window.x = 1',
    ]);
    expect(() => assertNoForbiddenInlineContent(bad, scanSite(bad))).toThrow(
      /inline code that the Content-Security-Policy[\s\S]*index\.html: inline <script>window\.x = 1[\s\S]*npm run build:web/,
    );
  });

  it('hashes inline <style> elements (sha256, base64) for style-src', () => {
    const css = '.a{color:red}';
    const styled = site({ 'index.html': page('<p>x</p>', `<style>${css}</style>`) });
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    expect(scanSite(styled)).toEqual({ styleHashes: [hash], forbidden: [] });
    const config = loadStageConfig((key) => ({ stage: 'dev' })[key as 'stage']);
    const policy = directives(contentSecurityPolicy(config, { ...sources, styleHashes: [hash] }));
    expect(policy.get('style-src')).toEqual(["'self'", hash]);
  });

  it('finds nothing to refuse in the built site (web/dist), when there is one', () => {
    const dist = path.join(projectRoot, 'web/dist');
    if (!existsSync(dist)) return;
    expect(scanSite(dist).forbidden).toEqual([]);
  });

  it('fails synth when the built site has an inline script', () => {
    const bad = site({ 'index.html': page('<script>alert(1)</script>') });
    expect(() =>
      buildApp({ context: { stage: 'dev', 'aws:cdk:bundling-stacks': [] }, siteDirectory: bad }),
    ).toThrow(/inline <script>alert\(1\)/);
  });
});

describe('policy', () => {
  const config = (context: Record<string, string>) =>
    loadStageConfig((key) => ({ stage: 'dev', ...context })[key]);

  it('allows Razorpay only with Razorpay payments, Daily only with Daily video', () => {
    const simulated = contentSecurityPolicy(config({ paymentProvider: 'simulated' }), {
      ...sources,
      styleHashes: [],
    });
    expect(simulated).not.toMatch(/razorpay|daily/);
    expect(directives(simulated).get('frame-src')).toEqual(["'none'"]);

    const razorpay = directives(contentSecurityPolicy(config({}), { ...sources, styleHashes: [] }));
    expect(razorpay.get('script-src')).toEqual(["'self'", ...razorpayOrigins.script]);
    expect(razorpay.get('frame-src')).toEqual([...razorpayOrigins.frame]);
    expect(razorpay.get('connect-src')).toEqual([
      "'self'",
      sources.webSocketOrigin,
      sources.recordingsOrigin,
      sources.documentsOrigin,
      sources.mediaOrigin,
      ...razorpayOrigins.connect,
    ]);

    const daily = directives(
      contentSecurityPolicy(config({ videoProvider: 'daily' }), { ...sources, styleHashes: [] }),
    );
    expect(daily.get('script-src')).toEqual(["'self'", ...razorpayOrigins.script, ...dailyOrigins.script]);
    expect(daily.get('connect-src')).toEqual([
      "'self'",
      sources.webSocketOrigin,
      sources.recordingsOrigin,
      sources.documentsOrigin,
      sources.mediaOrigin,
      ...razorpayOrigins.connect,
      ...dailyOrigins.connect,
    ]);
  });

  it('fits CloudFront (1,783 characters at most), with every provider and a few style hashes', () => {
    const hashes = Array.from(
      { length: 5 },
      (_, i) => `'sha256-${createHash('sha256').update(String(i)).digest('base64')}'`,
    );
    const policy = contentSecurityPolicy(config({ videoProvider: 'daily' }), {
      webSocketOrigin: 'wss://chikitsa360.in',
      recordingsOrigin: 'https://chikitsa360-prod-recordings-111111111111.s3.ap-south-1.amazonaws.com',
      documentsOrigin: 'https://chikitsa360-prod-documents-111111111111.s3.ap-south-1.amazonaws.com',
      mediaOrigin: 'https://chikitsa360-prod-media-111111111111.s3.ap-south-1.amazonaws.com',
      styleHashes: hashes,
    });
    expect(policy.length).toBeLessThanOrEqual(1783);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
