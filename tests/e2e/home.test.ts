/** The home page in real Chromium against the seeded twin. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDoctors } from '../../lib/local/seed.ts';
import { launchBrowser, MOBILE, openContext, screenshot } from '../helpers/browser.ts';
import { until } from '../helpers/wait.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const featured = demoDoctors.filter((d) => d.featured);

describe('home page', () => {
  it('shows the featured doctors, services and health tips with no console errors', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/');

    const doctors = page.getByTestId('featured-doctors-list');
    await doctors.waitFor();
    // Wait until every featured doctor is shown, then check nobody else is.
    const text = await until(async () => {
      const shown = (await doctors.textContent()) ?? '';
      return featured.every((d) => shown.includes(`${d.firstName} ${d.lastName}`)) && shown;
    });
    for (const d of demoDoctors.filter((x) => !x.featured))
      expect(text).not.toContain(`${d.firstName} ${d.lastName}`);

    await page.getByTestId('services-list').waitFor();
    await expect.poll(() => page.getByTestId('service-card').count()).toBeGreaterThan(0);
    await page.getByTestId('health-tips-list').waitFor();
    await expect.poll(() => page.getByTestId('health-tips-list').locator('li').count()).toBeGreaterThan(0);

    // Signed out: the header offers sign-in, and no /api/me call was made to find that out.
    await expect.poll(() => page.getByTestId('sign-in-link').isVisible()).toBe(true);
    await screenshot(page, 'home-desktop');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('looks right on a phone', async () => {
    const { context, page, errors } = await openContext(browser, { viewport: MOBILE });
    await page.goto('/');
    await page.getByTestId('featured-doctors-list').waitFor();
    await screenshot(page, 'home-mobile');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('sends the hero search to /doctors/?q=…', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/');
    await page.locator('#hero-q').fill('Anita');
    await Promise.all([page.waitForURL(/\/doctors\/\?q=Anita$/), page.locator('#hero-q').press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Anita');
    await context.close();
  });
});
