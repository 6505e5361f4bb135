/**
 * The admin console (/admin/) in real Chromium against the twin: the verification queue end to end
 * (a doctor registers, an admin verifies them in the UI, a visitor finds them), the refusal for
 * everyone else, the dashboard's chart, every section's accessibility at desktop and phone widths,
 * and the console driven by the keyboard alone.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { DEMO_PASSWORD, demoPeople } from '../../lib/local/seed.ts';
import { ApiClient } from '../helpers/api.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { axeViolations, launchBrowser, MOBILE, openContext, screenshot } from '../helpers/browser.ts';
import { enforceProductionCsp, signInThroughPage, tabUntil } from '../helpers/site.ts';
import { registerAndSignIn, signIn, type TestUser, uniqueWord } from '../helpers/users.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A doctor who registered and filled in the profile an admin needs, still pending. */
async function pendingDoctor(firstName = 'Nila'): Promise<TestUser & { lastName: string }> {
  const lastName = uniqueWord('Varma');
  const doctor = await registerAndSignIn('doctor', { firstName, lastName });
  const saved = await doctor.client.patch('/api/me/doctor-profile', {
    specialty: 'cardiology',
    registrationNumber: 'KMC/55555',
    experienceYears: 9,
    feeRupees: 650,
    languages: ['English', 'Kannada'],
    bio: 'Heart health for busy people.\nSecond opinions on ECGs.',
  });
  expect(saved.status, saved.text).toBe(200);
  return { ...doctor, lastName };
}

async function openAdmin(page: Page) {
  await page.goto('/login/');
  await signInThroughPage(page, demoPeople.admin.email, DEMO_PASSWORD, /\/admin\/$/);
  await page.getByTestId('admin-console').waitFor();
}

/** Goes to a section through the navigation (opening it first on a phone). */
async function goTo(page: Page, section: string) {
  const toggle = page.getByTestId('admin-nav-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.getByTestId(`nav-${section}`).click();
  await page.waitForFunction(
    (s) => document.querySelector('[data-admin-view]')?.getAttribute('data-view') === s,
    section,
  );
}

/** Waits until no list or region in the view is still loading. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const view = document.querySelector('[data-admin-view]');
    return Boolean(view?.children.length) && !view?.querySelector('[aria-busy="true"]');
  });
}

/** The row of a user in the doctors list, loading more pages until it shows up. */
const doctorRow = (page: Page, userId: string) =>
  findRow(page, page.locator(`[data-testid="doctor-row"][data-user-id="${userId}"]`));

/** Loads more pages of the current list until `locator` shows up. */
async function findRow(page: Page, locator: Locator) {
  for (let i = 0; i < 20 && !(await locator.count()); i++) {
    await settled(page);
    if (await locator.count()) break;
    const more = page.getByTestId('load-more');
    if (!(await more.count())) break;
    await more.click();
  }
  await locator.waitFor();
  return locator;
}

describe('doctor verification', () => {
  it('shows a new doctor in the queue; reject needs a reason; verify puts them in search', async () => {
    const doctor = await pendingDoctor();
    const visitor = new ApiClient();
    expect((await visitor.get(`/api/doctors?q=${doctor.lastName}`)).body.doctors).toEqual([]);

    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    const decisions: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/verification')) decisions.push(r.postData() ?? '');
    });
    await openAdmin(page);
    await goTo(page, 'doctors');
    expect(await page.getByTestId('view-title').textContent()).toBe('Doctors');
    expect(await page.getByTestId('tab-pending').getAttribute('aria-selected')).toBe('true');

    const row = await doctorRow(page, doctor.userId);
    expect(await row.getByTestId('doctor-name').textContent()).toBe(`Dr. Nila ${doctor.lastName}`);
    expect(await row.getByTestId('doctor-registration').textContent()).toBe('KMC/55555');
    expect(await row.getByTestId('doctor-specialty').textContent()).toBe('Cardiology');
    expect(await row.getByTestId('doctor-fee').textContent()).toBe('₹650.00 + GST');
    expect(await row.getByTestId('doctor-languages').textContent()).toBe('English and Kannada');
    expect(await row.getByTestId('doctor-bio').textContent()).toContain('Second opinions on ECGs.');
    expect(await row.getByTestId('status-badge').textContent()).toBe('Pending');
    await screenshot(page, 'admin-doctors-desktop');

    // Reject without a reason: the dialog says what is missing, and nothing is sent.
    await row.getByTestId('reject-doctor').click();
    const rejectDialog = page.getByTestId('reject-dialog');
    await rejectDialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'reject-dialog-text',
    );
    await page.getByTestId('reject-dialog-confirm').click();
    const reasonError = rejectDialog.locator('[data-error-for="reason"]');
    await reasonError.waitFor();
    expect(await reasonError.textContent()).toContain('Give the doctor a reason');
    expect(await page.getByTestId('reject-dialog-text').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-reject-dialog-desktop');
    expect((await axeViolations(page)).map((v) => `reject dialog ${v}`)).toEqual([]);
    await page.getByTestId('reject-dialog-cancel').click();
    await rejectDialog.waitFor({ state: 'detached' });
    expect(decisions).toEqual([]);

    // Verify, after confirming.
    await row.getByTestId('verify-doctor').click();
    await page.getByTestId('verify-dialog').waitFor();
    expect(await page.getByTestId('verify-dialog').textContent()).toContain('KMC/55555');
    await page.getByTestId('verify-dialog-confirm').click();
    await row.waitFor({ state: 'detached' });
    expect(decisions.map((d) => JSON.parse(d))).toEqual([{ decision: 'verify' }]);
    const toast = page.getByTestId('toast').last();
    expect(await toast.textContent()).toContain(`Dr. Nila ${doctor.lastName} is verified`);

    // The verified tab lists them now.
    await page.getByTestId('tab-verified').click();
    const verifiedRow = await doctorRow(page, doctor.userId);
    expect(await verifiedRow.getByTestId('status-badge').textContent()).toBe('Verified');

    // A visitor finds them by surname: through the API, and on /doctors/ when that page is built.
    const found = await visitor.get(`/api/doctors?q=${doctor.lastName}`);
    expect(found.body.doctors.map((d: { id: string }) => d.id)).toEqual([doctor.userId]);
    if (existsSync(join(ROOT, 'web/dist/doctors/index.html'))) {
      const visitorTab = await context.browser()!.newContext({ baseURL: new URL(page.url()).origin });
      const search = await visitorTab.newPage();
      await search.goto(`/doctors/?q=${doctor.lastName}`);
      await search.locator(`[data-doctor-id="${doctor.userId}"]`).first().waitFor();
      await visitorTab.close();
    }
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('refuses to verify an incomplete profile, saying what is missing', async () => {
    const lastName = uniqueWord('Iyer');
    const doctor = await registerAndSignIn('doctor', { firstName: 'Tara', lastName });
    const { context, page, errors } = await openContext(browser);
    await openAdmin(page);
    await goTo(page, 'doctors');
    const row = await doctorRow(page, doctor.userId);
    expect(await row.getByTestId('doctor-incomplete').textContent()).toContain(
      'specialty, registration number and consultation fee',
    );
    await row.getByTestId('verify-doctor').click();
    await page.getByTestId('verify-dialog-confirm').click();
    const error = page.getByTestId('verify-dialog-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('has not filled in: specialty, registration number');
    await page.getByTestId('verify-dialog-cancel').click();
    expect(await row.isVisible()).toBe(true);
    expect(errors.problems({ allowApiStatuses: [409] })).toEqual([]);
    await context.close();
  });
});

describe('who may open the console', () => {
  it('shows a patient only the refusal, and no admin call succeeds', async () => {
    const { context, page, errors } = await openContext(browser);
    const adminCalls: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/admin')) adminCalls.push(r.status());
    });
    await signInThroughPage(page, demoPeople.patient.email, DEMO_PASSWORD, /\/dashboard\/patient\/$/);
    await page.goto('/admin/');
    const refusal = page.getByTestId('role-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('This page is for admins');
    expect(await page.getByTestId('admin-console').isVisible()).toBe(false);
    // Nothing of the console was ever filled in, and nothing was asked of /api/admin.
    expect(await page.locator('[data-admin-view] *').count()).toBe(0);
    expect(adminCalls).toEqual([]);
    // Asked directly, the API refuses too.
    const direct = await page.evaluate(async () => (await fetch('/api/admin/stats')).status);
    expect(direct).toBe(403);
    expect(adminCalls.every((s) => s >= 400)).toBe(true);
    await screenshot(page, 'admin-refusal-desktop');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.problems({ allowApiStatuses: [403] })).toEqual([]);
    await context.close();
  });

  it('sends a signed-out visitor to sign in, and back to the console afterwards', async () => {
    const { context, page, errors } = await openContext(browser);
    await page.goto('/admin/#/doctors');
    await page.waitForURL(/\/login\/\?next=%2Fadmin%2F/);
    await signInThroughPage(page, demoPeople.admin.email, DEMO_PASSWORD, /\/admin\//);
    await page.getByTestId('admin-console').waitFor();
    // The signed-out /api/me answered 401; that is how the guard knew.
    expect(errors.problems({ allowApiStatuses: [401] })).toEqual([]);
    await context.close();
  });
});

describe('dashboard', () => {
  it('shows the counters and an accessible 30-day bookings chart', async () => {
    // One booking today, so the chart has a bar to draw.
    await confirmedAppointment(90, { doctor: 'Kavya', patient: 'Mohan' });
    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await openAdmin(page);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="dashboard"]')?.getAttribute('data-state') === 'ready',
    );
    const stats = (await (await signInAdminApi()).get('/api/admin/stats')).body;

    const value = (id: string) => page.getByTestId(`stat-${id}`).locator('[data-value]').textContent();
    expect(await value('users')).toBe(stats.users.total.toLocaleString('en-IN'));
    expect(await value('doctors-pending')).toBe(String(stats.doctors.pending));
    expect(await value('revenue-month')).toMatch(/^₹[\d,]+\.\d{2}$/);

    const chart = page.getByTestId('bookings-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').first().textContent()).toBe('Bookings per day, last 30 days');
    expect(await chart.locator('desc').textContent()).toMatch(/30 days from .* bookings? in all/);
    expect(await chart.locator('rect').count()).toBe(30);
    const today = stats.bookingsPerDay.at(-1);
    expect(Number(await chart.locator('rect').last().getAttribute('data-count'))).toBe(today.count);
    expect(today.count).toBeGreaterThan(0);
    expect(Number(await chart.locator('rect').last().getAttribute('height'))).toBeGreaterThan(0);
    // The same numbers as a table for screen readers (visually hidden, not display:none).
    const table = page.getByTestId('bookings-table');
    expect(await table.locator('tbody tr').count()).toBe(30);
    expect(await table.locator('tbody tr').last().locator('td').textContent()).toBe(String(today.count));
    expect(await table.evaluate((t) => getComputedStyle(t).display)).not.toBe('none');
    await screenshot(page, 'admin-dashboard-desktop');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

async function signInAdminApi() {
  // The shared sign-in answers the admin's two-step sign-in with the seeded authenticator secret.
  return (await signIn(demoPeople.admin.email)).client;
}

describe('operations', () => {
  it('retries a failed transcription, reads the audit log, refunds a cancelled appointment and disables an account', async () => {
    const booked = await confirmedAppointment(180, { doctor: 'Devika', patient: 'Meera' });
    const id = booked.appointmentId;
    // The patient reads the chat history (audited), and the recording's transcription has failed.
    expect((await booked.patient.client.get(`/api/appointments/${id}/messages`)).status).toBe(200);
    await entities()
      .transcription.create({
        appointmentId: id,
        recordingId: ulid(),
        status: 'FAILED',
        error: 'Deepgram answered 500 Internal Server Error three times',
        attempts: 3,
      })
      .go();

    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await openAdmin(page);

    // Transcriptions: the failure with its error, and Retry shows the new execution's name.
    await goTo(page, 'transcriptions');
    const failed = await findRow(
      page,
      page.locator(`[data-testid="transcription-row"][data-appointment-id="${id}"]`),
    );
    expect(await failed.getByTestId('transcription-error').textContent()).toContain(
      '500 Internal Server Error',
    );
    await failed.getByTestId('retry-transcription').click();
    const execution = failed.getByTestId('execution-name');
    await execution.waitFor();
    expect(await execution.textContent()).toMatch(/retry-\d+$/);
    expect(await failed.getByTestId('status-badge').textContent()).toBe('Pending');
    await screenshot(page, 'admin-transcription-retried-desktop');

    // Audit log, by appointment: the patient's read of the chat history.
    await page.goto(`/admin/#/audit?appointmentId=${id}`);
    const event = page.locator('[data-testid="audit-row"][data-action="chat.history.read"]');
    await event.waitFor();
    expect(await event.textContent()).toContain('Read the chat history');
    expect(await event.textContent()).toContain(booked.patient.userId);
    // An id that is not one is refused before asking.
    await page.getByTestId('audit-appointment').fill('not-an-id');
    await page.getByTestId('audit-search').click();
    await page.locator('[data-error-for="appointmentId"]').waitFor();
    await screenshot(page, 'admin-audit-results-desktop');

    // Appointments: the drawer shows payment and transcription; cancel needs a reason and refunds in full.
    await goTo(page, 'appointments');
    const appointment = await findRow(
      page,
      page.locator(`[data-testid="appointment-row"][data-appointment-id="${id}"]`),
    );
    await appointment.getByTestId('appointment-details').click();
    const drawer = page.getByTestId('appointment-drawer');
    await drawer.getByTestId('drawer-appointment-title').waitFor();
    expect(await drawer.getByTestId('drawer-payment-status').textContent()).toBe('Completed');
    expect(await drawer.getByTestId('drawer-transcription-status').textContent()).toMatch(
      /Pending|Processing|Failed/,
    );
    await drawer.getByTestId('cancel-appointment').click();
    const dialog = page.getByTestId('cancel-dialog');
    await dialog.waitFor();
    const refund = await dialog.getByTestId('refund-note').textContent();
    expect(refund).toMatch(/^The patient paid ₹[\d,]+\.\d{2} and is refunded in full\.$/);
    await page.getByTestId('cancel-dialog-confirm').click();
    await dialog.locator('[data-error-for="reason"]').waitFor();
    await page.getByTestId('cancel-dialog-text').fill('The doctor is unwell today.');
    await page.getByTestId('cancel-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="appointment-drawer"] [data-testid="drawer-payment-status"]')
          ?.textContent === 'Refunded',
    );
    expect(await page.getByTestId('toast').last().textContent()).toContain('is refunded to the patient');
    await page.keyboard.press('Escape');

    // Payments: it is listed under Refunded.
    await goTo(page, 'payments');
    await page.getByTestId('tab-refunded').click();
    await findRow(page, page.locator(`[data-testid="payment-row"][data-appointment-id="${id}"]`));

    // Users: disable the patient's account after confirming, and enable it again.
    await goTo(page, 'users');
    const patientRow = await findRow(
      page,
      page.locator(`[data-testid="user-row"][data-user-id="${booked.patient.userId}"]`),
    );
    await patientRow.getByTestId('user-details').click();
    const userDrawer = page.getByTestId('user-drawer');
    await userDrawer.getByTestId('disable-user').click();
    await page.getByTestId('disable-dialog').waitFor();
    expect(await page.getByTestId('disable-dialog').textContent()).toContain('will not be able to sign in');
    await page.getByTestId('disable-dialog-confirm').click();
    await userDrawer.getByTestId('enable-user').waitFor();
    expect(await userDrawer.getByTestId('disabled-badge').isVisible()).toBe(true);
    const login = await new ApiClient().post('/api/auth/login', {
      email: booked.patient.email,
      password: booked.patient.password,
    });
    expect(login.status).toBe(403);
    await userDrawer.getByTestId('enable-user').click();
    await page.getByTestId('enable-dialog-confirm').click();
    await userDrawer.getByTestId('disable-user').waitFor();
    await page.keyboard.press('Escape');
    // The row behind the drawer shows the current state.
    expect(
      await page
        .locator(
          `[data-testid="user-row"][data-user-id="${booked.patient.userId}"] [data-testid="disabled-badge"]`,
        )
        .count(),
    ).toBe(0);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('lists', () => {
  it('page through the API cursor with Load more, and recover from a failed load with Retry', async () => {
    // Two patients at least, so a page of one has a next page.
    await registerAndSignIn('patient', { firstName: 'Asha', lastName: 'Pai' });
    const { context, page, errors } = await openContext(browser);
    // Pages of one account, so the cursor is exercised without creating twenty users.
    await page.route('**/api/admin/users?*', (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '1');
      return route.continue({ url: url.href });
    });
    await openAdmin(page);
    await goTo(page, 'users');
    await settled(page);
    const rows = page.getByTestId('user-row');
    expect(await rows.count()).toBe(1);
    await page.getByTestId('load-more').click();
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    const firstTwo = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-user-id')));
    expect(new Set(firstTwo).size).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-more');
    expect(await page.getByTestId('users-list').locator('[role="status"]').textContent()).toBe(
      'Loaded 1 account; 2 shown.',
    );

    // The connection drops: the list says so, and Retry brings it back.
    await page.route('**/api/admin/payments?*', (route) => route.abort('internetdisconnected'));
    await goTo(page, 'payments');
    const error = page.getByTestId('payments-list').getByTestId('error-state');
    await error.waitFor();
    expect(await error.textContent()).toContain('Check your internet connection');
    await screenshot(page, 'admin-list-error-desktop');
    await page.unroute('**/api/admin/payments?*');
    await error.getByTestId('retry').click();
    await page.waitForFunction(() => {
      const state = document.querySelector('[data-testid="payments-list"]')?.getAttribute('data-state');
      return state === 'ready' || state === 'empty';
    });
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    expect(errors.problems().every((p) => p.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
    await context.close();
  });
});

describe('every section', () => {
  const viewports = [
    { name: 'desktop', viewport: undefined },
    { name: 'tablet', viewport: { width: 820, height: 1180 } },
    { name: 'mobile', viewport: MOBILE },
  ];

  it.each(viewports)(
    'loads, looks right and has no serious accessibility problems ($name)',
    async ({ name, viewport }) => {
      const { context, page, errors } = await openContext(browser, viewport ? { viewport } : {});
      await enforceProductionCsp(context);
      await openAdmin(page);
      const a11y: string[] = [];
      const check = async (label: string) => {
        a11y.push(...(await axeViolations(page)).map((v) => `${label}: ${v}`));
      };
      for (const section of [
        'dashboard',
        'doctors',
        'users',
        'appointments',
        'payments',
        'content',
        'transcriptions',
        'audit',
      ]) {
        await goTo(page, section);
        await settled(page);
        await screenshot(page, `admin-${section}-${name}`);
        await check(section);
      }

      // The drawers and dialogs, open.
      await goTo(page, 'users');
      await settled(page);
      await page.getByTestId('user-details').first().click();
      await page.getByTestId('user-drawer').locator('[data-testid="drawer-name"]').waitFor();
      await screenshot(page, `admin-user-drawer-${name}`);
      await check('user drawer');
      await page.keyboard.press('Escape');

      await goTo(page, 'appointments');
      await settled(page);
      if (await page.getByTestId('appointment-details').count()) {
        await page.getByTestId('appointment-details').first().click();
        await page.getByTestId('drawer-appointment-title').waitFor();
        await screenshot(page, `admin-appointment-drawer-${name}`);
        await check('appointment drawer');
        await page.keyboard.press('Escape');
      }

      await goTo(page, 'content');
      await settled(page);
      await page.getByTestId('edit-service').first().click();
      await page.getByTestId('service-dialog').waitFor();
      await screenshot(page, `admin-service-dialog-${name}`);
      await check('service dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('tab-tips').click();
      await settled(page);
      await page.getByTestId('new-tip').click();
      await page
        .getByTestId('tip-content')
        .fill('## Drink water\n\nAt least **eight** glasses a day.\n\n- Morning\n- Evening');
      await page.getByTestId('tip-preview').locator('h2').waitFor();
      await screenshot(page, `admin-tip-editor-${name}`);
      await check('tip editor');
      await page.getByTestId('tip-cancel').click();
      await page.getByTestId('tab-stories').click();
      await settled(page);
      await check('stories');

      if (viewport === MOBILE) {
        await page.getByTestId('admin-nav-toggle').click();
        await page.getByTestId('nav-dashboard').waitFor();
        await screenshot(page, `admin-nav-open-${name}`);
        await check('nav open');
      }
      expect(a11y).toEqual([]);
      expect(errors.problems()).toEqual([]);
      await context.close();
    },
  );
});

describe('keyboard', () => {
  it('moves between sections and verifies a doctor with the keyboard alone', async () => {
    const doctor = await pendingDoctor('Ira');
    const { context, page, errors } = await openContext(browser);
    await openAdmin(page);
    await page.getByTestId('dashboard').waitFor();

    // Tab from the top of the page to the navigation, and open Doctors with Enter.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabUntil(page, (el) => el.testid === 'nav-doctors');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'view-title');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Doctors');
    expect(await page.getByTestId('nav-doctors').getAttribute('aria-current')).toBe('page');
    await settled(page);

    // The tabs take arrow keys; the verified list shows, and Home brings the queue back.
    await tabUntil(page, (el) => el.testid === 'tab-pending');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('tab-verified').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await page.getByTestId('tab-pending').getAttribute('aria-selected')).toBe('true');
    await settled(page);
    const row = await doctorRow(page, doctor.userId);

    // Tab to this doctor's Verify button (the newest registration comes first), Enter, confirm.
    const verifyName = `Verify Dr. Ira ${doctor.lastName}`;
    await tabUntil(
      page,
      (el) => el.testid === 'verify-doctor' && el.text.replace(/\s+/g, ' ').includes(verifyName),
      150,
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('verify-dialog').waitFor();
    // Focus starts on "Go back", so a stray Enter never confirms; Tab reaches the confirm button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'verify-dialog-cancel',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'verify-dialog-confirm',
    );
    await page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached' });
    // Focus stays in the list (the next doctor's first button, or the title when the list is empty).
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

    // Escape closes a drawer and gives focus back to the button that opened it.
    await goTo(page, 'users');
    await settled(page);
    await page.getByTestId('user-details').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('drawer-name').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'drawer-close',
    );
    await page.keyboard.press('Escape');
    await page.getByTestId('user-drawer').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'user-details',
    );

    const api = await signInAdminApi();
    const me = await api.get(`/api/admin/users/${doctor.userId}`);
    expect(me.body.user.doctorProfile.verificationStatus).toBe('verified');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});
