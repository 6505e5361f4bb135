/**
 * Finding a doctor, publishing availability and booking, in real Chromium against the twin: a new
 * doctor publishes a week of slots on the availability page; patients find them by part of the name
 * and by date, book with a reason (mouse and keyboard alone), see the hold count down, cancel, and
 * the slot is free again; a patient abroad sees the times in their own zone; the appointment page's
 * doctor controls, transcript and feedback.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { daysFromToday } from '../helpers/appointments.ts';
import {
  bookOnPage,
  openDoctorPage,
  type PublishedSlot,
  publishSlots,
  shootAndCheck,
  signInAt,
  squash,
  startedMinutesAgo,
} from '../helpers/booking-browser.ts';
import { launchBrowser, MOBILE, openContext, screenshot } from '../helpers/browser.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { registerAndSignIn, type TestUser, uniqueWord, verifiedDoctor } from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

let browser: Browser;
/** The long journeys drive several browsers through many pages; on a busy 2-core machine they need more than the default. */
const JOURNEY_TIMEOUT = 300_000;
/** A doctor with API-published slots, for the tests that do not publish through the page. */
let doctor: TestUser;
let doctorSurname: string;
let slots: PublishedSlot[];
const SLOT_DAY = daysFromToday(2);

beforeAll(async () => {
  browser = await launchBrowser();
  doctorSurname = `Vel${uniqueWord()}`;
  doctor = await verifiedDoctor({ firstName: 'Kabir', lastName: doctorSurname, feeRupees: 800 });
  slots = await publishSlots(doctor, [SLOT_DAY, daysFromToday(3)], '10:00', '12:00', 30);
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());
const slotButton = (page: Page, id: string) => page.locator(`[data-testid="slot"][data-slot-id="${id}"]`);

describe('publishing, finding and booking', () => {
  it(
    'a new doctor publishes a week of 30-minute slots; patients find, book, cancel and rebook',
    async () => {
      const a11y: string[] = [];
      const surname = `Zor${uniqueWord()}`;
      const newDoctor = await verifiedDoctor({ firstName: 'Anaya', lastName: surname, feeRupees: 650 });

      // The doctor publishes the next 7 days, 09:00–11:00, in 30-minute slots.
      const d = await openContext(browser);
      await signInAt(d.page, newDoctor, '/doctor/availability/');
      await byTestId(d.page, 'schedule-days').waitFor();
      await expect.poll(() => text(d.page, 'availability-zone')).toContain('Asia/Kolkata');
      a11y.push(...(await shootAndCheck(d.page, 'availability-empty-desktop')));
      await byTestId(d.page, 'quick-week').click();
      await byTestId(d.page, 'start-time').fill('09:00');
      await byTestId(d.page, 'end-time').fill('11:00');
      await byTestId(d.page, 'duration').selectOption('30');
      await expect
        .poll(() => text(d.page, 'slot-preview'))
        .toContain('28 slots in all: 4 a day of 30 minutes, 09:00–11:00, on 7 days');
      await expect.poll(() => text(d.page, 'publish-submit')).toBe('Publish 28 slots');
      await byTestId(d.page, 'publish-submit').click();
      await byTestId(d.page, 'publish-success').waitFor();
      await expect.poll(() => text(d.page, 'publish-success')).toContain('Published 28 slots on 7 days');
      await expect
        .poll(() => d.page.locator('[data-testid="schedule-slot"][data-status="free"]').count())
        .toBe(28);
      await expect.poll(() => text(d.page, 'schedule-summary')).toContain('28 free · 0 held · 0 booked');
      a11y.push(...(await shootAndCheck(d.page, 'availability-published-desktop')));

      // The same hours again: nothing new, and the page names what it left out, in the doctor's time.
      await byTestId(d.page, 'quick-week').click();
      await byTestId(d.page, 'publish-submit').click();
      await expect.poll(() => text(d.page, 'publish-success')).toContain('No new slots');
      await expect.poll(() => text(d.page, 'skipped-report')).toContain('Left out 28 slots that overlap');
      await expect.poll(() => text(d.page, 'skipped-slot')).toMatch(/9:00 am – 9:30 am IST/i);
      // Nothing chosen: the days field says so, and takes focus.
      await byTestId(d.page, 'quick-clear').click();
      await byTestId(d.page, 'publish-submit').click();
      await d.page.locator('#dates-error').waitFor();
      await expect
        .poll(async () => squash(await d.page.locator('#dates-error').textContent()))
        .toBe('Choose at least one day.');
      a11y.push(...(await shootAndCheck(d.page, 'availability-errors-desktop')));

      // A patient finds the doctor by part of the surname, then by the date too.
      const patient = await registerAndSignIn('patient', { firstName: 'Meera', lastName: 'Iyer' });
      const p = await openContext(browser);
      await signInAt(p.page, patient, '/doctors/');
      await byTestId(p.page, 'doctors-list').waitFor();
      a11y.push(...(await shootAndCheck(p.page, 'doctors-search-desktop')));
      const day = daysFromToday(3);
      await byTestId(p.page, 'search-q').fill(surname.slice(0, 6).toLowerCase());
      await byTestId(p.page, 'search-q').press('Enter');
      await p.page.waitForFunction(
        (name) =>
          document.querySelector('[data-testid="search-results"]')?.getAttribute('data-state') === 'ready' &&
          [...document.querySelectorAll('[data-testid="doctor-name"]')]
            .map((e) => e.textContent)
            .join('|') === name,
        `Dr. Anaya ${surname}`,
      );
      await byTestId(p.page, 'search-date').fill(day);
      await p.page.waitForURL((url) => url.searchParams.get('date') === day);
      await p.page.waitForFunction(
        () =>
          document.querySelector('[data-testid="search-results"]')?.getAttribute('data-state') === 'ready',
      );
      await expect.poll(() => p.page.getByTestId('doctor-card').count()).toBe(1);
      await expect.poll(() => text(p.page, 'doctor-name')).toBe(`Dr. Anaya ${surname}`);
      const url = new URL(p.page.url());
      expect(url.searchParams.get('q')).toBe(surname.slice(0, 6).toLowerCase());
      expect(url.searchParams.get('date')).toBe(day);
      a11y.push(...(await shootAndCheck(p.page, 'doctors-search-results-desktop')));

      // A day without slots: the empty state, with a way back.
      await byTestId(p.page, 'search-date').fill(daysFromToday(12));
      await byTestId(p.page, 'search-empty').waitFor();
      await expect.poll(() => text(p.page, 'search-empty')).toContain('No doctors match your search');
      a11y.push(...(await shootAndCheck(p.page, 'doctors-search-empty-desktop')));
      await p.page.goBack();
      await byTestId(p.page, 'doctor-card').waitFor();
      await expect.poll(() => byTestId(p.page, 'search-date').inputValue()).toBe(day);

      // The profile opens on that day; book its first time with a reason.
      await Promise.all([
        p.page.waitForURL(/\/doctors\/view\/\?id=/),
        byTestId(p.page, 'doctor-view-profile').click(),
      ]);
      await byTestId(p.page, 'day-tabs').waitFor();
      await expect.poll(() => text(p.page, 'doctor-profile-name')).toBe(`Dr. Anaya ${surname}`);
      await expect.poll(() => text(p.page, 'profile-fee')).toBe('₹650');
      await expect.poll(() => text(p.page, 'profile-fee-total')).toBe('₹767 in total, with GST and fees');
      await expect.poll(() => text(p.page, 'registration-number')).toBe('TEST/12345');
      const tab = p.page.locator(`[data-testid="day-tab"][data-day="${day}"]`);
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      const panel = p.page.locator(`[data-testid="day-panel"][data-day="${day}"]`);
      await expect
        .poll(async () => (await panel.locator('[data-testid="slot"]').allTextContents()).map(squash))
        .toEqual(['9:00 am', '9:30 am', '10:00 am', '10:30 am']);
      a11y.push(...(await shootAndCheck(p.page, 'doctor-profile-desktop')));
      const firstSlot = panel.locator('[data-testid="slot"]').first();
      const slotId = await until(() => firstSlot.getAttribute('data-slot-id'));
      await firstSlot.click();
      await expect.poll(() => p.page.evaluate(() => document.activeElement?.id)).toBe('reason');
      await expect.poll(() => text(p.page, 'selected-slot')).toContain('9:00 am – 9:30 am IST');
      await byTestId(p.page, 'reason').fill('Persistent dry cough for two weeks');
      await expect.poll(() => text(p.page, 'reason-count')).toBe('34 / 1,000');
      a11y.push(...(await shootAndCheck(p.page, 'doctor-profile-booking-desktop')));
      await Promise.all([
        p.page.waitForURL(/\/appointments\/view\/\?id=/),
        byTestId(p.page, 'book-submit').click(),
      ]);
      const appointmentId = new URL(p.page.url()).searchParams.get('id')!;

      // The appointment page: held, counting down, with the booked notice (and the URL cleaned).
      await byTestId(p.page, 'hold').waitFor();
      await byTestId(p.page, 'booked-notice').waitFor();
      expect(new URL(p.page.url()).searchParams.has('booked')).toBe(false);
      await expect.poll(() => byTestId(p.page, 'status-badge').getAttribute('data-status')).toBe('REQUESTED');
      const clock = byTestId(p.page, 'hold-clock');
      const first = await until(async () => {
        const shown = squash(await clock.textContent());
        return /^1[0-5]:\d\d$/.test(shown) && shown;
      });
      await p.page.waitForFunction((before) => {
        const now = document.querySelector('[data-testid="hold-clock"]')?.textContent;
        return now && now !== before;
      }, first);
      await expect.poll(() => text(p.page, 'detail-reason')).toBe('Persistent dry cough for two weeks');
      await expect.poll(() => text(p.page, 'payment-status')).toBe('Not paid yet');
      a11y.push(...(await shootAndCheck(p.page, 'appointment-requested-desktop')));

      // The doctor sees it under Upcoming, held, with the patient's name; and on the schedule.
      await d.page.goto('/appointments/');
      await byTestId(d.page, 'appointments-upcoming').waitFor();
      const row = d.page.locator(`[data-testid="appointment-item"][data-appointment-id="${appointmentId}"]`);
      await expect
        .poll(async () => squash(await row.locator('[data-testid="appointment-party"]').textContent()))
        .toBe('Meera Iyer');
      await expect.poll(() => row.getAttribute('data-status')).toBe('REQUESTED');
      a11y.push(...(await shootAndCheck(d.page, 'appointments-doctor-desktop')));
      await d.page.goto('/doctor/availability/');
      await byTestId(d.page, 'schedule-days').waitFor();
      const held = d.page.locator(`[data-testid="schedule-slot"][data-slot-id="${slotId}"]`);
      await expect.poll(() => held.getAttribute('data-status')).toBe('held');
      await expect
        .poll(() => held.locator('a').getAttribute('href'))
        .toBe(`/appointments/view/?id=${appointmentId}`);

      // The patient cancels; the dialog says nothing has been charged.
      await byTestId(p.page, 'cancel-button').click();
      await byTestId(p.page, 'cancel-dialog').waitFor();
      await expect.poll(() => text(p.page, 'cancel-explanation')).toContain('Nothing has been charged');
      // The safe choice has focus, so a stray Enter keeps the appointment.
      await expect
        .poll(() => p.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('cancel-dialog-cancel');
      a11y.push(...(await shootAndCheck(p.page, 'appointment-cancel-dialog-desktop')));
      await byTestId(p.page, 'cancel-dialog-text').fill('Feeling better');
      await byTestId(p.page, 'cancel-dialog-confirm').click();
      await byTestId(p.page, 'cancelled-notice').waitFor();
      await expect.poll(() => byTestId(p.page, 'status-badge').getAttribute('data-status')).toBe('CANCELLED');
      await expect.poll(() => text(p.page, 'detail-cancelled-by')).toBe('You');
      await expect.poll(() => byTestId(p.page, 'cancel-button').count()).toBe(0);
      a11y.push(...(await shootAndCheck(p.page, 'appointment-cancelled-desktop')));

      // The slot is free again: another patient books exactly that time.
      const second = await registerAndSignIn('patient', { firstName: 'Rohan', lastName: 'Gupta' });
      const p2 = await openContext(browser);
      await signInAt(p2.page, second, `/doctors/view/?id=${newDoctor.userId}&date=${day}`);
      await byTestId(p2.page, 'day-tabs').waitFor();
      const rebooked = await bookOnPage(p2.page, slotId, 'Annual check-up');
      expect(rebooked).not.toBe(appointmentId);
      await expect
        .poll(() => byTestId(p2.page, 'status-badge').getAttribute('data-status'))
        .toBe('REQUESTED');

      expect(a11y).toEqual([]);
      expect(d.errors.problems({ allowApiStatuses: [409] })).toEqual([]);
      expect(p.errors.problems()).toEqual([]);
      expect(p2.errors.problems()).toEqual([]);
      await Promise.all([d.context.close(), p.context.close(), p2.context.close()]);
    },
    JOURNEY_TIMEOUT,
  );

  it('books a slot with the keyboard alone', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Divya', lastName: 'Nair' });
    const { context, page, errors } = await openContext(browser);
    await signInAt(page, patient, `/doctors/view/?id=${doctor.userId}`);
    await byTestId(page, 'day-tabs').waitFor();

    // Tab from the top of the page to the day tabs (only the chosen tab is in the Tab order).
    await page.locator('body').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) break;
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    // Arrow keys move between days; go to the day of the slots, then into its times.
    const wanted = SLOT_DAY;
    for (let i = 0; i < 10; i++) {
      const focusedDay = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.day,
      );
      if (focusedDay === wanted) break;
      await page.keyboard.press(focusedDay && focusedDay > wanted ? 'ArrowLeft' : 'ArrowRight');
    }
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.day))
      .toBe(wanted);
    await expect
      .poll(() => page.locator(`[data-testid="day-tab"][data-day="${wanted}"]`).getAttribute('aria-selected'))
      .toBe('true');
    await page.keyboard.press('Tab');
    const focusedSlot = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.slotId);
    expect(focusedSlot).toBe(slots[0]!.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reason');
    await page.keyboard.type('Knee pain after running');
    // The teleconsultation statement's tick comes next; Space ticks it.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
      .toBe('consent');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('input[name="consent"]').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('book-submit');
    await Promise.all([page.waitForURL(/\/appointments\/view\/\?id=/), page.keyboard.press('Enter')]);
    await byTestId(page, 'hold').waitFor();
    await expect.poll(() => text(page, 'detail-reason')).toBe('Knee pain after running');
    // Ticked: the consent is recorded as explicit, and the appointment says so.
    await expect
      .poll(() => text(page, 'detail-consent'))
      .toContain('by accepting the teleconsultation terms');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('shows a patient in New York the times in their own zone, grouped by their own days', async () => {
    const { context, page, errors } = await openContext(browser, { timezoneId: 'America/New_York' });
    await openDoctorPage(page, doctor.userId);
    await expect.poll(() => text(page, 'zone-note')).toContain('(America/New_York)');
    await expect.poll(() => text(page, 'zone-note')).toContain('works in India Standard Time (Asia/Kolkata)');
    const free = slots.slice(1, 4); // free whatever order the tests run in
    const nyTime = new Intl.DateTimeFormat('en-IN', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'America/New_York',
    });
    const nyDay = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'America/New_York',
    });
    for (const slot of free.slice(0, 3)) {
      const button = slotButton(page, slot.id);
      const expectedDay = nyDay.format(new Date(slot.startAt));
      // 10:00 IST is the evening before in New York: the slot sits under New York's day.
      await expect
        .poll(() => button.evaluate((b) => b.closest('[role="tabpanel"]')?.getAttribute('data-day')))
        .toBe(expectedDay);
      await page.locator(`[data-testid="day-tab"][data-day="${expectedDay}"]`).click();
      await expect
        .poll(async () => squash(await button.textContent()))
        .toBe(squash(nyTime.format(new Date(slot.startAt))));
    }
    await slotButton(page, free[0]!.id).click();
    // Signed out: the chosen time leads to sign-in and back.
    await byTestId(page, 'sign-in-to-book').waitFor();
    await expect.poll(() => text(page, 'selected-slot')).toMatch(/GMT-[45]|E[DS]T/);
    await screenshot(page, 'doctor-profile-new-york-desktop');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('sends a signed-out visitor to sign in and back to the time they chose', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Farah', lastName: 'Khan' });
    const { context, page, errors } = await openContext(browser);
    await openDoctorPage(page, doctor.userId, SLOT_DAY);
    // On a wide screen the times sit beside the profile from the top, also once the comments have come.
    await byTestId(page, 'doctor-ratings').waitFor();
    const placement = async () => {
      const about = await byTestId(page, 'doctor-about').boundingBox();
      const booking = await byTestId(page, 'booking-card').boundingBox();
      return about && booking
        ? { beside: booking.x > about.x + about.width, topGap: Math.round(booking.y - about.y) }
        : null;
    };
    await expect.poll(placement).toEqual({ beside: true, topGap: 0 });
    const slot = slots[2]!;
    await slotButton(page, slot.id).click();
    await Promise.all([page.waitForURL(/\/login\/\?next=/), byTestId(page, 'sign-in-to-book').click()]);
    expect(new URL(page.url()).searchParams.get('next')).toBe(
      `/doctors/view/?id=${doctor.userId}&slot=${slot.id}`,
    );
    await byTestId(page, 'email').fill(patient.email);
    await byTestId(page, 'password').fill(patient.password);
    await Promise.all([page.waitForURL(/\/doctors\/view\//), byTestId(page, 'login-submit').click()]);
    await byTestId(page, 'book-form').waitFor();
    await expect.poll(() => slotButton(page, slot.id).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reason');
    expect(errors.problems()).toEqual([]);
    await context.close();
  });

  it('tells doctors that only patients book', async () => {
    const { context, page, errors } = await openContext(browser);
    await signInAt(page, doctor, `/doctors/view/?id=${doctor.userId}`);
    await byTestId(page, 'patients-only-note').waitFor();
    await expect.poll(() => slotButton(page, slots[3]!.id).isDisabled()).toBe(true);
    expect(errors.problems()).toEqual([]);
    await context.close();
  });
});

describe('the appointment page', () => {
  it(
    'gives the doctor notes, outcome and recording controls, and the patient the transcript and feedback',
    async () => {
      const a11y: string[] = [];
      const patient = await registerAndSignIn('patient', { firstName: 'Sana', lastName: 'Mirza' });
      const booked = await patient.client.post('/api/appointments', {
        slotId: slots[4]!.id,
        reason: 'Migraine follow-up',
      });
      expect(booked.status, booked.text).toBe(201);
      const appointmentId: string = booked.body.appointment.id;
      await payAndVerify(patient, appointmentId);
      // The consultation started ten minutes ago (the browser cannot wait for the real time).
      await startedMinutesAgo(appointmentId, 10);

      const d = await openContext(browser);
      await signInAt(d.page, doctor, `/appointments/view/?id=${appointmentId}`);
      await byTestId(d.page, 'outcome-card').waitFor();
      await expect
        .poll(() => byTestId(d.page, 'join-link').getAttribute('href'))
        .toBe(`/room/?id=${appointmentId}`);
      // Recording is on by default; the doctor turns it off and on again.
      const toggle = byTestId(d.page, 'recording-toggle');
      await expect.poll(() => toggle.isChecked()).toBe(true);
      await toggle.click();
      await d.page.waitForFunction(() =>
        document
          .querySelector('[data-testid="recording-status"]')
          ?.textContent?.includes('will not be recorded'),
      );
      await toggle.click();
      await d.page.waitForFunction(() =>
        document.querySelector('[data-testid="recording-status"]')?.textContent?.includes('will be recorded'),
      );
      // Notes.
      await byTestId(d.page, 'notes-input').fill(
        'Migraine without aura.\n\nStart a headache diary; review in 4 weeks.',
      );
      await byTestId(d.page, 'notes-save').click();
      await d.page.waitForFunction(
        () => document.querySelector('[data-testid="notes-status"]')?.textContent === 'Notes saved.',
      );
      // A transcript being made: the page polls until it is ready.
      await entities()
        .transcription.put({
          appointmentId,
          recordingId: 'rec-e2e',
          status: 'PROCESSING',
          provider: 'offline',
        })
        .go();
      await d.page.reload();
      await byTestId(d.page, 'transcript-processing').waitFor();
      a11y.push(...(await shootAndCheck(d.page, 'appointment-doctor-live-desktop')));
      await entities()
        .transcription.patch({ appointmentId })
        .set({
          status: 'COMPLETED',
          language: 'en',
          durationSec: 95,
          text: 'Doctor: How are the headaches? Patient: Better since Monday.',
          utterances: [
            { speaker: 'Doctor', start: 1.2, end: 4, text: 'How are the headaches this week?' },
            { speaker: 'Patient', start: 65, end: 70, text: 'Better since Monday, thank you.' },
          ],
        })
        .go();
      await byTestId(d.page, 'transcript-conversation').waitFor({ timeout: 20_000 });
      const utterances = d.page.getByTestId('utterance');
      await expect.poll(() => utterances.count()).toBe(2);
      await expect
        .poll(async () => squash(await utterances.nth(1).textContent()))
        .toBe('Patient[1:05]Better since Monday, thank you.');
      // Outcome: completed, confirmed first.
      await byTestId(d.page, 'mark-completed').click();
      await byTestId(d.page, 'outcome-dialog').waitFor();
      await byTestId(d.page, 'outcome-dialog-confirm').click();
      await byTestId(d.page, 'outcome-notice').waitFor();
      await expect.poll(() => byTestId(d.page, 'status-badge').getAttribute('data-status')).toBe('COMPLETED');
      await expect.poll(() => byTestId(d.page, 'outcome-card').count()).toBe(0);
      a11y.push(...(await shootAndCheck(d.page, 'appointment-doctor-completed-desktop')));

      // The patient reads the notes and the transcript (downloadable), and leaves feedback.
      const p = await openContext(browser);
      await signInAt(p.page, patient, `/appointments/view/?id=${appointmentId}`);
      await byTestId(p.page, 'transcript-conversation').waitFor();
      await expect.poll(() => text(p.page, 'notes-text')).toContain('Start a headache diary');
      const [download] = await Promise.all([
        p.page.waitForEvent('download'),
        byTestId(p.page, 'transcript-download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^transcript-.*\.txt$/);
      await byTestId(p.page, 'feedback-form').waitFor();
      a11y.push(...(await shootAndCheck(p.page, 'appointment-patient-completed-desktop')));
      // The stars are radio buttons: arrow keys choose the rating.
      await byTestId(p.page, 'feedback-submit').click();
      await p.page.locator('#rating-error').waitFor();
      await p.page.locator('#rating-1').focus();
      await p.page.keyboard.press('ArrowRight');
      await p.page.keyboard.press('ArrowRight');
      await p.page.keyboard.press('ArrowRight');
      await expect.poll(() => p.page.locator('#rating-4').isChecked()).toBe(true);
      await expect.poll(() => text(p.page, 'rating-word')).toBe('Very good');
      await byTestId(p.page, 'feedback-content').fill(
        'Clear advice and a kind doctor. The diary idea really helps.',
      );
      await byTestId(p.page, 'feedback-submit').click();
      await byTestId(p.page, 'feedback-thanks').waitFor();
      a11y.push(...(await shootAndCheck(p.page, 'appointment-feedback-sent-desktop')));
      // The same pages on a phone.
      await p.page.setViewportSize(MOBILE);
      a11y.push(...(await shootAndCheck(p.page, 'appointment-feedback-sent-mobile')));
      await d.page.setViewportSize(MOBILE);
      a11y.push(...(await shootAndCheck(d.page, 'appointment-doctor-completed-mobile')));

      expect(a11y).toEqual([]);
      // The transcript's first load answered 404 (none yet), as it should.
      expect(d.errors.problems({ allowApiStatuses: [404] })).toEqual([]);
      expect(p.errors.problems()).toEqual([]);
      await Promise.all([d.context.close(), p.context.close()]);
    },
    JOURNEY_TIMEOUT,
  );
});

describe('screens', () => {
  it.each([
    { name: 'desktop', viewport: undefined, slotIndex: 5 },
    { name: 'mobile', viewport: MOBILE, slotIndex: 6 },
  ])(
    'booking pages look right and pass axe ($name)',
    async ({ name, viewport, slotIndex }) => {
      const a11y: string[] = [];
      const patient = await registerAndSignIn('patient', { firstName: 'Tara', lastName: 'Bose' });
      const { context, page, errors } = await openContext(browser, viewport ? { viewport } : {});
      await signInAt(page, patient, '/doctors/');
      await byTestId(page, 'doctors-list').waitFor();
      a11y.push(...(await shootAndCheck(page, `doctors-search-${name}`)));
      await openDoctorPage(page, doctor.userId, daysFromToday(3));
      a11y.push(...(await shootAndCheck(page, `doctor-profile-${name}`)));
      const slot = slots[slotIndex]!;
      await slotButton(page, slot.id).click();
      a11y.push(...(await shootAndCheck(page, `doctor-profile-booking-${name}`)));
      await page.getByTestId('reason').fill('Skin rash on both arms');
      await Promise.all([page.waitForURL(/\/appointments\/view\//), byTestId(page, 'book-submit').click()]);
      await byTestId(page, 'hold').waitFor();
      a11y.push(...(await shootAndCheck(page, `appointment-requested-${name}`)));
      await page.goto('/appointments/');
      await byTestId(page, 'appointments-upcoming').waitFor();
      a11y.push(...(await shootAndCheck(page, `appointments-patient-${name}`)));
      await byTestId(page, 'tab-past').click();
      await byTestId(page, 'appointments-empty').waitFor();
      a11y.push(...(await shootAndCheck(page, `appointments-past-empty-${name}`)));
      await page.goto('/dashboard/patient/');
      await byTestId(page, 'dashboard-appointments').waitFor();
      a11y.push(...(await shootAndCheck(page, `dashboard-patient-upcoming-${name}`)));
      await page.goto(`/doctors/view/?id=00000000-0000-4000-8000-000000000000`);
      await byTestId(page, 'doctor-not-found').waitFor();
      a11y.push(...(await shootAndCheck(page, `doctor-not-found-${name}`)));
      await page.goto(`/appointments/view/?id=00000000-0000-4000-8000-000000000000`);
      await byTestId(page, 'appointment-not-found').waitFor();
      a11y.push(...(await shootAndCheck(page, `appointment-not-found-${name}`)));

      const d = await openContext(browser, viewport ? { viewport } : {});
      await signInAt(d.page, doctor, '/doctor/availability/');
      await byTestId(d.page, 'schedule-days').waitFor();
      await byTestId(d.page, 'quick-weekdays').click();
      a11y.push(...(await shootAndCheck(d.page, `availability-${name}`)));
      await d.page.goto('/appointments/?tab=today');
      await d.page
        .locator(
          '[data-testid="appointment-list"][data-state="empty"], [data-testid="appointment-list"][data-state="ready"]',
        )
        .waitFor();
      a11y.push(...(await shootAndCheck(d.page, `appointments-doctor-today-${name}`)));

      expect(a11y).toEqual([]);
      expect(errors.problems({ allowApiStatuses: [404] })).toEqual([]);
      expect(d.errors.problems()).toEqual([]);
      await Promise.all([context.close(), d.context.close()]);
    },
    JOURNEY_TIMEOUT,
  );
});
