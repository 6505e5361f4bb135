/**
 * Real Chromium for the browser suite: Debian's /usr/bin/chromium driven by playwright-core (never
 * `playwright install`). One browser per test file, a fresh context per test with the twin as
 * baseURL, screenshots under tests/e2e/screenshots/ (git-ignored), and every console error and
 * uncaught page error collected so a test can assert there were none.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags every test browser gets (DESIGN.md §7). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Extra flags for video calls: a fake camera and microphone, no permission prompt, WebRTC on loopback. */
export const MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
] as const;

export async function launchBrowser({ media = false }: { media?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: [...CHROMIUM_ARGS, ...(media ? MEDIA_ARGS : [])],
  });
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 390, height: 844 } as const;

/** The twin's URL (http://127.0.0.1:<port>). */
export const twinUrl = () => inject('twin').url;

export interface ConsoleProblem {
  kind: 'console' | 'pageerror';
  text: string;
  /** The script or resource the message is about, when Chromium says. */
  url?: string;
}

/** Console errors and uncaught exceptions of every page in a context. */
export class ErrorLog {
  readonly entries: ConsoleProblem[] = [];

  watch(page: Page) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      this.entries.push({ kind: 'console', text: message.text(), url: message.location().url });
    });
    page.on('pageerror', (error) => {
      this.entries.push({ kind: 'pageerror', text: `${error.name}: ${error.message}` });
    });
  }

  /**
   * What went wrong, minus API answers the test provoked on purpose. Chromium logs every 4xx/5xx
   * fetch as "Failed to load resource: … status of 401"; pass the statuses the test expects from
   * /api/* (e.g. a wrong password's 401) in `allowApiStatuses`. Everything else counts.
   */
  problems({ allowApiStatuses = [] }: { allowApiStatuses?: number[] } = {}): string[] {
    return this.entries
      .filter((e) => {
        if (e.kind !== 'console') return true;
        const status = /status of (\d{3})/.exec(e.text)?.[1];
        const isApi = e.url ? new URL(e.url, 'http://x').pathname.startsWith('/api/') : false;
        return !(status && isApi && allowApiStatuses.includes(Number(status)));
      })
      .map((e) => `${e.kind}: ${e.text}${e.url ? ` (${e.url})` : ''}`);
  }

  clear() {
    this.entries.length = 0;
  }
}

export interface TestContext {
  context: BrowserContext;
  page: Page;
  errors: ErrorLog;
  /** A further tab in the same context (same cookies and storage), also watched for errors. */
  newPage(): Promise<Page>;
}

/** A fresh context (own cookies and storage) with the twin as baseURL, and its first page. */
export async function openContext(
  browser: Browser,
  {
    viewport = DESKTOP,
    ...options
  }: BrowserContextOptions & { viewport?: { width: number; height: number } } = {},
): Promise<TestContext> {
  const context = await browser.newContext({
    baseURL: twinUrl(),
    viewport,
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
    ...options,
  });
  context.setDefaultTimeout(15_000);
  const errors = new ErrorLog();
  const newPage = async () => {
    const page = await context.newPage();
    errors.watch(page);
    return page;
  };
  return { context, page: await newPage(), errors, newPage };
}

const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'e2e', 'screenshots');

/** A full-page PNG at tests/e2e/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  // From the top, so the sticky header is drawn where it belongs in the full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}

const axeSource = (): string => createRequire(import.meta.url)('axe-core').source;

/**
 * Accessibility problems axe-core finds on the page as it is now (WCAG 2.x A and AA rules), as
 * "rule: target" lines. Only `serious` and `critical` ones unless `impacts` says otherwise.
 */
export async function axeViolations(
  page: Page,
  { impacts = ['serious', 'critical'] }: { impacts?: string[] } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n: any) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v: { impact: string }) => impacts.includes(v.impact))
    .map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.join(', ')}`);
}
