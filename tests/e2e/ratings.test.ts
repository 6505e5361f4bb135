/**
 * Ratings in real Chromium against the twin (issue 19): the patient of a completed visit rates it on the
 * appointment page with the keyboard (the stars are a radio group), and the doctor's card in the search
 * results then shows the average and the count. The rated page is checked with axe.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { entities } from '../../functions/core/db/index.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { shootAndCheck, signInAt, squash } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { registerAndSignIn, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('rating a visit', () => {
  it('a patient rates a completed visit with the keyboard, and the rating shows on the search results', async () => {
    const surname = `Rated${uniqueWord()}`;
    const doctor = await verifiedDoctor({ firstName: 'Kavya', lastName: surname });
    const patient = await registerAndSignIn('patient', { firstName: 'Ravi', lastName: 'Iyer' });
    const visit = await confirmedAppointment(60, {}, { doctor, patient });
    const { data } = await entities().appointment.get({ appointmentId: visit.appointmentId }).go();
    await updateByDoctor(data!, { status: 'COMPLETED' }, new Date(Date.parse(visit.startAt) + 60_000));

    const { page, errors, context } = await openContext(browser);
    try {
      await signInAt(page, patient, `/appointments/view/?id=${visit.appointmentId}`);
      const card = page.getByTestId('rate-visit');
      await card.waitFor();
      await expect.poll(() => card.getByRole('heading', { name: 'Rate your visit' }).isVisible()).toBe(true);
      // Keyboard only: Tab into the group lands on a star; arrows move the choice.
      await page.getByTestId('stars-1').focus();
      await page.keyboard.press('Space');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('stars-4').isChecked()).toBe(true);
      await expect
        .poll(async () => squash(await page.getByTestId('stars-word').textContent()))
        .toBe('Very good');
      await page.getByTestId('rate-comment').fill('Listened patiently and explained the tests.');
      await page.getByTestId('rate-submit').click();
      await page.getByTestId('rate-saved').waitFor();
      await expect
        .poll(async () => squash(await page.getByTestId('rate-edit-until').textContent()))
        .toContain('Your comment is waiting for review.');
      const violations = await shootAndCheck(page, 'rating-saved');
      expect(violations).toEqual([]);

      await page.goto(`/doctors/?q=${encodeURIComponent(surname)}`);
      const result = page.locator(`[data-testid="doctor-card"][data-doctor-id="${doctor.userId}"]`);
      await result.waitFor();
      await expect
        .poll(async () => squash(await result.getByTestId('rating-average').textContent()))
        .toBe('4.0 out of 5');
      await expect
        .poll(async () => squash(await result.getByTestId('rating-count').textContent()))
        .toBe('1 rating');
      // The visit was never recorded: its transcript answers 404 ("none"), as on any such visit.
      expect(errors.problems({ allowApiStatuses: [404] })).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
