/**
 * The search filters in real Chromium against the seeded twin: language (chosen with the keyboard),
 * fee range, sort, the address bar as the search's state (shareable, Back works), the next free slot
 * on each card, and the Hindi page. Doctors other e2e files create speak English and Hindi, so the
 * Tamil speakers are exactly the seeded ones.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDoctors } from '../../lib/local/seed.ts';
import { axeViolations, launchBrowser, openContext, screenshot } from '../helpers/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const tamil = demoDoctors
  .filter((d) => d.languages.includes('Tamil'))
  .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));

/** The names on the cards once the results have settled for the address `check` accepts. */
async function shownNames(page: Page, check: (url: URL) => boolean): Promise<string[]> {
  await page.waitForURL((url) => check(url));
  await page.waitForFunction(
    () => document.querySelector('[data-testid="search-results"]')?.getAttribute('data-state') !== 'loading',
  );
  return page.getByTestId('doctor-name').allTextContents();
}

describe('search filters', () => {
  it('finds exactly the doctors who speak Tamil, narrows by fee, sorts, and Back restores each step', async () => {
    expect(tamil.length).toBeGreaterThanOrEqual(2);
    const { context, page, errors } = await openContext(browser);
    await page.goto('/doctors/');
    await page.getByTestId('doctors-list').waitFor();

    // The keyboard alone: focus the language select and choose Tamil.
    await page.getByTestId('search-language').focus();
    await page.getByTestId('search-language').selectOption('Tamil');
    await expect
      .poll(() => shownNames(page, (u) => u.searchParams.get('language') === 'Tamil'))
      .toEqual(tamil.map((d) => `Dr. ${d.firstName} ${d.lastName}`));
    // Every card says when the doctor is next free (the seed publishes slots for the week).
    await expect.poll(() => page.getByTestId('doctor-next-free').count()).toBe(tamil.length);
    await expect.poll(() => page.getByTestId('results-summary').textContent()).toContain('who speak Tamil');
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, 'search-language-desktop');

    // A fee ceiling between the two fees keeps only the cheaper doctor; the bound is inclusive.
    const cheaper = [...tamil].sort((a, b) => a.feeRupees - b.feeRupees)[0]!;
    await page.getByTestId('search-max-fee').fill(String(cheaper.feeRupees));
    await page.getByTestId('search-max-fee').press('Enter');
    await expect
      .poll(() => shownNames(page, (u) => u.searchParams.get('maxRupees') === String(cheaper.feeRupees)))
      .toEqual([`Dr. ${cheaper.firstName} ${cheaper.lastName}`]);

    // Sort by soonest free slot: the choice goes into the address too.
    await page.getByTestId('search-sort').selectOption('soonest');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'soonest');

    // Back twice: the fee bound goes, then the language list is whole again.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('sort'));
    await page.goBack();
    await expect
      .poll(() => shownNames(page, (u) => !u.searchParams.has('maxRupees')))
      .toEqual(tamil.map((d) => `Dr. ${d.firstName} ${d.lastName}`));
    await expect.poll(() => page.getByTestId('search-language').inputValue()).toBe('Tamil');

    // A language nobody speaks: the empty state.
    await page.getByTestId('search-language').selectOption('Assamese');
    await page.getByTestId('search-empty').waitFor();
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('opens a shared link on the Hindi page with the same doctors and the filters in Hindi', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/hi/doctors/?language=Tamil&sort=soonest');
    await expect
      .poll(() => shownNames(page, (u) => u.searchParams.get('language') === 'Tamil'))
      // Sorted by the soonest free slot, so in any order: the same doctors.
      .toEqual(expect.arrayContaining(tamil.map((d) => `डॉ. ${d.firstName} ${d.lastName}`)));
    await expect.poll(() => page.getByTestId('doctor-card').count()).toBe(tamil.length);
    await expect.poll(() => page.locator('label[for="search-language"]').textContent()).toBe('भाषा');
    await expect.poll(() => page.getByTestId('search-sort').inputValue()).toBe('soonest');
    await expect.poll(() => page.getByTestId('results-summary').textContent()).toContain('जो तमिल बोलते हैं');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});
