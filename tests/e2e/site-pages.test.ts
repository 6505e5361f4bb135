/**
 * The pages every site has, in real Chromium: every link of the footer opens a real page in English
 * and in Hindi (no 404, a heading, in the page's language, axe clean), registration links to the terms
 * and the privacy policy, and the contact form refuses what is wrong in the reader's words, sends what
 * is right, and the message reaches the support inbox and the admin console's Messages view.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteContacts } from '../../functions/contract/site-contacts.ts';
import { DEMO_PASSWORD, demoPeople } from '../../lib/local/seed.ts';
import { axeViolations, launchBrowser, openContext, screenshot } from '../helpers/browser.ts';
import { readCatalog } from '../helpers/catalog.ts';
import { signInThroughPage } from '../helpers/site.ts';
import { latestEmailTo } from '../helpers/users.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const catalog = { en: readCatalog('en'), hi: readCatalog('hi') };
const text = (locale: 'en' | 'hi', key: string) => {
  const message = catalog[locale][key];
  if (typeof message !== 'string') throw new Error(`${key} is not a plain message`);
  return message;
};

/** The footer's links, as the built page has them (static HTML: no script fills them in). */
const footerLinks = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('footer a[href]')].map((a) => a.getAttribute('href')!));
const heading = (page: Page) => page.locator('h1').first().textContent();
/** The form answers only once its island runs (before that, a click would submit the plain HTML form). */
const hydrated = (page: Page) =>
  page.locator('c360-island[data-island="ContactForm"][data-hydrated]').waitFor();
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('the footer', () => {
  it.each(['en', 'hi'] as const)(
    'opens a real page for every link (%s)',
    async (locale) => {
      const { context, page, errors } = await openContext(browser);
      const home = locale === 'en' ? '/' : '/hi/';
      await page.goto(home);
      await page.locator('footer').waitFor();
      const links = await footerLinks(page);
      for (const page of ['/about/', '/contact/', '/privacy/', '/terms/', '/help/'])
        expect(links).toContain(locale === 'en' ? page : `/hi${page}`);
      const failures: string[] = [];
      for (const href of links) {
        const response = await page.goto(href);
        if (!response || response.status() >= 400) failures.push(`${href}: ${response?.status()}`);
        await expect.poll(() => heading(page)).not.toBe(text(locale, 'not_found_heading'));
        await expect.poll(async () => (await heading(page))?.trim().length ?? 0).toBeGreaterThan(2);
        await expect.poll(() => lang(page)).toBe(locale === 'en' ? 'en-IN' : 'hi');
        await expect.poll(() => axeViolations(page), { message: href }).toEqual([]);
      }
      expect(failures).toEqual([]);
      expect(errors.problems({ allowApiStatuses: [401] })).toEqual([]);
      await context.close();
    },
    240_000,
  );

  it.each(['about', 'privacy', 'terms', 'help'] as const)(
    'shows the %s page in both languages',
    async (name) => {
      const { context, page } = await openContext(browser);
      for (const locale of ['en', 'hi'] as const) {
        await page.goto(locale === 'en' ? `/${name}/` : `/hi/${name}/`);
        await page.getByTestId(`page-${name}`).waitFor();
        if (locale === 'hi')
          await expect.poll(() => page.getByTestId(`page-${name}`).textContent()).toMatch(/[\u0900-\u097F]/);
        if (name === 'privacy')
          await expect
            .poll(() => page.getByTestId('page-privacy').textContent())
            .toContain(siteContacts.grievanceOfficer.email);
        await screenshot(page, `site-${name}-${locale}`);
      }
      await context.close();
    },
  );

  it('registration links to the terms and the privacy policy, and both open', async () => {
    const { context, page } = await openContext(browser);
    await page.goto('/register/');
    const form = page.getByTestId('register-form');
    for (const [name, path] of [
      ['register_terms', '/terms/'],
      ['register_privacy', '/privacy/'],
    ] as const) {
      const link = form.getByRole('link', { name: text('en', name), exact: true });
      await expect.poll(() => link.getAttribute('href')).toBe(path);
    }
    await Promise.all([
      page.waitForURL(/\/privacy\/$/),
      form.getByRole('link', { name: text('en', 'register_privacy'), exact: true }).click(),
    ]);
    await page.getByTestId('page-privacy').waitFor();
    await context.close();
  });
});

describe('the contact form', () => {
  it('refuses what is wrong, sends what is right, and the admins get it', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/contact/');
    await hydrated(page);
    const form = page.getByTestId('contact-form');

    // Nothing filled in: every field says what it needs, and focus goes to the first.
    await page.getByTestId('contact-submit').click();
    await expect
      .poll(() => page.locator('[data-error-for="name"]').textContent())
      .toBe(text('en', 'contact_name_missing'));
    await expect
      .poll(() => page.locator('[data-error-for="topic"]').textContent())
      .toBe(text('en', 'contact_topic_missing'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contact-name');
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, 'contact-errors');

    // A name in Devanagari is fine; a message of three words is not.
    const stamp = Date.now().toString(36);
    await page.getByTestId('contact-name').fill('अनीता वर्मा');
    await page.getByTestId('email').fill(`anita-${stamp}@example.in`);
    await page.getByTestId('contact-topic').selectOption('appointment');
    await page.getByTestId('contact-message').fill('Too short');
    await page.getByTestId('contact-submit').click();
    await expect
      .poll(() => page.locator('[data-error-for="message"]').textContent())
      .toBe(text('en', 'contact_message_short'));

    const message = `I could not join my appointment yesterday; please help (${stamp}).`;
    await page.getByTestId('contact-message').fill(message);
    await page.getByTestId('contact-submit').click();
    const sent = page.getByTestId('contact-sent');
    await sent.waitFor();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => sent.textContent()).toContain(`anita-${stamp}@example.in`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('contact-sent');
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, 'contact-sent');

    const mail = await latestEmailTo(siteContacts.supportInbox, 'अनीता वर्मा');
    expect(mail.body.text).toContain(message);

    // The console lists it, newest first.
    const admin = await context.newPage();
    await admin.goto('/login/');
    await signInThroughPage(admin, demoPeople.admin.email, DEMO_PASSWORD, /\/admin\/$/);
    await admin.getByTestId('nav-messages').click();
    const row = admin.getByTestId('contact-row').filter({ hasText: stamp });
    await row.waitFor();
    await expect.poll(() => admin.getByTestId('contact-row').first().textContent()).toContain(stamp);
    await expect
      .poll(() => row.getByTestId('contact-topic').textContent())
      .toBe(text('en', 'contact_topic_appointment'));
    await expect.poll(() => row.getByTestId('contact-reply').getAttribute('href')).toMatch(/^mailto:anita-/);
    await expect.poll(() => axeViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-messages');
    expect(errors.problems()).toEqual([]);
    await context.close();
  }, 120_000);

  it('works in Hindi', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/hi/contact/');
    await hydrated(page);
    const stamp = Date.now().toString(36);
    await page.getByTestId('contact-name').fill('राजेश कुमार');
    await page.getByTestId('email').fill(`rajesh-${stamp}@example.in`);
    await page.getByTestId('contact-topic').selectOption('payment');
    await page.getByTestId('contact-message').fill(`मेरा रिफ़ंड अभी तक नहीं आया है (${stamp})।`);
    await page.getByTestId('contact-submit').click();
    await page.getByTestId('contact-sent').waitFor();
    await expect
      .poll(() => page.getByTestId('contact-sent').textContent())
      .toContain(text('hi', 'contact_sent_title'));
    await screenshot(page, 'contact-sent-hi');
    const mail = await latestEmailTo(siteContacts.supportInbox, 'राजेश कुमार');
    expect(mail.body.text).toContain('Language: Hindi');
    expect(errors.problems()).toEqual([]);
    await context.close();
  }, 120_000);
});
