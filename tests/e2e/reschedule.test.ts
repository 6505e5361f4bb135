/**
 * Done-means for issue 19 in real Chromium: a patient moves a PAID appointment to another time of the
 * same doctor on the appointment page (the policy shown, the doctor's free times in the picker), the
 * page shows the new time, and the mailbox holds the reschedule email whose .ics has the SAME UID as
 * the confirmation's and a HIGHER SEQUENCE. The calendar card offers the .ics and Google Calendar.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icsProperties } from '../../functions/core/ics.ts';
import type { StoredEmail } from '../../lib/local/ses.ts';
import { daysFromToday, holdSlot } from '../helpers/appointments.ts';
import { publishSlots, shootAndCheck, signInAt, squash } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { latestEmailTo, registerAndSignIn, uniqueWord, verifiedDoctor } from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());
const href = async (page: Page, id: string) => (await byTestId(page, id).getAttribute('href')) ?? '';

function inviteOf(email: StoredEmail) {
  const ics = (email.attachments ?? []).find((a) => a.filename === 'invite.ics');
  expect(ics, `an invite.ics on "${email.subject}"`).toBeDefined();
  return icsProperties(Buffer.from(ics?.content ?? '', 'base64').toString('utf8'));
}

describe('rescheduling in the browser', () => {
  it('moves a paid appointment to another free time; the page shows it and the mail updates the calendar event', async () => {
    const day = daysFromToday(4);
    const doctor = await verifiedDoctor({
      firstName: 'Anil',
      lastName: `Bose${uniqueWord()}`,
      feeRupees: 500,
    });
    const slots = await publishSlots(doctor, [day], '10:00', '11:30', 30);
    const patient = await registerAndSignIn('patient', { firstName: 'Sunita', lastName: 'Gill' });
    const booked = await holdSlot(patient, slots[0]!.id, 'Knee pain after a fall');
    await payAndVerify(patient, booked.id);
    const confirmationInvite = inviteOf(await latestEmailTo(patient.email, 'Confirmed'));

    const { context, page, errors } = await openContext(browser);
    await signInAt(page, patient, `/appointments/view/?id=${booked.id}`);
    await byTestId(page, 'reschedule-card').waitFor();
    await expect
      .poll(() => text(page, 'reschedule-policy'))
      .toBe(
        'You can move it to another free time with the same doctor until 4 hours before the start, at most 2 times. The payment stays as it is.',
      );
    await expect.poll(() => text(page, 'reschedule-until')).toMatch(/Moved 0 of 2 times so far\.$/);
    await expect.poll(() => text(page, 'payment-status')).toMatch(/Paid/);

    // The calendar card: this appointment's .ics, and Google Calendar's form with the UTC times.
    const ics = `/api/appointments/${booked.id}/calendar.ics`;
    await expect.poll(() => href(page, 'calendar-ics-link')).toBe(ics);
    const google = new URL(
      await until(() => href(page, 'calendar-google-link'), { what: 'the Google link' }),
    );
    expect(google.host).toBe('calendar.google.com');
    expect(google.searchParams.get('dates')).toBe(
      `${slots[0]!.startAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}/${slots[0]!.endAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`,
    );
    const download = await page.request.get(ics);
    expect(download.status()).toBe(200);
    expect(icsProperties(await download.text()).get('UID')).toBe(confirmationInvite.get('UID'));

    // The picker: the doctor's free times; the booked one is not among them.
    await byTestId(page, 'reschedule-button').click();
    const dialog = byTestId(page, 'reschedule-dialog');
    await dialog.getByTestId('day-tabs').waitFor();
    await expect.poll(() => dialog.locator(`[data-slot-id="${slots[0]!.id}"]`).count()).toBe(0);
    const a11y = await shootAndCheck(page, 'reschedule-dialog');
    await dialog.locator(`[data-testid="slot"][data-slot-id="${slots[2]!.id}"]`).click();
    await expect.poll(() => text(page, 'reschedule-new')).toMatch(/^New time: .*11:00/);
    await byTestId(page, 'reschedule-confirm').click();

    // The page shows the new time, and that it was moved once.
    await byTestId(page, 'rescheduled-notice').waitFor();
    await expect.poll(() => text(page, 'rescheduled-notice')).toContain('Appointment moved');
    await expect.poll(() => text(page, 'appointment-when')).toMatch(/11:00/);
    await expect.poll(() => text(page, 'reschedule-until')).toMatch(/Moved 1 of 2 times so far\.$/);
    await expect.poll(() => text(page, 'payment-status')).toMatch(/Paid/);

    // The mail: same UID, higher SEQUENCE, the new start.
    const mail = await latestEmailTo(patient.email, 'Appointment moved');
    const moved = inviteOf(mail);
    expect(moved.get('UID')).toBe(confirmationInvite.get('UID'));
    expect(Number(moved.get('SEQUENCE'))).toBeGreaterThan(Number(confirmationInvite.get('SEQUENCE')));
    expect(moved.get('DTSTART')).toBe(slots[2]!.startAt.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
    expect(inviteOf(await latestEmailTo(doctor.email, 'Appointment moved')).get('UID')).toBe(
      confirmationInvite.get('UID'),
    );

    expect(a11y).toEqual([]);
    expect(errors.problems()).toEqual([]);
    await context.close();
  }, 240_000);
});
