/**
 * Accounts in real Chromium against the twin: registration with the emailed code, sign-in, profile
 * edits, doctors' verification state, sign-out, the session's refresh, and the security properties
 * the browser can observe (no token reachable from script, cross-origin writes refused).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { passwordRules } from '../../functions/accounts/schemas.ts';
import { DEMO_PASSWORD, demoDoctors, demoPeople } from '../../lib/local/seed.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import { totp } from '../../lib/local/totp.ts';
import {
  axeViolations,
  launchBrowser,
  MOBILE,
  openContext,
  screenshot,
  twinUrl,
} from '../helpers/browser.ts';
import {
  latestCode,
  registerAndSignIn,
  TEST_PASSWORD,
  uniqueEmail,
  uniqueWord,
  verifiedDoctor,
} from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const textOf = async (page: Page, id: string) => ((await byTestId(page, id).textContent()) ?? '').trim();

/** Fills and sends /register/; leaves the page on /verify/. */
async function register(
  page: Page,
  p: { role: 'patient' | 'doctor'; firstName: string; lastName: string; email: string },
) {
  await page.goto(p.role === 'doctor' ? '/register/?role=doctor' : '/register/');
  await expect.poll(() => byTestId(page, `role-${p.role}`).isChecked()).toBe(true);
  await byTestId(page, 'first-name').fill(p.firstName);
  await byTestId(page, 'last-name').fill(p.lastName);
  await byTestId(page, 'email').fill(p.email);
  await byTestId(page, 'password').fill(TEST_PASSWORD);
  await expect.poll(() => page.locator('[data-rule][data-met="true"]').count()).toBe(passwordRules.length);
  await Promise.all([page.waitForURL(/\/verify\/\?email=/), byTestId(page, 'register-submit').click()]);
}

/** On /verify/: enters the emailed code; leaves the page on /login/?verified=1. */
async function verifyWithMailboxCode(page: Page, email: string) {
  await expect.poll(() => byTestId(page, 'email').inputValue()).toBe(email);
  await byTestId(page, 'code-input').fill(await latestCode(email, 'Verify'));
  await Promise.all([page.waitForURL(/\/login\/\?verified=1/), byTestId(page, 'verify-submit').click()]);
}

async function signIn(page: Page, email: string, password: string, landing: RegExp) {
  if (!/\/login\//.test(page.url())) await page.goto('/login/');
  await byTestId(page, 'email').fill(email);
  await byTestId(page, 'password').fill(password);
  await Promise.all([page.waitForURL(landing), byTestId(page, 'login-submit').click()]);
}

async function signOut(page: Page) {
  // From lg up the menu drops down from the name; below lg it is inside the header's menu panel.
  if (await byTestId(page, 'user-menu-button').isVisible()) await byTestId(page, 'user-menu-button').click();
  else await page.locator('#menu-toggle').click();
  await Promise.all([page.waitForURL(/\/login\/\?signedOut=1$/), byTestId(page, 'sign-out').click()]);
  await byTestId(page, 'notice-signed-out').waitFor();
}

/**
 * The code in the `count`-th email about `subject` to `address`, waiting for it to arrive. The mailbox
 * stamps emails in whole seconds, so two codes sent within a second can only be told apart by their
 * order in the store (latestCode's sort by time cannot).
 */
/** How many emails to an address have `subject` in their subject (the emulator stores a mail before it answers). */
async function mailsAbout(address: string, subject: string): Promise<number> {
  return (await readMailbox(inject('twin').mailboxUrl)).filter(
    (m) => m.destination.to.includes(address) && m.subject.includes(subject),
  ).length;
}

function codeInEmail(address: string, subject: string, count: number): Promise<string> {
  return until(
    async () => {
      const mails = (await readMailbox(inject('twin').mailboxUrl)).filter(
        (m) => m.destination.to.includes(address) && m.subject.includes(subject),
      );
      const mail = mails[count - 1];
      return mail && /\b(\d{6})\b/.exec(mail.body.text ?? mail.body.html ?? '')?.[1];
    },
    { what: `${count} "${subject}" emails with a code to ${address}` },
  );
}

/** Every cookie, localStorage and sessionStorage value a script on the page can read. */
async function scriptVisibleSecrets(page: Page) {
  return page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
    return { cookie: document.cookie, local: dump(localStorage), session: dump(sessionStorage) };
  });
}

describe('patient account', () => {
  it('registers, verifies with the emailed code, signs in, edits the profile and signs out', async () => {
    const { context, page, errors } = await openContext(browser);
    const email = uniqueEmail('e2e-patient');

    // The checklist says exactly what the API says.
    await page.goto('/register/');
    const checklist = await page.$$eval('[data-rule]', (items) =>
      items.map((li) =>
        [...(li.querySelector(':scope > span')?.childNodes ?? [])]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ),
    );
    expect(checklist).toEqual(passwordRules.map((r) => r.message));

    // A weak password is caught before sending, on the password field.
    await byTestId(page, 'first-name').fill('Kavya');
    await byTestId(page, 'last-name').fill('Menon');
    await byTestId(page, 'email').fill(email);
    await byTestId(page, 'password').fill('short');
    await expect.poll(() => page.locator('[data-rule][data-met="true"]').count()).toBe(1); // the lower-case letter
    await byTestId(page, 'register-submit').click();
    const passwordError = page.locator('#password-error');
    await passwordError.waitFor();
    await expect.poll(() => passwordError.textContent()).toBe('Use at least 8 characters.');
    await expect.poll(() => byTestId(page, 'password').getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => byTestId(page, 'password').getAttribute('aria-describedby'))
      .toContain('password-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('password');
    await byTestId(page, 'password-toggle').click();
    await expect.poll(() => byTestId(page, 'password').getAttribute('type')).toBe('text');
    await screenshot(page, 'register-error-desktop');
    await byTestId(page, 'password-toggle').click();

    // An address that is taken gets the answer a new one gets (so the form cannot tell who has an
    // account): on to /verify/, while its owner is told by email.
    const taken = demoPeople.patient.email;
    const toldBefore = await mailsAbout(taken, 'You already have');
    await byTestId(page, 'email').fill(taken);
    await byTestId(page, 'password').fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(/\/verify\/\?email=/), byTestId(page, 'register-submit').click()]);
    await expect.poll(() => mailsAbout(taken, 'You already have')).toBe(toldBefore + 1);

    await register(page, { role: 'patient', firstName: 'Kavya', lastName: 'Menon', email });

    // A wrong code is refused on the code field; the right one from the mailbox goes through.
    await byTestId(page, 'code-input').fill('000000');
    await byTestId(page, 'verify-submit').click();
    await page.locator('#code-error').waitFor();
    await expect.poll(() => page.locator('#code-error').textContent()).toMatch(/not right|expired/);
    await screenshot(page, 'verify-error-desktop');
    await verifyWithMailboxCode(page, email);
    await byTestId(page, 'notice-verified').waitFor();
    await expect.poll(() => byTestId(page, 'email').inputValue()).toBe(email);

    await signIn(page, email, TEST_PASSWORD, /\/dashboard\/patient\/$/);
    await expect.poll(() => textOf(page, 'greeting')).toMatch(/^Good (morning|afternoon|evening), Kavya$/);
    await byTestId(page, 'appointments-empty').waitFor();
    await expect.poll(() => textOf(page, 'appointments-empty')).toContain('No appointments yet');
    await expect.poll(() => byTestId(page, 'user-menu-button').textContent()).toContain('Kavya');

    // The session cookies are HttpOnly: nothing a script can read holds a token.
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'c360_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const visible = await scriptVisibleSecrets(page);
    expect(visible.cookie).not.toContain('c360_');
    expect(JSON.stringify(visible)).not.toMatch(/eyJ/);

    // Account → Edit: invalid input is shown on its field (checked here, or by the API), valid input is saved.
    await byTestId(page, 'user-menu-button').click();
    await Promise.all([page.waitForURL(/\/account\/$/), byTestId(page, 'menu-account').click()]);
    // The page is static; the script fills the details in after GET /api/me answers.
    await expect.poll(() => textOf(page, 'profile-email')).toBe(email);
    await Promise.all([page.waitForURL(/\/account\/edit\/$/), byTestId(page, 'edit-profile-link').click()]);
    await expect.poll(() => byTestId(page, 'first-name').inputValue()).toBe('Kavya');
    await byTestId(page, 'phone').fill('12345');
    await byTestId(page, 'address').fill('14 Marine Drive, Kochi 682031');
    await byTestId(page, 'date-of-birth').fill('1991-08-23');
    await byTestId(page, 'profile-save').click();
    await page.locator('#phone-error').waitFor();
    await expect
      .poll(() => page.locator('#phone-error').textContent())
      .toContain('10-digit Indian mobile number');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('phone');
    await byTestId(page, 'phone').fill('98765 43210');
    await byTestId(page, 'first-name').fill('K4vya');
    const rejected = page.waitForResponse(
      (r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH',
    );
    await byTestId(page, 'profile-save').click();
    expect((await rejected).status()).toBe(400);
    await page.locator('#firstName-error').waitFor();
    await expect.poll(() => page.locator('#firstName-error').textContent()).toContain('Use letters');
    await expect
      .poll(() => byTestId(page, 'first-name').getAttribute('aria-describedby'))
      .toContain('firstName-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('firstName');
    await expect.poll(() => page.locator('#phone-error').isVisible()).toBe(false);
    await screenshot(page, 'account-edit-error-desktop');

    await byTestId(page, 'first-name').fill('Kavya');
    await Promise.all([page.waitForURL(/\/account\/(\?saved=1)?$/), byTestId(page, 'profile-save').click()]);
    await byTestId(page, 'saved-notice').waitFor();
    await expect.poll(() => textOf(page, 'profile-phone')).toBe('+91 98765 43210');
    await expect.poll(() => textOf(page, 'profile-address')).toBe('14 Marine Drive, Kochi 682031');
    await expect.poll(() => textOf(page, 'profile-dob')).toBe('23 August 1991');
    await page.reload();
    await byTestId(page, 'personal-details').waitFor();
    await expect.poll(() => textOf(page, 'profile-phone')).toBe('+91 98765 43210');

    await signOut(page);
    await expect.poll(() => byTestId(page, 'sign-in-link').isVisible()).toBe(true);
    await expect.poll(() => scriptVisibleSecrets(page)).toEqual({ cookie: '', local: {}, session: {} });
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);

    // Signed out, a page that needs a session sends you to sign in and back.
    await page.goto('/account/edit/');
    await page.waitForURL(/\/login\/\?next=%2Faccount%2Fedit%2F$/);
    await byTestId(page, 'notice-next').waitFor();
    await signIn(page, email, TEST_PASSWORD, /\/account\/edit\/$/);
    // The form is filled once GET /api/me answers, which may be after the page has loaded.
    await expect.poll(() => byTestId(page, 'phone').inputValue()).toBe('+919876543210');

    // 400s (weak input) and 401s (signed-out /api/me) were provoked on purpose.
    expect(errors.problems({ allowApiStatuses: [400, 401] })).toEqual([]);
    await context.close();
  });
});

describe('doctor account', () => {
  it('registers as a doctor, sees "pending verification", and fills in the doctor profile', async () => {
    const { context, page, errors } = await openContext(browser);
    const email = uniqueEmail('e2e-doctor');

    await register(page, { role: 'doctor', firstName: 'Kiran', lastName: 'Rao', email });
    await verifyWithMailboxCode(page, email);
    await signIn(page, email, TEST_PASSWORD, /\/dashboard\/doctor\/$/);

    await expect.poll(() => textOf(page, 'greeting')).toMatch(/, Dr\. Rao$/);
    const banner = byTestId(page, 'verification-banner');
    await banner.waitFor();
    await expect.poll(() => banner.getAttribute('data-status')).toBe('pending');
    await expect
      .poll(() => banner.textContent())
      .toContain(
        'Pending verification — you will not appear in search until an admin verifies your registration',
      );
    await expect
      .poll(() => byTestId(page, 'appointments-cta').getAttribute('href'))
      .toBe('/doctor/availability/');
    await expect
      .poll(() => byTestId(page, 'action-availability').getAttribute('href'))
      .toBe('/doctor/availability/');
    await screenshot(page, 'dashboard-doctor-pending-desktop');

    await page.goto('/account/');
    await byTestId(page, 'doctor-profile').waitFor();
    await expect
      .poll(() => byTestId(page, 'verification-banner').textContent())
      .toContain('Pending verification');

    // The doctor profile form: specialty list from the API, fee with GST preview, languages as chips.
    await Promise.all([
      page.waitForURL(/\/account\/doctor\/$/),
      byTestId(page, 'edit-doctor-profile-link').click(),
    ]);
    await byTestId(page, 'specialty').selectOption('cardiology');
    await byTestId(page, 'registration').fill('KMC/12345');
    await byTestId(page, 'experience').fill('7');
    await byTestId(page, 'fee').fill('750.50');
    // The quote of the fee being typed: the server's pricing code with the rules it sent (18% in the twin).
    await expect
      .poll(() => textOf(page, 'fee-preview'))
      .toBe('Patients pay ₹885.59 per consultation, GST included.');
    await byTestId(page, 'language-input').fill('kannada');
    await byTestId(page, 'language-input').press('Enter');
    await expect
      .poll(() => byTestId(page, 'language-chips').locator('li').allTextContents())
      .toEqual(['English', 'Kannada']);
    await byTestId(page, 'bio').fill('Heart health for busy people.');
    await expect.poll(() => textOf(page, 'bio-counter')).toBe('29 / 2,000');
    await byTestId(page, 'hospital').fill('Manipal Hospital, Bengaluru');
    await screenshot(page, 'account-doctor-desktop');
    await Promise.all([page.waitForURL(/\/account\/(\?saved=1)?$/), byTestId(page, 'doctor-save').click()]);

    await byTestId(page, 'saved-notice').waitFor();
    await expect.poll(() => textOf(page, 'doctor-specialty')).toBe('Cardiology');
    await expect
      .poll(() => textOf(page, 'doctor-fee'))
      .toBe('₹750.50 per consultation; patients pay ₹885.59 with GST');
    await expect.poll(() => textOf(page, 'doctor-languages')).toBe('English and Kannada');
    await expect
      .poll(() => byTestId(page, 'verification-banner').getAttribute('data-status'))
      .toBe('pending');
    await screenshot(page, 'account-doctor-saved-desktop');

    // A patient-only page refuses a doctor politely, pointing at their own dashboard.
    await page.goto('/dashboard/patient/');
    await byTestId(page, 'role-refusal').waitFor();
    await expect
      .poll(() => byTestId(page, 'role-refusal').textContent())
      .toContain('This page is for patients');
    await expect
      .poll(() => page.locator('[data-refusal-link]').getAttribute('href'))
      .toBe('/dashboard/doctor/');

    await signOut(page);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('a verified doctor renaming', () => {
  it('is told before saving that a new name needs verification again, and sees it pending after', async () => {
    const surname = uniqueWord('Joshi');
    const doctor = await verifiedDoctor({ firstName: 'Lata', lastName: surname });
    const { context, page, errors } = await openContext(browser);
    await signIn(page, doctor.email, TEST_PASSWORD, /\/dashboard\/doctor\/$/);
    await page.goto('/account/edit/');
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[name="firstName"]')?.value === 'Lata',
    );
    const warning = byTestId(page, 'rename-warning');
    await expect.poll(() => warning.isVisible()).toBe(false);
    // Other details do not need it; the name does, and going back to the saved name hides it again.
    await byTestId(page, 'address').fill('4 Residency Road, Bengaluru 560025');
    await expect.poll(() => warning.isVisible()).toBe(false);
    await byTestId(page, 'last-name').fill('Kulkarni');
    await warning.waitFor();
    await expect.poll(() => warning.textContent()).toContain('sends your profile back for verification');
    await byTestId(page, 'last-name').fill(surname);
    await warning.waitFor({ state: 'hidden' });
    await byTestId(page, 'last-name').fill('Kulkarni');
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, 'account-edit-rename-warning-desktop');
    await Promise.all([page.waitForURL(/\/account\/(\?saved=1)?$/), byTestId(page, 'profile-save').click()]);

    const banner = byTestId(page, 'verification-banner');
    await banner.waitFor();
    await expect.poll(() => banner.getAttribute('data-status')).toBe('pending');
    await expect
      .poll(() => banner.textContent())
      .toContain(`Your name changed from “Lata ${surname}” to “Lata Kulkarni”`);
    expect((await fetch(`${twinUrl()}/api/doctors?q=${surname}`).then((r) => r.json())).doctors).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('sign-in', () => {
  it('can be completed with the keyboard alone: Tab, typing and Enter', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/login/');
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    let presses = 0;
    while ((await focusedId()) !== 'email' && presses++ < 40) await page.keyboard.press('Tab');
    await expect.poll(() => focusedId()).toBe('email');
    await page.keyboard.type(demoPeople.patient.email);
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId()).toBe('password');
    await page.keyboard.type(DEMO_PASSWORD);
    await Promise.all([page.waitForURL(/\/dashboard\/patient\/$/), page.keyboard.press('Enter')]);
    await expect.poll(() => textOf(page, 'greeting')).toContain(demoPeople.patient.firstName);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('turns on two-step sign-in from the account page; then signing in asks for the code', async () => {
    const { context, page, errors } = await openContext(browser);
    const user = await registerAndSignIn('patient');
    await signIn(page, user.email, TEST_PASSWORD, /\/dashboard\/patient\/$/);
    await page.goto('/account/#mfa');
    await byTestId(page, 'mfa-setup').click();
    // The secret is shown once the set-up call has answered.
    const secret = await until(async () => {
      const shown = ((await byTestId(page, 'mfa-secret').textContent()) ?? '').trim();
      return /^[A-Z2-7 ]{16,}$/.test(shown) && shown.replace(/\s/g, '');
    });
    await expect.poll(() => byTestId(page, 'mfa-uri').getAttribute('href')).toContain(`secret=${secret}`);
    await byTestId(page, 'mfa-verify-code').fill(totp(secret));
    await byTestId(page, 'mfa-verify-submit').click();
    await expect.poll(() => byTestId(page, 'mfa-status').textContent()).toMatch(/^On:/);

    await signOut(page);
    await byTestId(page, 'email').fill(user.email);
    await byTestId(page, 'password').fill(TEST_PASSWORD);
    await byTestId(page, 'login-submit').click();
    await byTestId(page, 'mfa-code').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('mfa-code');
    await byTestId(page, 'mfa-code').fill(totp(secret));
    await Promise.all([page.waitForURL(/\/dashboard\/patient\/$/), byTestId(page, 'mfa-submit').click()]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('shows a wrong password as a form error, and an unverified account goes to /verify/', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/login/');
    await byTestId(page, 'email').fill(demoPeople.patient.email);
    await byTestId(page, 'password').fill('Wrong@2026');
    await byTestId(page, 'login-submit').click();
    // The sign-in form's own summary (the page also holds the two-step code form, hidden).
    const summary = byTestId(page, 'login-form').getByTestId('form-error');
    await summary.waitFor();
    await expect.poll(() => summary.getAttribute('role')).toBe('alert');
    await expect.poll(() => summary.textContent()).toContain('Email or password is incorrect.');
    await screenshot(page, 'login-error-desktop');

    // Registered but never verified: signing in leads to the code page, email filled in, with a resend.
    const email = uniqueEmail('e2e-unverified');
    await register(page, { role: 'patient', firstName: 'Neha', lastName: 'Joshi', email });
    await page.goto('/login/');
    await byTestId(page, 'email').fill(email);
    await byTestId(page, 'password').fill(TEST_PASSWORD);
    await Promise.all([
      page.waitForURL(/\/verify\/\?email=.*reason=not_confirmed/),
      byTestId(page, 'login-submit').click(),
    ]);
    await byTestId(page, 'not-confirmed-notice').waitFor();
    await expect.poll(() => byTestId(page, 'email').inputValue()).toBe(email);
    await expect.poll(() => byTestId(page, 'resend-code').isVisible()).toBe(true);
    await verifyWithMailboxCode(page, email);

    expect(errors.problems({ allowApiStatuses: [401, 403] })).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password with the emailed code, sending a new code after a cooldown', async () => {
    const { context, page, errors } = await openContext(browser);
    const email = uniqueEmail('e2e-forgot');
    await register(page, { role: 'patient', firstName: 'Arun', lastName: 'Pillai', email });
    await verifyWithMailboxCode(page, email);

    await page.goto('/login/');
    await byTestId(page, 'email').fill(email);
    await Promise.all([
      page.waitForURL(/\/forgot-password\/\?email=/),
      byTestId(page, 'forgot-link').click(),
    ]);
    await expect.poll(() => byTestId(page, 'email').inputValue()).toBe(email);
    await Promise.all([
      page.waitForURL(/\/reset-password\/\?email=.*sent=1/),
      byTestId(page, 'forgot-submit').click(),
    ]);
    await byTestId(page, 'notice-sent').waitFor();

    await byTestId(page, 'resend-code').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="resend-status"]')?.textContent);
    await expect.poll(() => textOf(page, 'resend-status')).toContain('a new code is on its way');
    await expect.poll(() => byTestId(page, 'resend-code').isDisabled()).toBe(true);
    await expect.poll(() => byTestId(page, 'resend-code').textContent()).toMatch(/\(\d+ s\)/);

    // Only the newest code works: the one in the second email.
    const newPassword = 'Naya@Pass2026';
    await byTestId(page, 'code-input').fill(await codeInEmail(email, 'password', 2));
    await byTestId(page, 'password').fill(newPassword);
    await Promise.all([page.waitForURL(/\/login\/\?reset=1/), byTestId(page, 'reset-submit').click()]);
    await byTestId(page, 'notice-reset').waitFor();
    await signIn(page, email, newPassword, /\/dashboard\/patient\/$/);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  // Raw query values, as a crafted link would carry them: each one normalises to another host, or
  // to a script, in a naive check.
  it.each([
    ['https%3A%2F%2Fevil.example%2Fphish'],
    ['%2F.%2F%2Fevil.example%2Fphish'], // /.//evil.example → //evil.example after normalisation
    ['%2F..%2F%2Fevil.example%2Fphish'],
    ['%2F%5Cevil.example%2Fphish'], // /\evil.example
    ['%2F%2Fevil.example%2Fphish'], // //evil.example
    ['%252F%252Fevil.example%252Fphish'], // %2F%2F after one decoding
    ['%2F%09%2Fevil.example%2Fphish'], // /<tab>/evil.example: the URL parser drops the tab
    ['/%09/evil.example/phish'],
    ['javascript%3Aalert(document.domain)'],
    ['%2F%2F%2Fevil.example'],
  ])('stays on this site after signing in with ?next=%s', async (next) => {
    const { context, page, errors } = await openContext(browser);
    const offSite: string[] = [];
    await context.route(
      (url) => url.hostname.includes('evil.example'),
      async (route) => {
        offSite.push(route.request().url());
        await route.abort();
      },
    );
    page.on('dialog', (dialog) => {
      offSite.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`/login/?next=${next}`);
    await signIn(page, demoPeople.patient.email, DEMO_PASSWORD, /\/dashboard\/patient\/$/);
    expect(new URL(page.url()).origin).toBe(new URL(twinUrl()).origin);
    expect(offSite).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('goes to ?next= when it is a path on this site', async () => {
    const { context, page } = await openContext(browser);
    await page.goto(`/login/?next=${encodeURIComponent('/account/?tab=x#top')}`);
    await signIn(page, demoPeople.patient.email, DEMO_PASSWORD, /\/account\/\?tab=x#top$/);
    await context.close();
  });
});

describe('session', () => {
  it('refreshes about two minutes before the id cookie expires, and retries a 401 after one refresh', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.clock.install();
    await signIn(page, demoDoctors[0]!.email, DEMO_PASSWORD, /\/dashboard\/doctor\/$/);
    const expiry = await until(() => page.evaluate(() => localStorage.getItem('c360.sessionExpiresAt')));
    expect(Date.parse(expiry)).toBeGreaterThan(Date.now() + 10 * 60_000);

    // 12 minutes in, nothing yet; at 13½ minutes the refresh has happened.
    const refreshes: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/auth/refresh')) refreshes.push(r.url());
    });
    await page.clock.fastForward('12:00');
    // A refresh due by now would have been sent while the timers ran; a round trip to the page
    // after them delivers every request event the page raised before it.
    await page.evaluate(() => 0);
    expect(refreshes).toEqual([]);
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/auth/refresh'));
    await page.clock.fastForward('01:30');
    expect((await refreshed).status()).toBe(200);
    // The response is in; the page stores the new expiry once it has read the body.
    const after = await page.waitForFunction(
      (old) => {
        const now = localStorage.getItem('c360.sessionExpiresAt');
        return now !== old && now;
      },
      expiry,
      { polling: 100 },
    );
    expect(Date.parse(String(await after.jsonValue()))).toBeGreaterThan(Date.parse(expiry ?? ''));

    // The id cookie is gone (as when it expires): the next call gets 401, refreshes once and retries.
    await context.clearCookies({ name: 'c360_session' });
    const retried = page.waitForResponse((r) => r.url().endsWith('/api/auth/refresh'));
    await page.goto('/account/');
    expect((await retried).status()).toBe(200);
    await byTestId(page, 'doctor-profile').waitFor();
    await expect.poll(() => textOf(page, 'profile-email')).toBe(demoDoctors[0]!.email);
    await expect
      .poll(() => byTestId(page, 'verification-banner').getAttribute('data-status'))
      .toBe('verified');

    // The refresh cookie gone too: the session is over and the page sends you to sign in.
    await context.clearCookies();
    await page.goto('/account/');
    await page.waitForURL(/\/login\/\?next=%2Faccount%2F$/);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('c360.sessionExpiresAt'))).toBeNull();

    expect(errors.problems({ allowApiStatuses: [401] })).toEqual([]);
    await context.close();
  });
});

describe('unreachable API', () => {
  it('shows an error with a retry on a signed-in page, and recovers', async () => {
    const { context, page, errors } = await openContext(browser);
    await signIn(page, demoPeople.patient.email, DEMO_PASSWORD, /\/dashboard\/patient\/$/);
    // The connection drops (the browser's fetch fails): nothing about our API is faked.
    await page.route('**/api/me', (route) => route.abort('internetdisconnected'));
    await page.goto('/account/');
    await byTestId(page, 'page-error').waitFor();
    await expect.poll(() => textOf(page, 'page-error')).toContain('Check your internet connection');
    await screenshot(page, 'page-error-desktop');
    await page.unroute('**/api/me');
    await page.getByRole('button', { name: 'Try again' }).click();
    await byTestId(page, 'personal-details').waitFor();
    expect(errors.problems().every((p) => p.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
    await context.close();
  });
});

describe('cross-origin writes', () => {
  it('are refused: a page on another origin cannot write with or without the session', async () => {
    const { context, page, errors } = await openContext(browser);
    await signIn(page, demoPeople.patient.email, DEMO_PASSWORD, /\/dashboard\/patient\/$/);

    // The same server under another name is another origin (and another site, for SameSite).
    const port = new URL(twinUrl()).port;
    const other = await context.newPage();
    await other.goto(`http://localhost:${port}/`);

    // 1. A write sent from that origin is refused by the API's Origin check (readable: same-origin to it).
    const direct = await other.evaluate(async () => {
      const res = await fetch('/api/auth/forgot-password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'someone@example.com' }),
      });
      return { status: res.status, body: await res.json() };
    });
    expect(direct.status).toBe(403);
    expect(direct.body.error.code).toBe('forbidden');

    // 2. A classic CSRF: a no-cors POST at the real origin, credentials included. It must not sign the
    //    user out (SameSite=Strict keeps the cookies home, and the Origin check refuses the request).
    const csrf = other.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
    await other.evaluate(async (target) => {
      await fetch(`${target}/api/auth/logout`, { method: 'POST', mode: 'no-cors', credentials: 'include' });
    }, twinUrl());
    expect((await csrf).status()).toBe(403);
    await other.close();

    await page.goto('/account/');
    await byTestId(page, 'personal-details').waitFor();
    await expect.poll(() => textOf(page, 'profile-email')).toBe(demoPeople.patient.email);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('screens', () => {
  const viewports = [
    { name: 'desktop', viewport: undefined },
    { name: 'mobile', viewport: MOBILE },
  ];

  it.each(viewports)('signed-out pages look right ($name)', async ({ name, viewport }) => {
    const { context, page, errors } = await openContext(browser, viewport ? { viewport } : {});
    const pages: [string, string][] = [
      ['register', '/register/'],
      ['register-doctor', '/register/?role=doctor'],
      ['verify', '/verify/?email=someone%40example.com&reason=not_confirmed'],
      ['login', '/login/?verified=1&email=someone%40example.com'],
      ['forgot-password', '/forgot-password/'],
      ['reset-password', '/reset-password/?email=someone%40example.com&sent=1'],
    ];
    const a11y: string[] = [];
    for (const [shot, path] of pages) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await screenshot(page, `${shot}-${name}`);
      a11y.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
    }
    // An empty form sent: every required field says what it needs, and focus is on the first.
    await page.goto('/register/');
    await byTestId(page, 'password').fill('abc');
    await byTestId(page, 'register-submit').click();
    await page.locator('#firstName-error').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('firstName');
    await screenshot(page, `register-empty-${name}`);
    a11y.push(...(await axeViolations(page)).map((v) => `register (errors shown) ${v}`));
    expect(a11y).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it.each(viewports)('signed-in pages look right ($name)', async ({ name, viewport }) => {
    const { context, page, errors } = await openContext(browser, viewport ? { viewport } : {});
    await signIn(page, demoPeople.patient.email, DEMO_PASSWORD, /\/dashboard\/patient\/$/);
    await byTestId(page, 'appointments-empty').waitFor();
    await screenshot(page, `dashboard-patient-${name}`);
    if (!viewport) {
      await byTestId(page, 'user-menu-button').click();
      await byTestId(page, 'user-menu').waitFor();
      await screenshot(page, `user-menu-${name}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => byTestId(page, 'user-menu-button').getAttribute('aria-expanded')).toBe('false');
    } else {
      await page.locator('#menu-toggle').click();
      await byTestId(page, 'user-menu').waitFor();
      await screenshot(page, `user-menu-${name}`);
    }
    const a11y = (await axeViolations(page)).map((v) => `dashboard ${v}`);
    for (const [shot, path, ready] of [
      ['account-patient', '/account/', 'personal-details'],
      ['account-edit', '/account/edit/', 'profile-form'],
      ['refusal', '/account/doctor/', 'role-refusal'],
    ] as const) {
      await page.goto(path);
      await byTestId(page, ready).waitFor();
      await screenshot(page, `${shot}-${name}`);
      a11y.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
    }
    await signOut(page);

    await signIn(page, demoDoctors[0]!.email, DEMO_PASSWORD, /\/dashboard\/doctor\/$/);
    await byTestId(page, 'verification-banner').waitFor();
    await screenshot(page, `dashboard-doctor-${name}`);
    a11y.push(...(await axeViolations(page)).map((v) => `doctor dashboard ${v}`));
    for (const [shot, path, ready] of [
      ['account-doctor-verified', '/account/', 'doctor-profile'],
      ['doctor-profile-form', '/account/doctor/', 'doctor-form'],
    ] as const) {
      await page.goto(path);
      await byTestId(page, ready).waitFor();
      await screenshot(page, `${shot}-${name}`);
      a11y.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
    }
    expect(a11y).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});
