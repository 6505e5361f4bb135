/**
 * Content in real Chromium: an admin writes a health tip in Markdown (with a script tag and a
 * javascript: link in it) and features it; the public pages list it and render it safely. Services
 * are added, hidden, reordered (the order persists) and deleted; patient stories are moderated.
 * Every page of the health-tips section is checked with axe at desktop and phone widths.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoPeople } from '../../lib/local/seed.ts';
import { ApiClient } from '../helpers/api.ts';
import { axeViolations, launchBrowser, MOBILE, openContext, screenshot } from '../helpers/browser.ts';
import { enforceProductionCsp, openNewTipEditor, signInThroughPage } from '../helpers/site.ts';
import { signIn, uniqueWord } from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function adminApi() {
  // The shared sign-in answers the admin's two-step sign-in with the seeded authenticator secret.
  return (await signIn(demoPeople.admin.email)).client;
}

async function openContent(page: Page, tab?: 'tips' | 'stories') {
  await page.goto('/login/');
  await signInThroughPage(page, demoPeople.admin.email, DEMO_PASSWORD, /\/admin\/$/);
  await page.getByTestId('nav-content').click();
  await page.getByTestId('content-tabs').waitFor();
  if (tab) await page.getByTestId(`tab-${tab}`).click();
}

/** The console's Content section by its address (already signed in). */
async function gotoContent(page: Page, tab: 'tips' | 'stories') {
  await page.goto(`/admin/#/content?tab=${tab}`);
  await page.getByTestId('content-tabs').waitFor();
}

const settled = (page: Page) =>
  page.waitForFunction(() => {
    const view = document.querySelector('[data-admin-view]');
    return Boolean(view?.children.length) && !view?.querySelector('[aria-busy="true"]');
  });

const TIP_SOURCE = [
  '## Why water matters',
  '',
  'Drink **at least eight glasses** a day, *more* in summer. Carry `ORS` when travelling.',
  '',
  '<script>alert(1)</script>',
  '',
  '- Start the day with a glass',
  '- [Click for a prize](javascript:alert(document.cookie))',
  '1. Read the [WHO guidance](https://www.who.int/news-room/fact-sheets)',
  '<img src=x onerror="alert(2)">',
].join('\n');

/** What a page made of the tip: no script it did not ship, no javascript: link, no dialogs. */
async function assertInert(page: Page, root: string) {
  const found = await page.evaluate((sel) => {
    const box = document.querySelector(sel);
    return {
      scriptsInside: box?.querySelectorAll('script').length ?? -1,
      imgsInside: box?.querySelectorAll('img').length ?? -1,
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).map((s) => s.textContent),
      javascriptHrefs: [...document.querySelectorAll('a')].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
      handlers: [...(box?.querySelectorAll('*') ?? [])].filter((el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name)),
      ).length,
      links: [...(box?.querySelectorAll('a') ?? [])].map((a) => ({
        href: a.getAttribute('href'),
        rel: a.rel,
        target: a.target,
      })),
      text: box?.textContent ?? '',
    };
  }, root);
  expect(found.scriptsInside).toBe(0);
  expect(found.imgsInside).toBe(0);
  expect(found.inlineScripts).toEqual([]);
  expect(found.javascriptHrefs).toBe(0);
  expect(found.handlers).toBe(0);
  expect(found.links).toEqual([
    { href: 'https://www.who.int/news-room/fact-sheets', rel: 'noopener noreferrer', target: '_blank' },
  ]);
  // The HTML and the refused link are still there, as plain text.
  expect(found.text).toContain('<script>alert(1)</script>');
  expect(found.text).toContain('[Click for a prize](javascript:alert(document.cookie))');
  expect(found.text).toContain('<img src=x onerror="alert(2)">');
}

describe('health tips', () => {
  it('are written in Markdown with a live preview, featured, listed and rendered safely', async () => {
    const title = `Stay hydrated ${uniqueWord()}`;
    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    const dialogs: string[] = [];
    context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openContent(page, 'tips');
    await settled(page);
    await openNewTipEditor(page);

    // Sending it empty says what is missing, on the fields.
    await page.getByTestId('tip-save').click();
    await page.locator('[data-error-for="title"]').waitFor();
    await expect
      .poll(() => page.locator('[data-error-for="title"]').textContent())
      .toBe('Give the tip a title.');
    await expect
      .poll(() => page.locator('[data-error-for="content"]').textContent())
      .toBe('Write the tip (at least a sentence).');

    await page.getByTestId('tip-title-input').fill(title);
    await page.getByTestId('tip-content').fill(TIP_SOURCE);
    await page.getByTestId('tip-featured').check();
    const preview = page.getByTestId('tip-preview');
    await preview.locator('h2').waitFor();
    await expect.poll(() => preview.locator('h2').textContent()).toBe('Why water matters');
    await expect.poll(() => preview.locator('strong').textContent()).toBe('at least eight glasses');
    await expect.poll(() => preview.locator('em').first().textContent()).toBe('more');
    await expect.poll(() => preview.locator('code').textContent()).toBe('ORS');
    await expect.poll(() => preview.locator('ul li').count()).toBe(2);
    await expect.poll(() => preview.locator('ol li').count()).toBe(1);
    await expect.poll(() => page.getByTestId('tip-preview-title').textContent()).toBe(title);
    await expect
      .poll(() => page.getByTestId('tip-counter').textContent())
      .toBe(`${TIP_SOURCE.length} / 10,000`);
    await assertInert(page, '[data-testid="tip-preview"]');
    await screenshot(page, 'admin-tip-preview-desktop');

    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/admin/health-tips') && r.request().method() === 'POST',
    );
    await page.getByTestId('tip-save').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const tipId: string = (await response.json()).healthTip.id;
    const row = page.locator(`[data-testid="tip-row"][data-tip-id="${tipId}"]`);
    await row.waitFor();
    await expect.poll(() => row.getByTestId('featured-badge').isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('edit-tip');
    await expect.poll(() => page.getByTestId('toast').last().textContent()).toContain('is published');

    // The public list: title, excerpt, author and date; featured.
    await page.goto('/health-tips/');
    const card = page.locator(`[data-testid="tip-card"][data-tip-id="${tipId}"]`);
    await card.waitFor();
    await expect.poll(() => card.getByTestId('tip-link').textContent()).toBe(title);
    await expect.poll(() => card.textContent()).toContain('Featured');
    await expect
      .poll(() => card.getByTestId('tip-author').textContent())
      .toBe(`By ${demoPeople.admin.firstName} ${demoPeople.admin.lastName}`);
    await expect
      .poll(() => card.getByTestId('tip-date').getAttribute('datetime'))
      .toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect.poll(() => card.textContent()).toContain('Drink at least eight glasses a day');
    await assertNoScriptsFromTip(page);

    // Featured: on the home page too.
    const home = await new ApiClient().get('/api/home');
    expect(home.body.healthTips.map((t: { id: string }) => t.id)).toContain(tipId);

    // The tip's page: rendered with the safe renderer.
    await Promise.all([page.waitForURL(/\/health-tips\/view\/\?id=/), card.getByTestId('tip-link').click()]);
    await page.getByTestId('tip-content').locator('h2').waitFor();
    await expect.poll(() => page.getByTestId('tip-title').textContent()).toBe(title);
    await expect.poll(() => page.title()).toBe(`${title} · Chikitsa360`);
    await assertInert(page, '[data-testid="tip-content"]');
    await screenshot(page, 'health-tip-view-desktop');
    await expect.poll(() => axeViolations(page)).toEqual([]);
    expect(dialogs).toEqual([]);

    // Edit (unfeature), then delete with confirmation.
    await gotoContent(page, 'tips');
    await settled(page);
    await row.getByTestId('edit-tip').click();
    await expect.poll(() => page.getByTestId('tip-title-input').inputValue()).toBe(title);
    await expect.poll(() => page.getByTestId('tip-content').inputValue()).toBe(TIP_SOURCE);
    await page.getByTestId('tip-featured').uncheck();
    await page.getByTestId('tip-save').click();
    await page.getByTestId('tip-editor').waitFor({ state: 'detached' });
    await row.waitFor();
    await expect.poll(() => row.getByTestId('featured-badge').count()).toBe(0);
    await row.getByTestId('delete-tip').click();
    await page.getByTestId('delete-tip-dialog').waitFor();
    await page.getByTestId('delete-tip-dialog-cancel').click();
    await expect.poll(() => row.isVisible()).toBe(true);
    await row.getByTestId('delete-tip').click();
    await page.getByTestId('delete-tip-dialog-confirm').click();
    await row.waitFor({ state: 'detached' });
    expect((await new ApiClient().get(`/api/health-tips/${tipId}`)).status).toBe(404);

    expect(dialogs).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('says so when a tip does not exist', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/health-tips/view/?id=01ARZ3NDEKTSV4RRFFQ69G5FAV');
    await page.getByTestId('tip-not-found').waitFor();
    await page.goto('/health-tips/view/?id=../../api/me');
    await page.getByTestId('tip-not-found').waitFor();
    await expect.poll(() => axeViolations(page)).toEqual([]);
    expect(errors.problems({ allowApiStatuses: [404] })).toEqual([]);
    await context.close();
  });

  const viewports = [
    { name: 'desktop', viewport: undefined },
    { name: 'mobile', viewport: MOBILE },
  ];
  it.each(viewports)('look right and pass axe ($name)', async ({ name, viewport }) => {
    const { context, page, errors } = await openContext(browser, viewport ? { viewport } : {});
    await enforceProductionCsp(context);
    await page.goto('/health-tips/');
    await page.getByTestId('tips-list').waitFor();
    await screenshot(page, `health-tips-${name}`);
    const a11y = (await axeViolations(page)).map((v) => `list ${v}`);
    await Promise.all([page.waitForURL(/\/view\//), page.getByTestId('tip-link').first().click()]);
    await page.getByTestId('tip-content').waitFor();
    await screenshot(page, `health-tip-${name}`);
    a11y.push(...(await axeViolations(page)).map((v) => `view ${v}`));
    expect(a11y).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

/** No script the page did not ship: only our own bundled module scripts. */
async function assertNoScriptsFromTip(page: Page) {
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script')].map((s) => s.src || s.textContent),
  );
  for (const s of scripts) expect(s).toMatch(/\/_astro\/.*\.js$/);
}

describe('services', () => {
  it('are added with an icon, hidden, reordered (the order persists) and deleted', async () => {
    const api = await adminApi();
    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await openContent(page);
    await settled(page);
    const names = () => page.getByTestId('services-list').getByTestId('service-name').allTextContents();

    // Add one with the icon picker.
    const name = `Nutrition ${uniqueWord()}`.slice(0, 30);
    await page.getByTestId('add-service').click();
    const dialog = page.getByTestId('service-dialog');
    await dialog.waitFor();
    await page.getByTestId('service-name-input').fill(name);
    await page
      .getByTestId('service-description-input')
      .fill('Diet plans for diabetes, weight and pregnancy.');
    await page.getByTestId('dialog-save').click();
    await dialog.locator('[data-error-for="icon"]').waitFor();
    await expect.poll(() => dialog.locator('[data-error-for="icon"]').textContent()).toBe('Choose an icon.');
    await dialog.locator('label[for]', { hasText: 'apple' }).click();
    await page.getByTestId('dialog-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('services-list').getByRole('heading', { name }).waitFor();
    expect((await names()).at(-1)).toBe(name);
    // Focus lands on the new service's Edit button, and a toast says where it went.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe(`Edit ${name}`);
    await expect
      .poll(() => page.getByTestId('toast').last().textContent())
      .toContain('is added at the end of the list');
    const added = (await api.get('/api/admin/services')).body.services.find(
      (s: { name: string }) => s.name === name,
    );
    expect(added).toMatchObject({ icon: 'apple', active: true });
    const row = page.locator(`[data-testid="service-row"][data-service-id="${added.id}"]`);

    // Hide it: the public list no longer has it.
    await row.getByTestId('service-active').uncheck();
    await page.waitForFunction(
      (id) =>
        !document
          .querySelector(`[data-service-id="${id}"] [data-testid="service-active"]`)
          ?.hasAttribute('disabled'),
      added.id,
    );
    const publicNames = async () =>
      (await new ApiClient().get('/api/services')).body.services.map((s: { name: string }) => s.name);
    await expect.poll(() => publicNames()).not.toContain(name);

    // Reorder: move the first service down one place, with the keyboard, then save.
    const before = await names();
    const first = page.locator('[data-testid="service-row"]').first();
    await first.getByTestId('move-down').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => names()).toEqual([before[1], before[0], ...before.slice(2)]);
    // Focus follows the moved service, so pressing again keeps moving it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Move ${before[0]} down`);
    await expect.poll(() => page.getByTestId('order-bar').isVisible()).toBe(true);
    await screenshot(page, 'admin-services-reorder-desktop');
    await page.getByTestId('save-order').click();
    await page.getByTestId('order-bar').waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByTestId('services-list').waitFor();
    await expect.poll(() => names()).toEqual([before[1], before[0], ...before.slice(2)]);
    const saved = (await api.get('/api/admin/services')).body.services.map((s: { name: string }) => s.name);
    expect(saved).toEqual([before[1], before[0], ...before.slice(2)]);

    // Put the original order back (the other suites share this twin) and delete the new service.
    await page.locator('[data-testid="service-row"]').nth(1).getByTestId('move-up').click();
    await page.getByTestId('save-order').click();
    await page.getByTestId('order-bar').waitFor({ state: 'hidden' });
    await row.getByTestId('delete-service').click();
    await page.getByTestId('delete-service-dialog-confirm').click();
    await row.waitFor({ state: 'detached' });
    await settled(page);
    await expect.poll(() => names()).toEqual(before.filter((n) => n !== name));
    await expect.poll(() => publicNames()).toEqual(before.filter((n) => n !== name));
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('patient stories', () => {
  it('can be featured, unfeatured, sent back to pending and approved again', async () => {
    const api = await adminApi();
    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await page.goto('/login/');
    await signInThroughPage(page, demoPeople.admin.email, DEMO_PASSWORD, /\/admin\/$/);
    // A link straight to the approved stories (the console keeps each view's filters in the address).
    await page.goto('/admin/#/content?tab=stories&stories=approved');
    await page.getByTestId('testimonial-tabs').waitFor();
    await settled(page);
    const row = page.locator('[data-testid="testimonial-row"][data-featured="true"]').first();
    const id = await until(() => row.getAttribute('data-testimonial-id'));
    const story = page.locator(`[data-testimonial-id="${id}"]`);
    const featuredNow = async () =>
      (await api.get('/api/admin/testimonials?state=approved')).body.testimonials.find(
        (t: { id: string }) => t.id === id,
      )?.featured;

    await story.getByTestId('feature-testimonial').click();
    await page.locator(`[data-testimonial-id="${id}"][data-featured="false"]`).waitFor();
    await expect.poll(() => featuredNow()).toBe(false);
    await story.getByTestId('feature-testimonial').click();
    await page.locator(`[data-testimonial-id="${id}"][data-featured="true"]`).waitFor();
    await expect.poll(() => featuredNow()).toBe(true);

    await story.getByTestId('unapprove-testimonial').click();
    await story.waitFor({ state: 'detached' });
    await page.getByTestId('tab-pending').click();
    await story.waitFor();
    await screenshot(page, 'admin-stories-pending-desktop');
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await story.getByTestId('approve-testimonial').click();
    await story.waitFor({ state: 'detached' });
    // Back to how it was: approved and featured.
    await api.patch(`/api/admin/testimonials/${id}`, { featured: true });
    await expect.poll(() => featuredNow()).toBe(true);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});
