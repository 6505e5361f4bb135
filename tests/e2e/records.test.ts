/**
 * Follow-ups, the visit record and Health records in real Chromium against the twin (issue 18, "Done
 * means" 3 and 4): the doctor sets a free follow-up window on their profile page; after the visit the
 * patient books a free follow-up inside the window from the appointment page (confirmed with nothing
 * to pay and no receipt), and a consultation whose window is over offers none and is refused; the
 * doctor sees the original's prescription beside the follow-up; the record page shows the whole visit
 * in order, for both parties; the patient's Health records list the prescription to download, with
 * an empty state for someone who has none. Screens are checked with axe and photographed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { entities } from '../../functions/core/db/index.ts';
import { confirmedAppointment, daysFromToday } from '../helpers/appointments.ts';
import { publishSlots, shootAndCheck, signInAt, squash } from '../helpers/booking-browser.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { agreeToRecording, finish, settledTranscript, uploadChunk } from '../helpers/recording.ts';
import { openRoom } from '../helpers/room.ts';
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
let patient: TestUser;
beforeAll(async () => {
  browser = await launchBrowser();
  doctor = await verifiedDoctor({ firstName: 'Farah', lastName: `Khan${uniqueWord()}` });
  await prescribingDoctor(doctor);
  patient = await registerAndSignIn('patient', { firstName: 'Meera', lastName: 'Pillai' });
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());
/** The record's events as the page lists them: kind and time. */
const events = (page: Page) =>
  byTestId(page, 'record-event').evaluateAll((items) =>
    items.map((li) => ({
      kind: li.getAttribute('data-kind'),
      at: li.querySelector('time')?.getAttribute('datetime') ?? '',
    })),
  );
const kinds = async (page: Page) => (await events(page)).map((e) => e.kind);
const inOrder = async (page: Page) => {
  const times = (await events(page)).map((e) => e.at);
  return times.length > 0 && times.every((t, i) => i === 0 || (times[i - 1] ?? '') <= t);
};

/**
 * A consultation that took place: paid, chatted in the room (when its room is open: from 15 minutes
 * before the start), completed, noted and prescribed.
 */
async function visit(minutes: number) {
  const booked = await confirmedAppointment(minutes, {}, { doctor, patient });
  const id = booked.appointmentId;
  if (minutes < 15) {
    const room = await openRoom(patient, id);
    room.send({ action: 'chat.send', text: 'The fever is down since yesterday.', clientMsgId: 'records-1' });
    await room.next((frame) => frame.type === 'chat.message');
    await room.close();
    await agreeToRecording(patient, id);
    await finish(doctor, id, await uploadChunk(doctor, id, 0));
    expect((await settledTranscript(patient, id)).status).toBe('COMPLETED');
  } else {
    // Not recorded: the room is not open yet, so there is nothing to transcribe.
    const { data } = await entities().appointment.get({ appointmentId: id }).go();
    await updateByDoctor(data!, { recordingEnabled: false });
  }
  const { data } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
  await updateByDoctor(
    data!,
    { status: 'COMPLETED', notes: 'Fluids and rest. Review in a week.' },
    new Date(Date.parse(booked.startAt) + 60_000),
  );
  const rx = `/api/appointments/${booked.appointmentId}/prescriptions`;
  expect((await doctor.client.put(`${rx}/draft`, childFeverDraft)).status).toBe(200);
  const issued = await doctor.client.post(`${rx}/issue`, { password: doctor.password });
  expect(issued.status, issued.text).toBe(200);
  return booked;
}

describe('follow-ups and the record', () => {
  it('the doctor offers free follow-ups; the patient books one inside the window; one outside is refused; the record shows the visit in order', async () => {
    const a11y: string[] = [];

    // The doctor sets a 7-day free follow-up on the profile page.
    const d = await openContext(browser);
    await signInAt(d.page, doctor, '/account/doctor/');
    await byTestId(d.page, 'doctor-form').waitFor();
    await byTestId(d.page, 'follow-up-days').fill('7');
    await byTestId(d.page, 'follow-up-fee').fill('0');
    a11y.push(...(await shootAndCheck(d.page, 'records-doctor-follow-up-settings')));
    await Promise.all([
      d.page.waitForURL(/\/account\/\?saved=1/),
      d.page.locator('#doctor-form [type=submit]').click(),
    ]);
    await expect
      .poll(async () => (await doctor.client.get('/api/me')).body.user.doctorProfile)
      .toMatchObject({ followUpDays: 7, followUpFeePaise: 0 });

    const original = await visit(5);
    const slots = await publishSlots(doctor, [daysFromToday(3)], '10:00', '11:00', 30);

    // The patient, on the original's page: the offer, a time inside the window, a reason, booked.
    const p = await openContext(browser);
    await signInAt(p.page, patient, `/appointments/view/?id=${original.appointmentId}`);
    const page = p.page;
    await byTestId(page, 'follow-up-form').waitFor();
    await expect.poll(() => byTestId(page, 'follow-up-state').getAttribute('data-state')).toBe('open');
    await expect.poll(() => text(page, 'follow-up-state')).toContain('(free)');
    await byTestId(page, 'follow-up-slot').selectOption(slots[0]!.id);
    await byTestId(page, 'follow-up-reason').fill('The cough is still there at night');
    await byTestId(page, 'follow-up-consent').locator('input').check();
    a11y.push(...(await shootAndCheck(page, 'records-follow-up-offer')));
    await Promise.all([
      page.waitForURL(
        (url) =>
          url.pathname === '/appointments/view/' && url.searchParams.get('id') !== original.appointmentId,
      ),
      byTestId(page, 'follow-up-submit').click(),
    ]);
    const followUpId = new URL(page.url()).searchParams.get('id')!;
    await byTestId(page, 'original').waitFor();
    await expect.poll(() => byTestId(page, 'status-badge').first().textContent()).toMatch(/Confirmed/);
    await expect
      .poll(() => text(page, 'payment-status'))
      .toBe('Free follow-up: nothing to pay, so there is no receipt.');
    await expect.poll(() => byTestId(page, 'receipt-link').count()).toBe(0);
    a11y.push(...(await shootAndCheck(page, 'records-free-follow-up')));

    // The original now says its follow-up is booked, and offers no second one.
    await page.goto(`/appointments/view/?id=${original.appointmentId}`);
    await expect.poll(() => byTestId(page, 'follow-up-state').getAttribute('data-state')).toBe('booked');
    await expect.poll(() => byTestId(page, 'follow-up-form').count()).toBe(0);

    // A consultation whose window is over: the page offers none, and the API refuses one.
    const old = await visit(45);
    await entities()
      .appointment.patch({ appointmentId: old.appointmentId })
      .set({
        startAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        endAt: new Date(Date.now() - 10 * 86_400_000 + 1_800_000).toISOString(),
      })
      .go();
    await page.goto(`/appointments/view/?id=${old.appointmentId}`);
    await expect.poll(() => byTestId(page, 'follow-up-state').getAttribute('data-state')).toBe('closed');
    await expect.poll(() => byTestId(page, 'follow-up-form').count()).toBe(0);
    a11y.push(...(await shootAndCheck(page, 'records-follow-up-closed')));
    const refused = await patient.client.post(`/api/appointments/${old.appointmentId}/follow-up`, {
      slotId: slots[1]!.id,
      reason: 'Too late for this one',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('follow_up_window_closed');

    // The doctor sees the original's prescription beside the follow-up.
    await d.page.goto(`/appointments/view/?id=${followUpId}`);
    await byTestId(d.page, 'original').waitFor();
    await expect.poll(() => byTestId(d.page, 'original-rx').count()).toBe(1);
    await expect
      .poll(() => byTestId(d.page, 'original-rx').getAttribute('href'))
      .toContain(`/api/appointments/${original.appointmentId}/prescriptions/1/pdf`);
    a11y.push(...(await shootAndCheck(d.page, 'records-doctor-follow-up')));

    // The record page: the whole visit, in order, for the patient and for the doctor.
    await page.goto(`/appointments/view/?id=${original.appointmentId}`);
    await Promise.all([
      page.waitForURL(/\/appointments\/record\/\?id=/),
      byTestId(page, 'record-link').click(),
    ]);
    const wanted = [
      'booked',
      'consent',
      'payment',
      'consultation',
      'chat',
      'notes',
      'prescription',
      'followUpBooked',
    ];
    await expect.poll(() => kinds(page)).toEqual(expect.arrayContaining(wanted));
    await expect.poll(() => inOrder(page)).toBe(true);
    await expect
      .poll(async () => squash(await byTestId(page, 'record-events').textContent()))
      .toContain('The fever is down since yesterday.');
    await expect.poll(() => byTestId(page, 'record-rx-pdf').count()).toBe(1);
    a11y.push(...(await shootAndCheck(page, 'records-record-patient')));
    await d.page.goto(`/appointments/record/?id=${original.appointmentId}`);
    await expect.poll(() => kinds(d.page)).toEqual(expect.arrayContaining(wanted));
    await expect.poll(() => inOrder(d.page)).toBe(true);
    a11y.push(...(await shootAndCheck(d.page, 'records-record-doctor')));

    // The follow-up's record begins from the original.
    await page.goto(`/appointments/record/?id=${followUpId}`);
    await expect.poll(() => kinds(page)).toContain('followUpOf');

    expect(a11y).toEqual([]);
    expect(p.errors.problems()).toEqual([]);
    expect(d.errors.problems()).toEqual([]);
    await p.context.close();
    await d.context.close();
  });

  it('Health records: the patient’s prescriptions to download; an empty state for someone with none; in Hindi too', async () => {
    const a11y: string[] = [];
    const p = await openContext(browser);
    await signInAt(p.page, patient, '/health-records/');
    const page = p.page;
    const records = byTestId(page, 'health-record');
    await expect.poll(() => records.count()).toBeGreaterThan(0);
    await expect
      .poll(() => byTestId(page, 'health-record-rx').first().getAttribute('href'))
      .toMatch(/\/prescriptions\/1\/pdf$/);
    await expect.poll(() => text(page, 'health-record')).toContain('For you');
    a11y.push(...(await shootAndCheck(page, 'records-health-records')));
    await page.goto('/hi/health-records/');
    await expect.poll(() => records.count()).toBeGreaterThan(0);
    await expect.poll(() => text(page, 'health-record')).toContain('आपके लिए');
    a11y.push(...(await shootAndCheck(page, 'records-health-records-hi')));

    const newcomer = await registerAndSignIn('patient');
    const n = await openContext(browser);
    await signInAt(n.page, newcomer, '/health-records/');
    await byTestId(n.page, 'health-records-empty').waitFor();
    a11y.push(...(await shootAndCheck(n.page, 'records-health-records-empty')));

    expect(a11y).toEqual([]);
    expect(p.errors.problems()).toEqual([]);
    expect(n.errors.problems()).toEqual([]);
    await p.context.close();
    await n.context.close();
  });
});
