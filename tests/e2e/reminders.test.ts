/**
 * Reminders in real Chromium against the twin: the patient books and pays in the browser, keeps email
 * reminders and turns SMS off on the profile page; the twin's scheduler is moved to each reminder's
 * moment, the 24-hour and 15-minute reminders reach both parties' mailboxes, and the link in the
 * patient's email opens the confirmed appointment's page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderDueAt } from '../../functions/reminders/index.ts';
import { daysFromToday } from '../helpers/appointments.ts';
import { bookOnPage, publishSlots, signInAt, squash } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { fireRemindersOf, remindersScheduled } from '../helpers/reminders.ts';
import { latestEmailTo, registerAndSignIn, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

let browser: Browser;
const JOURNEY_TIMEOUT = 300_000;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);

describe('appointment reminders', () => {
  it(
    'books and pays, chooses channels on the profile, and gets the 24 h and 15 min reminders whose link opens the appointment',
    async () => {
      const day = daysFromToday(3);
      const doctor = await verifiedDoctor({ firstName: 'Farah', lastName: `Khan${uniqueWord()}` });
      const [slot] = await publishSlots(doctor, [day], '11:00', '11:30', 30);
      const patient = await registerAndSignIn('patient', { firstName: 'Gopal', lastName: 'Nair' });
      const { context, page } = await openContext(browser);

      // Book and pay on the simulated gateway.
      await signInAt(page, patient, `/doctors/view/?id=${doctor.userId}&date=${day}`);
      await byTestId(page, 'day-tabs').waitFor();
      const appointmentId = await bookOnPage(page, slot!.id, 'Persistent cough for two weeks');
      await Promise.all([
        page.waitForURL(/\/appointments\/pay\/\?id=/),
        byTestId(page, 'pay-button').click(),
      ]);
      await byTestId(page, 'pay-now').waitFor();
      await Promise.all([page.waitForURL(/\/checkout\?order_id=order_/), byTestId(page, 'pay-now').click()]);
      await Promise.all([
        page.waitForURL(/\/appointments\/pay\/\?id=.*razorpay_payment_id=/),
        byTestId(page, 'sim-pay').click(),
      ]);
      await byTestId(page, 'payment-success').waitFor();
      await remindersScheduled(appointmentId, slot!.startAt);

      // The profile page: both channels start on; SMS goes off.
      await page.goto('/account/edit/');
      await byTestId(page, 'reminder-channels').waitFor();
      await expect.poll(() => byTestId(page, 'remindByEmail').isChecked()).toBe(true);
      await expect.poll(() => byTestId(page, 'remindBySms').isChecked()).toBe(true);
      await byTestId(page, 'remindBySms').uncheck();
      await Promise.all([
        page.waitForURL(/\/account\/(\?saved=1)?$/),
        byTestId(page, 'profile-save').click(),
      ]);
      expect((await patient.client.get('/api/me')).body.user.reminders).toEqual({ email: true, sms: false });

      // The scheduler's clock at each reminder's moment: the worker runs, the mail is there.
      const dayBefore = await fireRemindersOf(appointmentId, reminderDueAt(slot!.startAt, '24h'));
      expect(dayBefore.map((f) => f.error)).toEqual([undefined]);
      const soon = await fireRemindersOf(appointmentId, reminderDueAt(slot!.startAt, '15m'));
      expect(soon.map((f) => f.error)).toEqual([undefined]);
      for (const address of [patient.email, doctor.email]) {
        expect((await latestEmailTo(address, 'Reminder: your appointment is tomorrow')).subject).toContain(
          'Reminder',
        );
      }
      await latestEmailTo(doctor.email, 'starts in 15 minutes');
      const email = await latestEmailTo(patient.email, 'starts in 15 minutes');

      // The link in the email opens the appointment page, confirmed.
      const link = /(http:\/\/127\.0\.0\.1:\d+\/appointments\/view\/\?id=[\w-]+)/.exec(
        email.body.text ?? '',
      )?.[1];
      expect(link).toContain(appointmentId);
      await page.goto(link!);
      await byTestId(page, 'appointment-details').waitFor();
      await expect.poll(() => byTestId(page, 'status-badge').getAttribute('data-status')).toBe('CONFIRMED');
      await expect
        .poll(async () => squash(await byTestId(page, 'appointment-details').textContent()))
        .toContain('Farah');
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
