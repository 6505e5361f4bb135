/**
 * The site in Hindi (/hi/) in real Chromium against the seeded twin: a Hindi reader searches and opens
 * a doctor in Hindi, the language switcher keeps them on the same page both ways, and a first visit
 * from a browser that prefers Hindi lands on /hi/. Screenshots of the main pages in Hindi, to review.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDoctors } from '../../lib/local/seed.ts';
import { axeViolations, launchBrowser, MOBILE, openContext, screenshot } from '../helpers/browser.ts';
import { readCatalog } from '../helpers/catalog.ts';
import { latestEmailTo, TEST_PASSWORD, uniqueEmail } from '../helpers/users.ts';

const hi = readCatalog('hi');
const text = (key: string) => {
  const message = hi[key];
  if (typeof message !== 'string') throw new Error(`${key} is not a plain message`);
  return message;
};
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const DEVANAGARI = /[\u0900-\u097F]/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const doctor = demoDoctors[0]!;

describe('the site in Hindi', () => {
  it('searches and opens a doctor in Hindi, and the switcher keeps the page both ways', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/hi/');
    await expect.poll(() => lang(page)).toBe('hi');
    await expect.poll(() => page.locator('h1').textContent()).toContain(text('home_heading'));
    await page.getByTestId('featured-doctors-list').waitFor();
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, 'hindi-home');
    // The Devanagari font is preloaded, and the preload is the file the page uses: one fetch, no second
    // one for a stale or mistyped href, and the text is drawn with it.
    const preloadHref = () => page.locator('link[rel="preload"][as="font"]').getAttribute('href');
    const fontsFetched = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((p) => p.endsWith('.woff2')),
      );
    await expect.poll(preloadHref).toMatch(/\/hi\/_astro\/noto-sans-devanagari-wght-400-700\.[\w-]+\.woff2$/);
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Devanagari"', 'हिन्दी')))
      .toBe(true);
    await expect
      .poll(async () => {
        const preloaded = await preloadHref();
        return (await fontsFetched()).map((p) => (p === preloaded ? 'the preloaded file' : p));
      })
      .toEqual(['the preloaded file']);
    // The seeded services have Hindi versions (admin-written content): Hindi cards, no lang="en".
    const service = page.getByTestId('service-card').first().locator('h3');
    await expect.poll(() => service.textContent()).toMatch(DEVANAGARI);
    await expect.poll(() => service.getAttribute('lang')).toBeNull();

    // The hero search stays in Hindi.
    await page.locator('#hero-q').fill(doctor.firstName);
    await Promise.all([page.waitForURL(/\/hi\/doctors\/\?q=/), page.locator('#hero-q').press('Enter')]);
    await expect.poll(() => lang(page)).toBe('hi');
    const card = page
      .getByTestId('doctor-card')
      .filter({ hasText: `${doctor.firstName} ${doctor.lastName}` });
    await card.first().waitFor();
    await screenshot(page, 'hindi-search');

    await Promise.all([
      page.waitForURL(/\/hi\/doctors\/view\/\?id=/),
      card.first().getByTestId('doctor-view-profile').click(),
    ]);
    await expect
      .poll(() => page.getByTestId('doctor-profile-name').textContent())
      .toContain(`${doctor.firstName} ${doctor.lastName}`);
    await expect.poll(() => lang(page)).toBe('hi');
    await expect.poll(() => page.locator('main').textContent()).toMatch(DEVANAGARI);
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, 'hindi-doctor');
    const hindiUrl = new URL(page.url());

    // To English: the same page (path and query), in English.
    await Promise.all([page.waitForURL(/\/doctors\/view\/\?id=/), page.getByTestId('language-en').click()]);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/doctors/view/');
    expect(new URL(page.url()).search).toBe(hindiUrl.search);
    await expect.poll(() => lang(page)).toBe('en-IN');
    await expect
      .poll(() => page.getByTestId('doctor-profile-name').textContent())
      .toContain(`${doctor.firstName} ${doctor.lastName}`);

    // And back.
    await Promise.all([page.waitForURL(/\/hi\/doctors\/view\//), page.getByTestId('language-hi').click()]);
    expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe(
      `${hindiUrl.pathname}${hindiUrl.search}`,
    );
    await expect.poll(() => lang(page)).toBe('hi');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('sends a first visit from a browser that prefers Hindi to /hi/, and remembers a switch to English', async () => {
    const { context, page, errors } = await openContext(browser, { locale: 'hi-IN' });
    await page.goto('/doctors/?q=a');
    expect(new URL(page.url()).pathname).toBe('/hi/doctors/');
    expect(new URL(page.url()).search).toBe('?q=a');
    await expect.poll(() => lang(page)).toBe('hi');
    // The API and files are never redirected, whatever the browser prefers.
    for (const path of ['/api/specialties', '/favicon.svg'])
      expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);

    // Choosing English is remembered: the English pages stay English for this browser from now on.
    await Promise.all([page.waitForURL(/\/doctors\/\?q=a$/), page.getByTestId('language-en').click()]);
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => lang(page)).toBe('en-IN');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('shows the sign-in and registration pages in Hindi, on a phone too', async () => {
    const { context, page, errors } = await openContext(browser, { viewport: MOBILE });
    for (const [path, name] of [
      ['/hi/login/', 'hindi-login'],
      ['/hi/register/', 'hindi-register'],
      ['/hi/doctors/', 'hindi-search-mobile'],
    ] as const) {
      await page.goto(path);
      await expect.poll(() => lang(page)).toBe('hi');
      await expect.poll(() => page.locator('h1').textContent()).toMatch(DEVANAGARI);
      await screenshot(page, name);
    }
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('registers in Hindi: the code email is Hindi, whatever the browser prefers', async () => {
    // An English-preferring browser (Chromium's default Accept-Language) on the Hindi registration page.
    const { context, page, errors } = await openContext(browser);
    const email = uniqueEmail('hindi');
    await page.goto('/hi/register/');
    await expect.poll(() => lang(page)).toBe('hi');
    await page.getByTestId('first-name').fill('सुनीता');
    await page.getByTestId('last-name').fill('वर्मा');
    await page.getByTestId('email').fill(email);
    await page.getByTestId('password').fill(TEST_PASSWORD);
    await Promise.all([
      page.waitForURL(/\/hi\/verify\/\?email=/),
      page.getByTestId('register-submit').click(),
    ]);
    const mail = await latestEmailTo(email);
    expect(mail?.subject).toMatch(DEVANAGARI);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});
