/** Browser-side helpers for the admin console and content suites. */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoPeople } from '../../lib/local/seed.ts';
import { totp } from '../../lib/local/totp.ts';

/**
 * The production Content-Security-Policy (lib/stacks/web-stack.ts sets it on CloudFront; the local
 * gateway sends none). Serving pages with it makes every inline script, inline style attribute or
 * foreign image show up as a console error, which the tests' ErrorLog then reports.
 */
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "connect-src 'self' wss:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function enforceProductionCsp(context: BrowserContext) {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': PRODUCTION_CSP },
    });
  });
}

/** Signs in through /login/ and waits for the landing page. */
export async function signInThroughPage(
  page: Page,
  email: string,
  password: string,
  landing: RegExp | ((url: URL) => boolean),
) {
  if (!/\/login\//.test(page.url())) await page.goto('/login/');
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  // The demo admin has two-step sign-in on: the page asks for the code from the authenticator app.
  const secret = email === demoPeople.admin.email ? process.env.DEMO_ADMIN_TOTP_SECRET : undefined;
  if (!secret) {
    await Promise.all([page.waitForURL(landing), page.getByTestId('login-submit').click()]);
    return;
  }
  await page.getByTestId('login-submit').click();
  await page.getByTestId('mfa-code').fill(totp(secret));
  await Promise.all([page.waitForURL(landing), page.getByTestId('mfa-submit').click()]);
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` times). */
export async function tabUntil(
  page: Page,
  matches: (el: { testid: string | null; text: string; id: string }) => boolean,
  limit = 80,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { testid: a?.dataset.testid ?? null, text: (a?.textContent ?? '').trim(), id: a?.id ?? '' };
    });
    if (matches(el)) return el;
  }
  expect.fail(`Tab never reached the element after ${limit} presses`);
}

/**
 * Opens the admin's health-tip editor and waits until its mount effect has put the focus on the title:
 * typing before that can land in the title instead of the field being filled (the focus moves between
 * Playwright's focus and its key input).
 */
export async function openNewTipEditor(page: Page) {
  await page.getByTestId('new-tip').click();
  await page.getByTestId('tip-editor').waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('tip-title-input');
}
