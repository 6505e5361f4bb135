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
import { bookedAppointment, confirmedAppointment } from '../helpers/appointments.ts';
import { axeViolations, launchBrowser, MOBILE, openContext, screenshot } from '../helpers/browser.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { enforceProductionCsp, openNewTipEditor, signInThroughPage, tabUntil } from '../helpers/site.ts';
import { registerAndSignIn, signIn, type TestUser, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

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
    await expect.poll(() => page.getByTestId('view-title').textContent()).toBe('Doctors');
    await expect.poll(() => page.getByTestId('tab-pending').getAttribute('aria-selected')).toBe('true');

    const row = await doctorRow(page, doctor.userId);
    await expect.poll(() => row.getByTestId('doctor-name').textContent()).toBe(`Dr. Nila ${doctor.lastName}`);
    await expect.poll(() => row.getByTestId('doctor-registration').textContent()).toBe('KMC/55555');
    await expect.poll(() => row.getByTestId('doctor-specialty').textContent()).toBe('Cardiology');
    await expect
      .poll(() => row.getByTestId('doctor-fee').textContent())
      .toBe('₹650 per consultation; patients pay ₹767 with GST');
    await expect.poll(() => row.getByTestId('doctor-languages').textContent()).toBe('English and Kannada');
    await expect
      .poll(() => row.getByTestId('doctor-bio').textContent())
      .toContain('Second opinions on ECGs.');
    await expect.poll(() => row.getByTestId('status-badge').textContent()).toBe('Pending');
    await screenshot(page, 'admin-doctors-desktop');

    // Reject without a reason: the dialog says what is missing, and nothing is sent.
    await row.getByTestId('reject-doctor').click();
    const rejectDialog = page.getByTestId('reject-dialog');
    await rejectDialog.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('reject-dialog-text');
    await page.getByTestId('reject-dialog-confirm').click();
    const reasonError = rejectDialog.locator('[data-error-for="reason"]');
    await reasonError.waitFor();
    await expect.poll(() => reasonError.textContent()).toContain('Give the doctor a reason');
    await expect.poll(() => page.getByTestId('reject-dialog-text').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-reject-dialog-desktop');
    expect((await axeViolations(page)).map((v) => `reject dialog ${v}`)).toEqual([]);
    await page.getByTestId('reject-dialog-cancel').click();
    await rejectDialog.waitFor({ state: 'detached' });
    expect(decisions).toEqual([]);

    // Verify, after confirming.
    await row.getByTestId('verify-doctor').click();
    await page.getByTestId('verify-dialog').waitFor();
    await expect.poll(() => page.getByTestId('verify-dialog').textContent()).toContain('KMC/55555');
    await page.getByTestId('verify-dialog-confirm').click();
    await row.waitFor({ state: 'detached' });
    expect(decisions.map((d) => JSON.parse(d))).toEqual([{ decision: 'verify' }]);
    const toast = page.getByTestId('toast').last();
    await expect.poll(() => toast.textContent()).toContain(`Dr. Nila ${doctor.lastName} is verified`);

    // The verified tab lists them now.
    await page.getByTestId('tab-verified').click();
    const verifiedRow = await doctorRow(page, doctor.userId);
    await expect.poll(() => verifiedRow.getByTestId('status-badge').textContent()).toBe('Verified');

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
    await expect
      .poll(() => row.getByTestId('doctor-incomplete').textContent())
      .toContain('specialty, registration number and consultation fee');
    await row.getByTestId('verify-doctor').click();
    await page.getByTestId('verify-dialog-confirm').click();
    const error = page.getByTestId('verify-dialog-error');
    await error.waitFor();
    await expect
      .poll(() => error.textContent())
      .toContain('has not filled in: specialty, registration number');
    await page.getByTestId('verify-dialog-cancel').click();
    await expect.poll(() => row.isVisible()).toBe(true);
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
    await expect.poll(() => refusal.textContent()).toContain('This page is for admins');
    await expect.poll(() => page.getByTestId('admin-console').isVisible()).toBe(false);
    // Nothing of the console was ever filled in, and nothing was asked of /api/admin.
    await expect.poll(() => page.locator('[data-admin-view] *').count()).toBe(0);
    expect(adminCalls).toEqual([]);
    // Asked directly, the API refuses too.
    const direct = await page.evaluate(async () => (await fetch('/api/admin/stats')).status);
    expect(direct).toBe(403);
    expect(adminCalls.every((s) => s >= 400)).toBe(true);
    await screenshot(page, 'admin-refusal-desktop');
    await expect.poll(() => axeViolations(page)).toEqual([]);
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
    await expect.poll(() => value('users')).toBe(stats.users.total.toLocaleString('en-IN'));
    await expect.poll(() => value('doctors-pending')).toBe(String(stats.doctors.pending));
    await expect.poll(() => value('revenue-month')).toMatch(/^₹[\d,]+(\.\d{2})?$/);

    const chart = page.getByTestId('bookings-chart');
    await expect.poll(() => chart.getAttribute('role')).toBe('img');
    await expect
      .poll(() => chart.locator('title').first().textContent())
      .toBe('Bookings per day, last 30 days');
    await expect.poll(() => chart.locator('desc').textContent()).toMatch(/30 days from .* bookings? in all/);
    await expect.poll(() => chart.locator('rect').count()).toBe(30);
    const today = stats.bookingsPerDay.at(-1);
    await expect
      .poll(async () => Number(await chart.locator('rect').last().getAttribute('data-count')))
      .toBe(today.count);
    expect(today.count).toBeGreaterThan(0);
    await expect
      .poll(async () => Number(await chart.locator('rect').last().getAttribute('height')))
      .toBeGreaterThan(0);
    // The same numbers as a table for screen readers (visually hidden, not display:none).
    const table = page.getByTestId('bookings-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(30);
    await expect
      .poll(() => table.locator('tbody tr').last().locator('td').textContent())
      .toBe(String(today.count));
    await expect.poll(() => table.evaluate((t) => getComputedStyle(t).display)).not.toBe('none');
    await screenshot(page, 'admin-dashboard-desktop');
    await expect.poll(() => axeViolations(page)).toEqual([]);
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
    await expect
      .poll(() => failed.getByTestId('transcription-error').textContent())
      .toContain('500 Internal Server Error');
    await failed.getByTestId('retry-transcription').click();
    const execution = failed.getByTestId('execution-name');
    await execution.waitFor();
    await expect.poll(() => execution.textContent()).toMatch(/retry-\d+$/);
    await expect.poll(() => failed.getByTestId('status-badge').textContent()).toBe('Pending');
    await screenshot(page, 'admin-transcription-retried-desktop');

    // Audit log, by appointment: the patient's read of the chat history and the admin's retry.
    await page.goto(`/admin/#/audit?subjectId=${id}`);
    await expect
      .poll(() => auditRows(page))
      .toEqual(expect.arrayContaining([`chat.history.read ${booked.patient.userId}`]));
    const retried = page.locator('[data-testid="audit-row"][data-action="admin.transcription.retry"]');
    await retried.waitFor();
    await expect.poll(() => retried.textContent()).toContain('Retried a transcription');
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
    await expect.poll(() => drawer.getByTestId('drawer-payment-status').textContent()).toBe('Completed');
    await expect
      .poll(() => drawer.getByTestId('drawer-transcription-status').textContent())
      .toMatch(/Pending|Processing|Failed/);
    await drawer.getByTestId('cancel-appointment').click();
    const dialog = page.getByTestId('cancel-dialog');
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByTestId('refund-note').textContent())
      .toMatch(/^The patient paid ₹[\d,]+(\.\d{2})? and is refunded in full\.$/);
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
    await expect
      .poll(() => page.getByTestId('toast').last().textContent())
      .toContain('is refunded to the patient');
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
    await expect
      .poll(() => page.getByTestId('disable-dialog').textContent())
      .toContain('will not be able to sign in');
    await page.getByTestId('disable-dialog-confirm').click();
    await userDrawer.getByTestId('enable-user').waitFor();
    await expect.poll(() => userDrawer.getByTestId('disabled-badge').isVisible()).toBe(true);
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
    await expect
      .poll(() =>
        page
          .locator(
            `[data-testid="user-row"][data-user-id="${booked.patient.userId}"] [data-testid="disabled-badge"]`,
          )
          .count(),
      )
      .toBe(0);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('a refund the gateway refused', () => {
  it('is listed under Refund failed with the reason, retried from the console and shows as refunded', async () => {
    // A paid consultation three days ahead; the simulated Razorpay refuses its refund once, then the
    // patient cancels (a full refund is due).
    const booked = await bookedAppointment(60 * 24 * 3, { doctor: 'Kabir', patient: 'Rafi' });
    const { back } = await payAndVerify(booked.patient, booked.appointmentId);
    const program = await fetch(`${process.env.RAZORPAY_API_BASE}/__program`, {
      method: 'POST',
      body: JSON.stringify({ paymentId: back.razorpay_payment_id, refundFailures: 1 }),
    });
    expect(program.status).toBe(200);
    const cancel = await booked.patient.client.post(`/api/appointments/${booked.appointmentId}/cancel`, {});
    expect(cancel.status, cancel.text).toBe(200);

    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await openAdmin(page);
    await goTo(page, 'payments');
    await page.getByTestId('tab-refund_failed').click();
    const row = await findRow(
      page,
      page.locator(`[data-testid="payment-row"][data-appointment-id="${booked.appointmentId}"]`),
    );
    await expect.poll(() => row.getByTestId('status-badge').textContent()).toBe('Refund failed');
    await expect.poll(() => row.getByTestId('refund-failure').textContent()).toContain('enough balance');
    await row.getByTestId('retry-refund').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('REFUNDED');
    await expect.poll(() => row.getByTestId('status-badge').textContent()).toBe('Refunded');
    await expect.poll(() => row.getByTestId('retry-refund').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('toast').last().textContent())
      .toMatch(/Refund of ₹[\d,.]+ issued\./);
    await screenshot(page, 'admin-refund-retried-desktop');

    // The patient's page says refunded.
    const view = (await booked.patient.client.get(`/api/appointments/${booked.appointmentId}`)).body;
    expect(view.payment.status).toBe('REFUNDED');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('disabling a doctor', () => {
  it('shows the appointments ahead in the dialog, cancels them with refunds when asked, and takes the doctor out of search', async () => {
    const paid = await confirmedAppointment(24 * 60, { doctor: 'Kavya', patient: 'Rohan' });
    const doctor = paid.doctor;
    const held = await bookedAppointment(25 * 60, { patient: 'Sara' }, { doctor });

    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await openAdmin(page);
    await goTo(page, 'doctors');
    await page.getByTestId('tab-verified').click();
    const row = await doctorRow(page, doctor.userId);
    await row.getByTestId('doctor-account').click();
    const drawer = page.getByTestId('user-drawer');
    await drawer.getByTestId('future-appointments').waitFor();
    await expect.poll(() => drawer.getByTestId('future-appointment').count()).toBe(2);

    await drawer.getByTestId('disable-user').click();
    const dialog = page.getByTestId('disable-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('They have 2 appointments ahead');
    await expect.poll(() => dialog.getByTestId('future-appointment').count()).toBe(2);
    await expect.poll(() => dialog.textContent()).toContain('Rohan Das');
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-disable-doctor-dialog-desktop');
    await dialog.getByTestId('disable-cancel-appointments').check();
    await page.getByTestId('disable-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await drawer.getByTestId('enable-user').waitFor();
    await expect.poll(() => drawer.getByTestId('disabled-badge').isVisible()).toBe(true);
    await expect.poll(() => drawer.textContent()).toContain('None: nothing is booked ahead.');
    await expect
      .poll(() => page.getByTestId('toast').last().textContent())
      .toContain('2 appointments cancelled');
    await page.keyboard.press('Escape');

    // Out of search and the profile page; both appointments cancelled, the paid one refunded in full.
    expect((await new ApiClient().get(`/api/doctors/${doctor.userId}`)).status).toBe(404);
    for (const { appointmentId } of [paid, held])
      expect((await entities().appointment.get({ appointmentId }).go()).data?.status).toBe('CANCELLED');
    await expect
      .poll(
        async () => (await entities().payment.get({ appointmentId: paid.appointmentId }).go()).data?.status,
      )
      .toBe('REFUNDED');

    // The doctor is listed under Disabled, with nothing to decide until enabled again.
    await page.getByTestId('tab-disabled').click();
    const disabled = await doctorRow(page, doctor.userId);
    await expect.poll(() => disabled.getByTestId('verify-doctor').count()).toBe(0);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

/** The audit rows on screen, as "action actorId". */
const auditRows = (page: Page) =>
  page
    .getByTestId('audit-row')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-action')} ${e.getAttribute('data-actor-id')}`),
    );

describe('featuring and editing people', () => {
  it('finds a doctor by name, features them on the home page, and edits a field the audit log then shows', async () => {
    const surname = uniqueWord('Qureshi');
    const doctor = await verifiedDoctor({ firstName: 'Zoya', lastName: surname });
    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await openAdmin(page);
    try {
      // Find: the surname's first letters, the doctor's row, the drawer.
      await goTo(page, 'users');
      await page.getByTestId('user-search-input').fill(surname.slice(0, 7).toLowerCase());
      await page.getByTestId('user-search-submit').click();
      const row = page.locator(`[data-testid="user-row"][data-user-id="${doctor.userId}"]`);
      await row.waitFor();
      expect(decodeURIComponent(page.url())).toContain(`#/users?q=${surname.slice(0, 7).toLowerCase()}`);
      await row.getByTestId('user-details').click();
      const drawer = page.getByTestId('user-drawer');

      // Feature, after confirming; the home page shows the doctor.
      await drawer.getByTestId('feature-doctor').click();
      await page.getByTestId('feature-doctor-dialog-confirm').click();
      await drawer.getByTestId('unfeature-doctor').waitFor();
      await expect.poll(() => drawer.getByTestId('featured-badge').count()).toBeGreaterThan(0);
      const home = await context.newPage();
      await home.goto('/');
      const featured = home.getByTestId('featured-doctors-list');
      await expect.poll(() => featured.textContent()).toContain(`Zoya ${surname}`);
      await home.close();

      // Edit one field; the audit log shows the change, old → new.
      await drawer.getByTestId('edit-profile').click();
      await drawer.getByTestId('edit-hospital').fill('Apollo Clinic, Indiranagar');
      expect((await axeViolations(page)).map((v) => `profile editor ${v}`)).toEqual([]);
      await drawer.getByTestId('profile-save').click();
      await expect.poll(() => page.getByTestId('toast').last().textContent()).toContain('Saved 1 change');
      await page.keyboard.press('Escape');
      await goTo(page, 'audit');
      await page.getByTestId('audit-subject').fill(doctor.userId);
      await page.getByTestId('audit-action').selectOption('admin.user.update');
      await page.getByTestId('audit-search').click();
      const event = page.locator('[data-testid="audit-row"][data-action="admin.user.update"]');
      await event.waitFor();
      await expect.poll(() => event.textContent()).toContain('Edited a user’s profile');
      await expect
        .poll(() => event.getByTestId('audit-detail').textContent())
        .toContain('hospital: ∅ → "Apollo Clinic, Indiranagar"');
      expect(errors.problems()).toEqual([]);
    } finally {
      // The home page's featured doctors are the seeded ones for the files that follow (home.test.ts).
      await entities()
        .user.patch({ userId: doctor.userId })
        .set({ featured: false })
        .remove(['featuredAt'])
        .go();
      await context.close();
    }
  });
});

describe('audit log', () => {
  it('shows the latest events on open, filters, pages and exports them, and says when nothing matches or loading failed', async () => {
    const booked = await confirmedAppointment(240, { doctor: 'Kavya', patient: 'Ravi' });
    const id = booked.appointmentId;
    expect((await booked.patient.client.get(`/api/appointments/${id}/messages`)).status).toBe(200);
    expect((await booked.doctor.client.get(`/api/appointments/${id}`)).status).toBe(200);
    const { context, page, errors } = await openContext(browser);
    await enforceProductionCsp(context);
    await openAdmin(page);

    // On open, with no id given: the latest events, the doctor's read among them, in the viewer's zone.
    await goTo(page, 'audit');
    const doctorRead = await findRow(
      page,
      page.locator(
        `[data-testid="audit-row"][data-action="appointment.read"][data-actor-id="${booked.doctor.userId}"]`,
      ),
    );
    await expect.poll(() => doctorRead.textContent()).toContain('Read an appointment');
    await expect.poll(() => doctorRead.textContent()).toContain('Kavya Menon');
    await expect
      .poll(() => doctorRead.getByTestId('audit-time').textContent())
      .toMatch(/\b20\d\d\b.*(IST|GMT\+5:30)/);
    await expect
      .poll(() => page.getByTestId('view-title').locator('..').textContent())
      .toContain('Asia/Kolkata');

    // Filters: this appointment's record, one action; the address keeps them.
    await page.getByTestId('audit-subject').fill(id);
    await page.getByTestId('audit-action').selectOption('chat.history.read');
    await page.getByTestId('audit-search').click();
    await expect.poll(() => auditRows(page)).toEqual([`chat.history.read ${booked.patient.userId}`]);
    expect(decodeURIComponent(page.url())).toContain(`#/audit?subjectId=${id}&action=chat.history.read`);
    await screenshot(page, 'admin-audit-filtered-desktop');

    // Export CSV: the link carries the same filters, and the file holds those events.
    const href = `/api/admin/audit.csv?subjectId=${id}&action=chat.history.read`;
    await expect.poll(() => page.getByTestId('audit-export').getAttribute('href')).toBe(href);
    const file = await context.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="chikitsa360-audit-/);
    const lines = (await file.text()).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"chat.history.read","${booked.patient.userId}","patient","Ravi Das"`);

    // A day with nothing recorded yet: the empty state says so.
    const later = new Date(Date.now() + 3 * 86_400_000).toLocaleDateString('en-CA', {
      timeZone: 'Asia/Kolkata',
    });
    await page.getByTestId('audit-from').fill(later);
    await page.getByTestId('audit-search').click();
    await page.getByTestId('audit-empty').waitFor();
    await expect
      .poll(() => page.getByTestId('audit-empty').textContent())
      .toContain('No events match these filters');

    // An id that is not one is refused before asking.
    await page.getByTestId('audit-actor').fill('not-an-id');
    await page.getByTestId('audit-search').click();
    await expect.poll(() => page.locator('[data-error-for="actorId"]').isVisible()).toBe(true);

    // Clear: the latest events again, no filters in the address.
    await page.getByTestId('audit-clear').click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/#\/audit$/);

    // Pages of one event (the API's cursor): "Load more" brings the next, never a repeat.
    await page.route('**/api/admin/audit?*', (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '1');
      return route.continue({ url: url.href });
    });
    await page.goto(`/admin/#/audit?subjectId=${id}`);
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(1);
    await page.getByTestId('load-more').click();
    await expect
      .poll(() => auditRows(page))
      .toEqual(
        expect.arrayContaining([
          `chat.history.read ${booked.patient.userId}`,
          `appointment.read ${booked.doctor.userId}`,
        ]),
      );
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(2);
    await page.unroute('**/api/admin/audit?*');

    // The connection drops: the list says so, and Retry brings the events back.
    await page.route('**/api/admin/audit?*', (route) => route.abort('internetdisconnected'));
    await goTo(page, 'dashboard');
    await goTo(page, 'audit');
    const error = page.getByTestId('audit-list').getByTestId('error-state');
    await error.waitFor();
    await page.unroute('**/api/admin/audit?*');
    await error.getByTestId('retry').click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThan(0);
    expect(errors.problems().every((p) => p.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
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
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('load-more').click();
    await rows.nth(1).waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    const firstTwo = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-user-id')));
    expect(new Set(firstTwo).size).toBe(2);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('load-more');
    await expect
      .poll(() => page.getByTestId('users-list').locator('[role="status"]').textContent())
      .toBe('Loaded 1 account; 2 shown.');

    // The connection drops: the list says so, and Retry brings it back.
    await page.route('**/api/admin/payments?*', (route) => route.abort('internetdisconnected'));
    await goTo(page, 'payments');
    const error = page.getByTestId('payments-list').getByTestId('error-state');
    await error.waitFor();
    await expect.poll(() => error.textContent()).toContain('Check your internet connection');
    await screenshot(page, 'admin-list-error-desktop');
    await page.unroute('**/api/admin/payments?*');
    await error.getByTestId('retry').click();
    await page.waitForFunction(() => {
      const state = document.querySelector('[data-testid="payments-list"]')?.getAttribute('data-state');
      return state === 'ready' || state === 'empty';
    });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
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
      // The cancellation test above made one, so the list is never empty here.
      await page.getByTestId('appointment-details').first().click();
      await page.getByTestId('drawer-appointment-title').waitFor();
      await screenshot(page, `admin-appointment-drawer-${name}`);
      await check('appointment drawer');
      await page.keyboard.press('Escape');

      await goTo(page, 'content');
      await settled(page);
      await page.getByTestId('edit-service').first().click();
      await page.getByTestId('service-dialog').waitFor();
      await screenshot(page, `admin-service-dialog-${name}`);
      await check('service dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('tab-tips').click();
      await settled(page);
      await openNewTipEditor(page);
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
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Doctors');
    await expect.poll(() => page.getByTestId('nav-doctors').getAttribute('aria-current')).toBe('page');
    await settled(page);

    // The tabs take arrow keys; the verified list shows, and Home brings the queue back.
    await tabUntil(page, (el) => el.testid === 'tab-pending');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('tab-verified').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('tab-pending').getAttribute('aria-selected')).toBe('true');
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
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('verify-dialog-cancel');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('verify-dialog-confirm');
    await page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached' });
    // Focus stays in the list (the next doctor's first button, or the title when the list is empty).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

    // Escape closes a drawer and gives focus back to the button that opened it.
    await goTo(page, 'users');
    await settled(page);
    await page.getByTestId('user-details').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('drawer-name').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('drawer-close');
    await page.keyboard.press('Escape');
    await page.getByTestId('user-drawer').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('user-details');

    const api = await signInAdminApi();
    const me = await api.get(`/api/admin/users/${doctor.userId}`);
    expect(me.body.user.doctorProfile.verificationStatus).toBe('verified');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});
