/**
 * DPDP in real Chromium against the twin (issue 18, "Done means" 6): a patient with a prescribed,
 * completed consultation opens "Your data" from their account, reads what the export holds and what
 * deletion keeps (also in Hindi), downloads the ZIP, then deletes the account, signed with the
 * password after a wrong one is refused. The doctor still sees the prescription, under a pseudonym;
 * the patient cannot sign in again, and their profile is gone from the table. Screens are checked
 * with axe.
 */

import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { entities } from '../../functions/core/db/index.ts';
import { pseudonymOf } from '../../functions/privacy/retention.ts';
import { ApiClient } from '../helpers/api.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { shootAndCheck, signInAt, squash } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import {
  childFeverDraft,
  prescribingDoctor,
  registerAndSignIn,
  TEST_PASSWORD,
  uniqueWord,
  verifiedDoctor,
} from '../helpers/users.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());

describe('DPDP: export, then erasure', () => {
  it('the patient downloads their data and deletes the account; the doctor keeps a pseudonymised prescription', async () => {
    const a11y: string[] = [];
    const lastName = `Verma${uniqueWord()}`;
    const patient = await registerAndSignIn('patient', { firstName: 'Anita', lastName });
    const doctor = await verifiedDoctor({ firstName: 'Farah', lastName: `Khan${uniqueWord()}` });
    await prescribingDoctor(doctor);
    const booked = await confirmedAppointment(5, {}, { doctor, patient });
    const rxPath = `/api/appointments/${booked.appointmentId}/prescriptions`;
    expect((await doctor.client.put(`${rxPath}/draft`, childFeverDraft)).status).toBe(200);
    const issued = await doctor.client.post(`${rxPath}/issue`, { password: doctor.password });
    expect(issued.status, issued.text).toBe(200);
    const { data: item } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
    await updateByDoctor(item!, { status: 'COMPLETED' }, new Date(Date.parse(booked.startAt) + 60_000));

    const p = await openContext(browser);
    const page = p.page;
    await signInAt(page, patient, '/account/');
    await byTestId(page, 'privacy-link').click();
    await page.waitForURL(/\/account\/privacy\/$/);
    await byTestId(page, 'export-card').waitFor();
    await expect.poll(() => text(page, 'delete-kept')).toContain('Patient 7F3A');
    await expect.poll(() => text(page, 'delete-gone')).toContain('You will not be able to sign in again');
    a11y.push(...(await shootAndCheck(page, 'dpdp-privacy-desktop')));

    // The export: one ZIP with data.json and the prescription's PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'export-button').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^chikitsa360-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(files)).toContain(`prescriptions/${issued.body.prescription.number}.pdf`);
    const data = JSON.parse(strFromU8(files['data.json']!));
    expect(data.profile.lastName).toBe(lastName);
    expect(data.appointments[0].appointment.id).toBe(booked.appointmentId);
    await byTestId(page, 'export-done').waitFor();

    // The same page in Hindi.
    await page.goto('/hi/account/privacy/');
    await byTestId(page, 'delete-card').waitFor();
    await expect.poll(async () => squash(await page.locator('h1').textContent())).toBe('आपका डेटा');
    await expect.poll(() => text(page, 'delete-kept')).toContain('3 साल');
    a11y.push(...(await shootAndCheck(page, 'dpdp-privacy-hindi')));
    await page.goto('/account/privacy/');

    // Deleting asks for the password; a wrong one deletes nothing.
    await byTestId(page, 'erase-open').click();
    const dialog = byTestId(page, 'erase-dialog');
    await expect.poll(async () => squash(await dialog.textContent())).toContain('This cannot be undone');
    await byTestId(page, 'erase-confirm').click();
    await page.locator('[data-error-for="password"]:not([hidden])').waitFor();
    await byTestId(page, 'erase-password').fill('Not-my-password-1!');
    await byTestId(page, 'erase-confirm').click();
    await expect
      .poll(() => text(page, 'erase-error'))
      .toBe('That password or code is not right, so nothing was deleted.');
    a11y.push(...(await shootAndCheck(page, 'dpdp-erase-dialog')));
    await byTestId(page, 'erase-password').fill(TEST_PASSWORD);
    await byTestId(page, 'erase-confirm').click();
    await byTestId(page, 'erased').waitFor();
    await expect.poll(() => text(page, 'erased')).toContain('Your account is deleted');
    a11y.push(...(await shootAndCheck(page, 'dpdp-erased')));

    // Their sign-in and personal data are gone.
    const login = await new ApiClient().post('/api/auth/login', {
      email: patient.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(401);
    await expect
      .poll(async () => (await entities().user.get({ userId: patient.userId }).go()).data)
      .toBeNull();

    // The doctor still sees the visit and the prescription, under the pseudonym.
    const pseudonym = pseudonymOf(patient.userId);
    const d = await openContext(browser);
    await signInAt(d.page, doctor, `/appointments/view/?id=${booked.appointmentId}`);
    await expect.poll(() => text(d.page, 'treated-name')).toBe(pseudonym);
    const rx = byTestId(d.page, 'rx-document').first();
    await rx.waitFor();
    await expect.poll(async () => squash(await rx.textContent())).toContain(pseudonym);
    await expect.poll(async () => squash(await rx.textContent())).toContain(issued.body.prescription.number);
    await expect.poll(async () => squash(await d.page.locator('main').textContent())).not.toContain(lastName);
    a11y.push(...(await shootAndCheck(d.page, 'dpdp-doctor-pseudonymised')));

    expect(a11y).toEqual([]);
    // The wrong password's refusal is the one failed request Chromium reports, as meant.
    expect(
      p.errors.problems().filter((e) => !/403 \(Forbidden\) \(http:\/\/[\d.:]+\/api\/me\/erase\)$/.test(e)),
    ).toEqual([]);
    // A visit that was not recorded has no transcript: the page asks, gets a 404 and says so.
    expect(
      d.errors
        .problems()
        .filter(
          (e) => !/404 \(Not Found\) \(http:\/\/[\d.:]+\/api\/appointments\/[\w-]+\/transcription\)$/.test(e),
        ),
    ).toEqual([]);
    await p.context.close();
    await d.context.close();
  });
});
