/**
 * The whole patient journey in Hindi, in real Chromium against the twin: a patient with a Devanagari
 * name registers on /hi/, verifies with the emailed code, signs in, adds a date of birth and sex on the profile
 * page, searches, opens a doctor, books and pays (Razorpay's page is the twin's stand-in), gets the
 * booking email in Hindi, opens the receipt and its PDF (Hindi, with their name in Devanagari), and
 * joins the consultation room. Every page of ours is screenshotted for review, passes axe, and shows
 * no English word but names, the brand and the units people say in English (see ALLOWED).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SUPPLIER } from '../../functions/core/config.ts';
import { daysFromToday } from '../helpers/appointments.ts';
import { publishSlots, shootAndCheck, startedMinutesAgo } from '../helpers/booking-browser.ts';
import { type ErrorLog, launchBrowser, openContext } from '../helpers/browser.ts';
import { readPdf } from '../helpers/pdf.ts';
import { joinCall } from '../helpers/room-browser.ts';
import {
  latestCode,
  latestEmailTo,
  TEST_PASSWORD,
  uniqueEmail,
  uniqueWord,
  verifiedDoctor,
} from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

const DEVANAGARI = /[\u0900-\u097F]/;
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/**
 * English that may stay on a Hindi page: the brand, the units and terms Indian patients say in
 * English (as the catalog writes them), and the names of the people in this test (added below).
 */
const ALLOWED = new Set([
  'Chikitsa360',
  ...DEMO_SUPPLIER.legalName.split(' '), // the supplier's registered name on the invoice
  ...DEMO_SUPPLIER.address.split(/[|, ]+/), // and its address, printed as registered
  'GSTIN', // the supplier's GST number, as the law names it
  'SAC', // the service's accounting code
  'CGST',
  'SGST',
  'IGST',
  'CT(R)', // "Notification 12/2017-CT(R)": the exemption's legal citation
  'Razorpay', // the payment gateway's name
  'Google', // "Google कैलेंडर में जोड़ें": the calendar service's name (issue 19)
  'OTP',
  'SMS', // reminders "SMS से", as people say it
  'UPI',
  'GST',
  'PDF',
  // File types and their size unit, as the reports card names them: "PDF, JPEG, PNG या HEIC, 10 MB तक".
  'JPEG',
  'PNG',
  'HEIC',
  'MB',
  'IST', // times are written "सुबह 10:00 IST"
  'INR', // the currency code on a receipt
  'ID', // a payment ID, as Indian patients say it
  'IP', // the consent record's IP address
  'ENT', // the specialty, as the catalog writes it: "नाक, कान, गला (ENT)"
  'English', // the language switcher names each language in itself
]);

/**
 * The English words in the page's visible text that are not allowed: after removing email addresses
 * and tokens with digits (receipt numbers, payment ids, times), every run of Latin letters must be in
 * ALLOWED (text marked translate="no" aside). A hard-coded English label, button or message on the page fails this.
 */
async function englishWords(page: Page): Promise<string[]> {
  // The rendered text (innerText): what is hidden is not read; what is on screen or read aloud is.
  // Text marked translate="no" is not ours to translate (a camera's or microphone's system name).
  const visible = await page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: textContent would count hidden templates and scripts
    const rendered = document.body.innerText;
    return [...document.querySelectorAll('[translate="no"]')].reduce(
      (text, el) => text.split(el.textContent?.trim() || '\u0000').join(' '),
      rendered,
    );
  });
  const words = visible
    .replace(/\S+@\S+/g, ' ')
    // Time zone ids are identifiers, shown beside the zone's name: "भारतीय मानक समय (Asia/Kolkata)".
    .replace(/\((?:[A-Z][\w-]*\/)+[\w+-]+\)/g, ' ')
    .replace(/\S*\d\S*/g, ' ')
    // Letter ranges the password rules name ("a–z"): the letters to type, not English.
    .replace(/\b[a-zA-Z]\s*[–-]\s*[a-zA-Z]\b/g, ' ')
    .match(/[A-Za-z]+(?:['’][A-Za-z]+)?/g);
  return [...new Set((words ?? []).filter((w) => !ALLOWED.has(w)))];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ media: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Console problems, minus the simulated gateway's missing favicon (its test page, on its own port,
 * has none and Chromium asks for one) and the 404 of a transcript not made yet (the started
 * appointment's page asks for it, and says there is none yet).
 */
const pageProblems = (errors: ErrorLog) =>
  errors.problems({ allowApiStatuses: [404] }).filter((p) => !/:\d+\/favicon\.ico\)$/.test(p));

const JOURNEY_TIMEOUT = 300_000;
const DAY = daysFromToday(2);

describe('a patient does everything in Hindi', () => {
  it(
    'registers, adds a date of birth, searches, books, pays, gets Hindi email and receipt, joins the room',
    async () => {
      const lastName = uniqueWord('Rao');
      const doctorName = ['Meera', lastName[0]!.toUpperCase() + lastName.slice(1)] as const;
      const doctor = await verifiedDoctor({ firstName: doctorName[0], lastName: doctorName[1] });
      const [slot] = await publishSlots(doctor, [DAY], '10:00', '11:00', 30);
      // Names, and the initials of a name on an avatar.
      for (const name of doctorName) ALLOWED.add(name);
      ALLOWED.add(doctorName.map((n) => n[0]).join(''));

      const { context, page, errors } = await openContext(browser, { permissions: ['camera', 'microphone'] });
      const problems: string[] = [];
      const english: Record<string, string[]> = {};
      /** A page of the journey: in Hindi, screenshotted, axe-clean, and with no stray English. */
      const review = async (name: string) => {
        await expect.poll(() => lang(page)).toBe('hi');
        const words = await englishWords(page);
        if (words.length) english[name] = words;
        problems.push(...(await shootAndCheck(page, `hindi-journey-${name}`)));
      };

      // Registers in Hindi, with a Devanagari name.
      const email = uniqueEmail('hindi-journey');
      await page.goto('/hi/register/');
      await page.getByTestId('first-name').fill('सुनीता');
      await page.getByTestId('last-name').fill('देवी');
      await page.getByTestId('email').fill(email);
      await page.getByTestId('password').fill(TEST_PASSWORD);
      await review('01-register');
      await Promise.all([
        page.waitForURL(/\/hi\/verify\/\?email=/),
        page.getByTestId('register-submit').click(),
      ]);
      await review('02-verify');
      const codeEmail = await latestEmailTo(email);
      expect(codeEmail.subject).toMatch(DEVANAGARI);
      await page.getByTestId('code-input').fill(await latestCode(email));
      await Promise.all([
        page.waitForURL(/\/hi\/login\/\?verified=1/),
        page.getByTestId('verify-submit').click(),
      ]);
      await review('03-login');
      await page.getByTestId('email').fill(email);
      await page.getByTestId('password').fill(TEST_PASSWORD);
      await Promise.all([
        page.waitForURL((url) => url.pathname.startsWith('/hi/') && !url.pathname.startsWith('/hi/login')),
        page.getByTestId('login-submit').click(),
      ]);
      await page.locator('main h1').waitFor();
      await review('04-after-sign-in');

      // The profile: a date of birth and sex (both needed to book), through the Hindi form.
      await page.goto('/hi/account/edit/');
      await page.getByTestId('date-of-birth').waitFor();
      await page.getByTestId('date-of-birth').fill('1958-03-14');
      await page.getByTestId('sex').selectOption('female');
      await review('05-profile-edit');
      await Promise.all([
        page.waitForURL(/\/hi\/account\/(\?saved=1)?$/),
        page.getByTestId('profile-save').click(),
      ]);
      await page.getByTestId('saved-notice').waitFor();
      await expect.poll(() => page.getByTestId('profile-dob').textContent()).toMatch(/14 मार्च 1958/);
      await expect.poll(() => page.locator('main').textContent()).toContain('सुनीता देवी');
      await review('06-account');

      // Searches on the Hindi search page, and opens the doctor.
      await page.goto('/hi/doctors/');
      await page.getByTestId('search-q').fill(doctorName[1]);
      await Promise.all([
        page.waitForURL(/\/hi\/doctors\/\?q=/),
        page.getByTestId('search-q').press('Enter'),
      ]);
      const card = page.getByTestId('doctor-card').filter({ hasText: doctorName.join(' ') });
      await card.waitFor();
      await review('08-search');
      await Promise.all([
        page.waitForURL(/\/hi\/doctors\/view\/\?id=/),
        card.getByTestId('doctor-view-profile').click(),
      ]);
      await page.getByTestId('day-tabs').waitFor();
      await page.goto(`/hi/doctors/view/?id=${doctor.userId}&date=${DAY}`);
      await page.getByTestId('day-tabs').waitFor();
      await page.locator(`[data-testid="slot"][data-slot-id="${slot!.id}"]`).click();
      await page.getByTestId('reason').fill('दो दिन से बुखार और गले में खराश');
      await review('09-doctor');

      // Books: the appointment page, then the checkout and the gateway.
      await Promise.all([
        page.waitForURL(/\/hi\/appointments\/view\/\?id=[0-9a-f-]{36}/),
        page.getByTestId('book-submit').click(),
      ]);
      await page.getByTestId('appointment-details').waitFor();
      const appointmentId = new URL(page.url()).searchParams.get('id')!;
      await page.getByTestId('pay-button').waitFor();
      await review('10-appointment-booked');
      await Promise.all([
        page.waitForURL(/\/hi\/appointments\/pay\/\?id=/),
        page.getByTestId('pay-button').click(),
      ]);
      await page.getByTestId('pay-now').waitFor();
      await review('11-checkout');
      await Promise.all([
        page.waitForURL(/\/checkout\?order_id=order_/),
        page.getByTestId('pay-now').click(),
      ]);
      // The gateway's own page is Razorpay's in production (the twin's stand-in here): not ours to translate.
      await Promise.all([
        page.waitForURL(/\/hi\/appointments\/pay\/\?id=.*razorpay_payment_id=/),
        page.getByTestId('sim-pay').click(),
      ]);
      await page.getByTestId('payment-success').waitFor();
      await review('12-paid');

      // The booking emails, in Hindi.
      const booked = await latestEmailTo(email, 'अपॉइंटमेंट');
      expect(booked.subject).toMatch(DEVANAGARI);
      expect(booked.body.html).toContain('<html lang="hi">');
      expect(booked.body.text).toContain('नमस्ते सुनीता');
      const confirmed = await latestEmailTo(email, 'अपॉइंटमेंट पक्का');
      expect(confirmed.body.text).toContain('नमस्ते सुनीता');
      expect(confirmed.body.text).toContain(`${doctorName.join(' ')}`);

      // The appointment, confirmed; the receipt and its PDF.
      await Promise.all([
        page.waitForURL(/\/hi\/appointments\/view\//),
        page.getByTestId('view-appointment').click(),
      ]);
      await page.getByTestId('paid-notice').waitFor();
      await expect.poll(() => page.getByTestId('status-badge').getAttribute('data-status')).toBe('CONFIRMED');
      await review('13-appointment-confirmed');
      await Promise.all([
        page.waitForURL(/\/hi\/receipts\/view\//),
        page.getByTestId('receipt-link').click(),
      ]);
      await page.getByTestId('receipt-total').waitFor();
      await expect.poll(() => page.getByTestId('receipt-patient').textContent()).toContain('सुनीता देवी');
      await review('14-receipt');
      const pdfHref = await until(() => page.getByTestId('receipt-pdf').getAttribute('href'));
      expect(pdfHref).toBe(`/api/receipts/${appointmentId}/pdf`);
      // The browser's download, with the page's own session cookies.
      const download = await page.request.get(pdfHref!);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toBe('application/pdf');
      const pdf = await readPdf(await download.body());
      expect(pdf.fonts.some((f) => f.baseFont.startsWith('NotoSansDevanagari-') && f.embedded)).toBe(true);
      for (const label of ['पेमेंट की रसीद', 'टैक्स इनवॉइस', 'इनवॉइस नंबर', 'मरीज़ का नाम', 'सुनीता देवी'])
        expect(pdf.texts, label).toContain(label);
      expect(pdf.texts).toContain(`डॉ. ${doctorName.join(' ')} से ऑनलाइन वीडियो कंसल्टेशन`);
      expect(pdf.texts).not.toContain('PAYMENT RECEIPT');

      // The consultation starts: the room opens from the appointment page, in Hindi.
      await startedMinutesAgo(appointmentId, 1);
      await page.goto(`/hi/appointments/view/?id=${appointmentId}`);
      await page.getByTestId('join-link').waitFor();
      await review('15-appointment-join');
      await Promise.all([page.waitForURL(/\/hi\/room\/\?id=/), page.getByTestId('join-link').click()]);
      await page.getByTestId('prejoin').waitFor();
      await page.getByTestId('join-button').waitFor();
      await review('16-room-prejoin');
      await joinCall(page);
      await review('17-room-call');

      expect(english).toEqual({});
      expect(problems).toEqual([]);
      expect(pageProblems(errors)).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
