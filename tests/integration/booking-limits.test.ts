/**
 * Booking limits (functions/core/booking-limits.ts): at most two unpaid holds per patient, released
 * when a hold is paid, cancelled or swept, counted atomically with the booking itself; and a
 * per-patient cap on bookings per window.
 */
import { describe, expect, it } from 'vitest';
import { bookSlot, expireHolds } from '../../functions/appointments/booking.ts';
import {
  BOOKINGS_PER_WINDOW,
  bookingWindowKey,
  MAX_OPEN_HOLDS,
  openHoldsKey,
} from '../../functions/core/booking-limits.ts';
import { entities } from '../../functions/core/db/index.ts';
import { AppError } from '../../functions/core/errors.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { doctorWithSlots } from '../helpers/appointments.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { registerAndSignIn, type TestUser } from '../helpers/users.ts';

const book = (patient: TestUser, slotId: string) =>
  patient.client.post('/api/appointments', { slotId, reason: 'Recurring migraine' });

const openHolds = async (patientId: string) =>
  (await entities().counter.get(openHoldsKey(patientId)).go()).data?.value ?? 0;

/** The patient's REQUESTED appointments, counted from the appointments themselves. */
async function requestedOf(patientId: string) {
  const { data } = await entities().appointment.query.byPatient({ patientId }).go({ pages: 'all' });
  return data.filter((a) => a.status === 'REQUESTED');
}

/** Makes one hold's 15 minutes be over (status and expiry are written together: they key an index). */
const expireNow = (appointmentId: string) =>
  entities()
    .appointment.patch({ appointmentId })
    .set({ status: 'REQUESTED', holdExpiresAt: new Date(Date.now() - 60_000).toISOString() })
    .go();

describe('unpaid holds', () => {
  it(`allows ${MAX_OPEN_HOLDS} open holds, refuses the next with a 409 saying why, and frees a place when one is paid, cancelled or swept`, async () => {
    const { doctor, slots } = await doctorWithSlots(6);
    const patient = await registerAndSignIn('patient');
    const first = await book(patient, slots[0]!.id);
    const second = await book(patient, slots[1]!.id);
    expect([first.status, second.status]).toEqual([201, 201]);

    const third = await book(patient, slots[2]!.id);
    expect(third.status, third.text).toBe(409);
    expect((third.body as ErrorBody).error).toMatchObject({ code: 'too_many_holds' });
    expect((third.body as ErrorBody).error.message).toMatch(/2 bookings waiting for payment/);
    // Refused without a trace: the slot stays free and nothing is held.
    const { data: slot } = await entities()
      .slot.get({ doctorId: doctor.userId, startAt: slots[2]!.startAt })
      .go();
    expect(slot?.status).toBe('free');
    expect(await openHolds(patient.userId)).toBe(2);

    // Paid: the hold is no longer open.
    await payAndVerify(patient, first.body.appointment.id);
    expect(await openHolds(patient.userId)).toBe(1);
    const afterPaying = await book(patient, slots[2]!.id);
    expect(afterPaying.status, afterPaying.text).toBe(201);

    // Cancelled by the patient.
    expect((await book(patient, slots[3]!.id)).status).toBe(409);
    expect(
      (await patient.client.post(`/api/appointments/${second.body.appointment.id}/cancel`, {})).status,
    ).toBe(200);
    expect(await openHolds(patient.userId)).toBe(1);

    // Swept after its 15 minutes (only this hold is made to run out: the sweeper serves every test).
    await expireNow(afterPaying.body.appointment.id);
    await expireHolds(new Date());
    expect(await requestedOf(patient.userId)).toEqual([]);
    expect(await openHolds(patient.userId)).toBe(0);
  });

  it('counts a hold whose 15 minutes are over as released even before the sweeper has run', async () => {
    const { slots } = await doctorWithSlots(3, 4);
    const patient = await registerAndSignIn('patient');
    for (const s of slots.slice(0, 2)) expect((await book(patient, s.id)).status).toBe(201);
    // Both holds ran out (as if 16 minutes had passed) and no sweeper has released them yet.
    for (const a of await requestedOf(patient.userId)) await expireNow(a.appointmentId);
    const third = await book(patient, slots[2]!.id);
    expect(third.status, third.text).toBe(201);
    const open = await requestedOf(patient.userId);
    expect(open.map((a) => a.appointmentId)).toEqual([third.body.appointment.id]);
    expect(await openHolds(patient.userId)).toBe(1);
  });

  it('lets no two concurrent bookings both take the last place', async () => {
    const { doctor, slots } = await doctorWithSlots(6, 5);
    const patient = await registerAndSignIn('patient');
    expect((await book(patient, slots[0]!.id)).status).toBe(201);
    const attempts = await Promise.all(slots.slice(1).map((s) => book(patient, s.id)));
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(1);
    for (const r of attempts.filter((x) => x.status !== 201)) {
      expect(r.status, r.text).toBe(409);
      expect(['too_many_holds', 'slot_taken']).toContain((r.body as ErrorBody).error.code);
    }
    const open = await requestedOf(patient.userId);
    expect(open.length).toBeLessThanOrEqual(MAX_OPEN_HOLDS);
    expect(await openHolds(patient.userId)).toBe(open.length);
    // Every refused slot is still free.
    const { data: slotItems } = await entities()
      .slot.query.byDoctor({ doctorId: doctor.userId })
      .go({ pages: 'all' });
    expect(slotItems.filter((s) => s.status !== 'free')).toHaveLength(open.length);
  });
});

describe('booking rate', () => {
  it(`refuses a patient's booking beyond ${BOOKINGS_PER_WINDOW} in one window with a 429, even when every earlier one was cancelled`, async () => {
    const { slots } = await doctorWithSlots(1, 6);
    const patient = await registerAndSignIn('patient');
    // One instant for every booking, so all of them fall in the same window whatever the clock says.
    const now = new Date();
    for (let i = 0; i < BOOKINGS_PER_WINDOW; i++) {
      const a = await bookSlot(patient.userId, slots[0]!.id, 'Rate limit probe', now);
      expect((await patient.client.post(`/api/appointments/${a.appointmentId}/cancel`, {})).status).toBe(200);
    }
    const refused = await bookSlot(patient.userId, slots[0]!.id, 'Rate limit probe', now).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 429, code: 'booking_rate_limited' });
    const window = bookingWindowKey(patient.userId, now);
    const { data: counter } = await entities().counter.get({ name: window.name, bucket: window.bucket }).go();
    expect(counter?.value).toBe(BOOKINGS_PER_WINDOW);
    expect(counter?.expiresAt).toBeGreaterThan(Math.floor(now.getTime() / 1000));
    // The slot was not taken by the refused attempt.
    expect(await requestedOf(patient.userId)).toEqual([]);
  });
});
