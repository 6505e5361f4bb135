/**
 * A consultation for a family member, in real Chromium against the twin (issue 17, "Done means" 1
 * and 2): a patient whose profile has no date of birth or sex adds their child on the family page
 * (and removes another member after confirming), books for the child with the teleconsultation tick,
 * and pays; the doctor sees the child's name, age, sex and the reason in their day list and on the
 * appointment, and the prescription names the child. Booking for oneself asks for the missing date of
 * birth and sex inline and saves them to the profile. The family page, the booking form and the
 * doctor's view are also checked in Hindi. Screens are checked with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromToday } from '../helpers/appointments.ts';
import {
  type PublishedSlot,
  publishSlots,
  shootAndCheck,
  signInAt,
  squash,
} from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import {
  childFeverDraft,
  prescribingDoctor,
  registerAndSignIn,
  type TestUser,
  uniqueWord,
  verifiedDoctor,
} from '../helpers/users.ts';

let browser: Browser;
let doctor: TestUser;
let slots: PublishedSlot[];
const DAY = daysFromToday(2);
beforeAll(async () => {
  browser = await launchBrowser();
  doctor = await verifiedDoctor({ firstName: 'Meenakshi', lastName: `Rao${uniqueWord()}` });
  await prescribingDoctor(doctor);
  slots = await publishSlots(doctor, [DAY], '09:00', '11:00', 30);
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());

/** A date of birth that makes the child 7 (and not 8) at the consultation, whatever today is. */
const SEVEN_YEARS_AGO = (() => {
  const d = new Date(`${DAY}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 7);
  d.setUTCDate(d.getUTCDate() - 40);
  return d.toISOString().slice(0, 10);
})();
const CHILD = 'आरव मेहता';

async function addMember(
  page: Page,
  member: { name: string; dob: string; sex: string; relationship: string },
) {
  await byTestId(page, 'family-add').click();
  await byTestId(page, 'family-form').waitFor();
  await byTestId(page, 'member-name').fill(member.name);
  await byTestId(page, 'member-date-of-birth').fill(member.dob);
  await byTestId(page, 'member-sex').selectOption(member.sex);
  await byTestId(page, 'member-relationship').selectOption(member.relationship);
  await byTestId(page, 'member-save').click();
  await byTestId(page, 'family-notice').waitFor();
}

describe('booking for a family member', () => {
  it('adds the child, books for them with the consent tick and pays; the doctor sees their age and sex; the prescription names them', async () => {
    const a11y: string[] = [];
    const parent = await registerAndSignIn('patient', {
      firstName: 'Sunita',
      lastName: 'Mehta',
      details: null,
    });
    const p = await openContext(browser);
    await signInAt(p.page, parent, '/account/family/');
    const page = p.page;
    await byTestId(page, 'family-list').locator('text=No family members yet').waitFor();

    // A form without its required fields says so on each field.
    await byTestId(page, 'family-add').click();
    await byTestId(page, 'member-save').click();
    await page.locator('[data-error-for="name"]:not([hidden])').waitFor();
    await byTestId(page, 'member-cancel').click();

    await addMember(page, { name: CHILD, dob: SEVEN_YEARS_AGO, sex: 'male', relationship: 'child' });
    await addMember(page, { name: 'Kamla Devi', dob: '1950-03-02', sex: 'female', relationship: 'parent' });
    const members = byTestId(page, 'family-member');
    await expect.poll(() => members.count()).toBe(2);
    await expect
      .poll(async () => (await byTestId(page, 'member-facts').allTextContents()).map(squash))
      .toEqual(['Child · 7 years · Male', expect.stringMatching(/^Parent · 7\d years · Female$/)]);
    a11y.push(...(await shootAndCheck(page, 'family-desktop')));

    // Removing asks first; the dialog says past appointments stay.
    await members.nth(1).getByTestId('member-remove').click();
    const dialog = byTestId(page, 'remove-member-dialog');
    await expect.poll(async () => squash(await dialog.textContent())).toContain('Remove Kamla Devi?');
    await expect
      .poll(async () => squash(await dialog.textContent()))
      .toContain('past appointments and prescriptions stay');
    a11y.push(...(await shootAndCheck(page, 'family-remove-dialog-desktop')));
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => members.count()).toBe(1);
    await expect.poll(() => text(page, 'family-notice')).toBe('Kamla Devi was removed.');

    // The doctor's page: choose a time, the child, tick the statement, say why, book.
    await page.goto(`/doctors/view/?id=${doctor.userId}&date=${DAY}`);
    await byTestId(page, 'day-tabs').waitFor();
    await page.locator(`[data-testid="slot"][data-slot-id="${slots[0]!.id}"]`).click();
    await byTestId(page, 'book-form').waitFor();
    const options = byTestId(page, 'book-for-option');
    await expect.poll(() => options.count()).toBe(2);
    // For herself she would have to give her date of birth and sex (her profile has neither).
    await byTestId(page, 'book-self-details').waitFor();
    await options.filter({ hasText: CHILD }).locator('input').check();
    await expect.poll(() => byTestId(page, 'book-self-details').count()).toBe(0);
    await byTestId(page, 'reason').fill('Fever and cough for three days');
    await byTestId(page, 'book-consent').locator('input').check();
    a11y.push(...(await shootAndCheck(page, 'book-for-child-desktop')));
    await Promise.all([
      page.waitForURL(/\/appointments\/view\/\?id=/),
      byTestId(page, 'book-submit').click(),
    ]);
    const appointmentId = new URL(page.url()).searchParams.get('id')!;
    await byTestId(page, 'appointment-details').waitFor();
    await expect.poll(() => text(page, 'treated-name')).toBe(CHILD);
    await expect.poll(() => text(page, 'treated-facts')).toBe('7 years · Male');
    await expect.poll(() => text(page, 'treated-booked-by')).toBe('Your family member (Child)');
    await expect
      .poll(() => text(page, 'detail-consent'))
      .toContain('by accepting the teleconsultation terms');

    // She pays, on the gateway's page; the receipt is billed to her, for the child.
    await Promise.all([page.waitForURL(/\/appointments\/pay\/\?id=/), byTestId(page, 'pay-button').click()]);
    await byTestId(page, 'pay-now').waitFor();
    await Promise.all([page.waitForURL(/\/checkout\?order_id=order_/), byTestId(page, 'pay-now').click()]);
    await Promise.all([
      page.waitForURL(/\/appointments\/pay\/\?id=.*razorpay_payment_id=/),
      byTestId(page, 'sim-pay').click(),
    ]);
    await byTestId(page, 'payment-success').waitFor();
    await page.goto(`/receipts/view/?id=${appointmentId}`);
    await expect.poll(() => text(page, 'receipt-patient')).toBe('Sunita Mehta');
    await expect.poll(() => text(page, 'receipt-treated')).toBe(`For ${CHILD}`);

    // The doctor: the day's list and the appointment name the child, with age, sex and the reason.
    const d = await openContext(browser);
    await signInAt(d.page, doctor, '/appointments/');
    const row = d.page.locator(`[data-testid="appointment-item"][data-appointment-id="${appointmentId}"]`);
    await row.waitFor();
    await expect
      .poll(async () => squash(await row.getByTestId('appointment-party').textContent()))
      .toBe(CHILD);
    await expect
      .poll(async () => squash(await row.getByTestId('appointment-treated').textContent()))
      .toBe('7 years · Male');
    await expect
      .poll(async () => squash(await row.textContent()))
      .toContain('Fever and cough for three days');
    await d.page.goto(`/appointments/view/?id=${appointmentId}`);
    await byTestId(d.page, 'rx-editor').waitFor();
    await expect.poll(() => text(d.page, 'treated-name')).toBe(CHILD);
    await expect.poll(() => text(d.page, 'treated-facts')).toBe('7 years · Male');
    await expect.poll(() => text(d.page, 'treated-booked-by')).toBe('Booked by Sunita Mehta (Child)');
    await expect.poll(() => text(d.page, 'detail-reason')).toBe('Fever and cough for three days');
    a11y.push(...(await shootAndCheck(d.page, 'doctor-sees-child-desktop')));

    // The prescription names the child (issued through the API: the editor has its own browser test).
    const rxPath = `/api/appointments/${appointmentId}/prescriptions`;
    const drafted = await doctor.client.put(`${rxPath}/draft`, {
      ...childFeverDraft,
      followUpDate: daysFromToday(9),
    });
    expect(drafted.status, drafted.text).toBe(200);
    const issued = await doctor.client.post(`${rxPath}/issue`, { password: doctor.password });
    expect(issued.status, issued.text).toBe(200);
    await page.goto(`/appointments/view/?id=${appointmentId}`);
    const rx = byTestId(page, 'rx-document').first();
    await rx.waitFor();
    await expect.poll(async () => squash(await rx.textContent())).toContain(CHILD);
    await expect.poll(async () => squash(await rx.textContent())).toContain('Age: 7 years · Sex: Male');

    expect(a11y).toEqual([]);
    // The simulated gateway's test page (on its own port) has no favicon, and Chromium asks for one.
    expect(p.errors.problems().filter((e) => !/:\d+\/favicon\.ico\)$/.test(e))).toEqual([]);
    expect(d.errors.problems()).toEqual([]);
    await p.context.close();
    await d.context.close();
  });

  it('booking for oneself asks for the missing date of birth and sex inline and saves them to the profile', async () => {
    const patient = await registerAndSignIn('patient', {
      firstName: 'Ravi',
      lastName: 'Kumar',
      details: null,
    });
    const p = await openContext(browser);
    await signInAt(p.page, patient, `/doctors/view/?id=${doctor.userId}&date=${DAY}`);
    const page = p.page;
    await byTestId(page, 'day-tabs').waitFor();
    await page.locator(`[data-testid="slot"][data-slot-id="${slots[1]!.id}"]`).click();
    await byTestId(page, 'book-self-details').waitFor();
    await byTestId(page, 'reason').fill('Back pain for a month');
    // Without them the form says what is missing, on each field, and sends nothing.
    await byTestId(page, 'book-submit').click();
    await page.locator('[data-error-for="dateOfBirth"]:not([hidden])').waitFor();
    await page.locator('[data-error-for="sex"]:not([hidden])').waitFor();
    await byTestId(page, 'book-date-of-birth').fill('1984-11-30');
    await byTestId(page, 'book-sex').selectOption('male');
    await Promise.all([
      page.waitForURL(/\/appointments\/view\/\?id=/),
      byTestId(page, 'book-submit').click(),
    ]);
    await byTestId(page, 'appointment-details').waitFor();
    expect((await patient.client.get('/api/me')).body.user).toMatchObject({
      dateOfBirth: '1984-11-30',
      sex: 'male',
    });
    // Implied consent when the statement is not ticked (TPG 2020 §3.3).
    await expect.poll(() => text(page, 'detail-consent')).toContain('Given by booking this consultation');
    expect(p.errors.problems()).toEqual([]);
    await p.context.close();
  });

  it('in Hindi: the family page, the booking form and the doctor’s view', async () => {
    const a11y: string[] = [];
    const parent = await registerAndSignIn('patient', { firstName: 'सीमा', lastName: 'वर्मा' });
    const { body } = await parent.client.post('/api/me/dependants', {
      name: 'अनन्या वर्मा',
      dateOfBirth: SEVEN_YEARS_AGO,
      sex: 'female',
      relationship: 'child',
    });
    const p = await openContext(browser, { locale: 'hi-IN' });
    await signInAt(p.page, parent, '/hi/account/family/');
    const page = p.page;
    await byTestId(page, 'family-member').waitFor();
    await expect.poll(() => text(page, 'member-facts')).toBe('बच्चा/बच्ची · 7 साल · महिला');
    a11y.push(...(await shootAndCheck(page, 'family-hi-desktop')));

    await page.goto(`/hi/doctors/view/?id=${doctor.userId}&date=${DAY}`);
    await byTestId(page, 'day-tabs').waitFor();
    await page.locator(`[data-testid="slot"][data-slot-id="${slots[2]!.id}"]`).click();
    await byTestId(page, 'book-form').waitFor();
    await byTestId(page, 'book-for-option').filter({ hasText: 'अनन्या वर्मा' }).locator('input').check();
    await byTestId(page, 'reason').fill('बुखार और खाँसी');
    await byTestId(page, 'book-consent').locator('input').check();
    await expect.poll(() => text(page, 'book-consent')).toContain('मैं ऑनलाइन कंसल्टेशन');
    a11y.push(...(await shootAndCheck(page, 'book-for-child-hi-desktop')));
    await Promise.all([
      page.waitForURL(/\/hi\/appointments\/view\/\?id=/),
      byTestId(page, 'book-submit').click(),
    ]);
    const appointmentId = new URL(page.url()).searchParams.get('id')!;
    expect(body.dependant.id).toMatch(/^[0-9A-Z]{26}$/);

    const d = await openContext(browser, { locale: 'hi-IN' });
    await signInAt(d.page, doctor, `/hi/appointments/view/?id=${appointmentId}`);
    await byTestId(d.page, 'appointment-details').waitFor();
    await expect.poll(() => text(d.page, 'treated-name')).toBe('अनन्या वर्मा');
    await expect.poll(() => text(d.page, 'treated-facts')).toBe('7 साल · महिला');
    await expect.poll(() => text(d.page, 'treated-booked-by')).toBe('सीमा वर्मा ने बुक किया (रिश्ता: बच्चा/बच्ची)');
    a11y.push(...(await shootAndCheck(d.page, 'doctor-sees-child-hi-desktop')));
    expect(a11y).toEqual([]);
    expect(p.errors.problems()).toEqual([]);
    expect(d.errors.problems()).toEqual([]);
    await p.context.close();
    await d.context.close();
  });
});
