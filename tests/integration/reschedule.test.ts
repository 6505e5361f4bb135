/**
 * Rescheduling (issue 19) against the real twin: the slot swap is one transaction (old slot free, new
 * slot held, same appointment id with its payment and receipt), the policy (4 h before the current
 * start, at most twice) is enforced and shown in the view, both parties are emailed with the updated
 * calendar event (same UID, higher SEQUENCE), and races end with exactly one winner.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { icsProperties } from '../../functions/core/ics.ts';
import { reminderDueAt } from '../../functions/reminders/index.ts';
import type { StoredEmail } from '../../lib/local/ses.ts';
import { bookedAppointment, doctorWithSlots, holdSlot } from '../helpers/appointments.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { remindersScheduled, scheduleOf } from '../helpers/reminders.ts';
import { latestEmailTo, registerAndSignIn, type TestUser } from '../helpers/users.ts';

const move = (who: TestUser, appointmentId: string, slotId: unknown) =>
  who.client.post(`/api/appointments/${appointmentId}/reschedule`, { slotId });

const slotKey = (slotId: string) => {
  const at = slotId.lastIndexOf('_');
  return { doctorId: slotId.slice(0, at), startAt: new Date(Number(slotId.slice(at + 1))).toISOString() };
};
const slotOf = async (slotId: string) => (await entities().slot.get(slotKey(slotId)).go()).data;

/** The .ics attached to an email, read back. */
function inviteOf(email: StoredEmail) {
  const ics = (email.attachments ?? []).find((a) => a.filename === 'invite.ics');
  expect(ics?.contentType).toBe('text/calendar');
  return icsProperties(Buffer.from(ics?.content ?? '', 'base64').toString('utf8'));
}

describe('rescheduling a paid appointment', () => {
  it("moves the reminders with it: both schedules at the new start's times, nothing left pending", async () => {
    const { slots } = await doctorWithSlots(3);
    const patient = await registerAndSignIn('patient');
    const booked = await holdSlot(patient, slots[0]!.id, 'Back pain after a fall');
    await payAndVerify(patient, booked.id);
    await remindersScheduled(booked.id, slots[0]!.startAt);
    const res = await move(patient, booked.id, slots[2]!.id);
    expect(res.status, res.text).toBe(200);
    // The move's transaction wrote the pending row; the sync after it moved both and removed the row.
    await remindersScheduled(booked.id, slots[2]!.startAt);
    for (const offset of ['24h', '15m'] as const)
      expect((await scheduleOf(booked.id, offset))?.ScheduleExpression).toBe(
        `at(${reminderDueAt(slots[2]!.startAt, offset).toISOString().slice(0, 19)})`,
      );
  });

  it('moves it to another free slot of the doctor in one swap, keeping id, payment and receipt, and mails both with the updated event', async () => {
    const { doctor, slots } = await doctorWithSlots(4);
    const patient = await registerAndSignIn('patient', { firstName: 'Kavya', lastName: 'Rao' });
    const booked = await holdSlot(patient, slots[0]!.id, 'Migraine twice a week');
    await payAndVerify(patient, booked.id);
    const confirmation = await latestEmailTo(patient.email, 'Confirmed');
    const first = inviteOf(confirmation);
    expect(first.get('METHOD')).toBe('REQUEST');
    expect(first.get('UID')).toBe(`${booked.id}@chikitsa360`);
    expect(first.get('SEQUENCE')).toBe('0');
    expect(inviteOf(await latestEmailTo(doctor.email, 'Confirmed')).get('UID')).toBe(
      `${booked.id}@chikitsa360`,
    );
    const receiptBefore = (await patient.client.get(`/api/receipts/${booked.id}`)).body.receipt;

    const before = (await patient.client.get(`/api/appointments/${booked.id}`)).body.appointment;
    expect(before.actions.canReschedule).toBe(true);
    expect(before.reschedule).toMatchObject({
      allowed: true,
      refusal: null,
      used: 0,
      max: 2,
      cutoffHours: 4,
    });

    const res = await move(patient, booked.id, slots[2]!.id);
    expect(res.status, res.text).toBe(200);
    expect(res.body.appointment).toMatchObject({
      id: booked.id,
      status: 'CONFIRMED',
      startAt: slots[2]!.startAt,
      reschedule: { used: 1, allowed: true },
      calendar: { uid: `${booked.id}@chikitsa360`, sequence: 1 },
    });

    // The swap: the old slot is free again (bookable, in the free-by-date index), the new one held by it.
    const [oldSlot, newSlot] = await Promise.all([slotOf(slots[0]!.id), slotOf(slots[2]!.id)]);
    expect(oldSlot).toMatchObject({ status: 'free' });
    expect(oldSlot?.appointmentId).toBeUndefined();
    expect(oldSlot?.freeOn).toBeTruthy();
    expect(newSlot).toMatchObject({ status: 'held', appointmentId: booked.id, freeOn: '' });
    const stored = (await entities().appointment.get({ appointmentId: booked.id }).go()).data;
    expect(stored).toMatchObject({ startAt: slots[2]!.startAt, rescheduleCount: 1, calendarSequence: 1 });
    // The patient's list finds it at its new time (the by-patient index moved with it).
    const upcoming = (await patient.client.get('/api/appointments?scope=upcoming')).body.appointments;
    expect(upcoming.find((a: { id: string }) => a.id === booked.id)?.startAt).toBe(slots[2]!.startAt);

    // Payment and receipt are the same records.
    const payment = (await entities().payment.get({ appointmentId: booked.id }).go()).data;
    expect(payment?.status).toBe('COMPLETED');
    const receiptAfter = (await patient.client.get(`/api/receipts/${booked.id}`)).body.receipt;
    expect(receiptAfter.receiptNumber).toBe(receiptBefore.receiptNumber);
    expect(receiptAfter.totalPaise).toBe(receiptBefore.totalPaise);

    // The old slot can be booked by someone else now.
    const other = await registerAndSignIn('patient', { firstName: 'Om', lastName: 'Puri' });
    await holdSlot(other, slots[0]!.id);

    // Both parties are told, each with the event to update (same UID, higher SEQUENCE).
    const patientMail = await latestEmailTo(patient.email, 'Appointment moved');
    expect(patientMail.body.text).toContain('The patient has moved this appointment to a new time.');
    expect(patientMail.body.text).toContain('Your payment and receipt stay as they are.');
    const moved = inviteOf(patientMail);
    expect(moved.get('UID')).toBe(first.get('UID'));
    expect(Number(moved.get('SEQUENCE'))).toBeGreaterThan(Number(first.get('SEQUENCE')));
    expect(moved.get('DTSTART')).toBe(slots[2]!.startAt.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
    const doctorMail = await latestEmailTo(doctor.email, 'Appointment moved');
    expect(inviteOf(doctorMail).get('SEQUENCE')).toBe('1');

    // The party's calendar file says the same.
    const file = await patient.client.get(`/api/appointments/${booked.id}/calendar.ics`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/calendar');
    const props = icsProperties(file.text);
    expect(props.get('UID')).toBe(`${booked.id}@chikitsa360`);
    expect(props.get('SEQUENCE')).toBe('1');
    expect(props.get('SUMMARY')).toBe('Video consultation with Dr. Ira Kapoor');

    // The doctor moves it once more; the third move is refused, and the view says why.
    const second = await move(doctor, booked.id, slots[3]!.id);
    expect(second.status, second.text).toBe(200);
    expect(second.body.appointment.actions.canReschedule).toBe(false);
    expect(second.body.appointment.reschedule).toMatchObject({ allowed: false, refusal: 'limit', used: 2 });
    expect((await latestEmailTo(patient.email, 'Appointment moved')).body.text).toContain(
      'The doctor has moved this appointment to a new time.',
    );
    const third = await move(patient, booked.id, slots[2]!.id);
    expect(third.status, third.text).toBe(409);
    expect(third.body.error).toMatchObject({ code: 'reschedule_limit', params: { max: 2 } });
    expect((await slotOf(slots[2]!.id))?.status).toBe('free');

    // Cancelling sends METHOD:CANCEL with a higher SEQUENCE still.
    const cancelled = await patient.client.post(`/api/appointments/${booked.id}/cancel`, {});
    expect(cancelled.status, cancelled.text).toBe(200);
    const cancelInvite = inviteOf(await latestEmailTo(patient.email, 'Appointment cancelled'));
    expect(cancelInvite.get('METHOD')).toBe('CANCEL');
    expect(cancelInvite.get('UID')).toBe(first.get('UID'));
    expect(cancelInvite.get('SEQUENCE')).toBe('3');
  });
});

describe('what rescheduling refuses', () => {
  it('refuses within 4 hours of the current start, another doctor’s slot, a taken slot, its own slot, strangers and bad input', async () => {
    const { doctor, slots } = await doctorWithSlots(3, 4);
    const patient = await registerAndSignIn('patient', { firstName: 'Isha', lastName: 'Sen' });
    const a = await holdSlot(patient, slots[0]!.id);

    // Another doctor's free slot.
    const elsewhere = await doctorWithSlots(1, 4);
    const otherDoctor = await move(patient, a.id, elsewhere.slots[0]!.id);
    expect(otherDoctor.status, otherDoctor.text).toBe(422);
    expect(otherDoctor.body.error.code).toBe('reschedule_other_doctor');

    // A slot someone else holds.
    const rival = await registerAndSignIn('patient', { firstName: 'Dev', lastName: 'Anand' });
    await holdSlot(rival, slots[1]!.id);
    const taken = await move(patient, a.id, slots[1]!.id);
    expect(taken.status, taken.text).toBe(409);
    expect(taken.body.error.code).toBe('slot_taken');

    // Its own slot.
    const same = await move(patient, a.id, slots[0]!.id);
    expect(same.status, same.text).toBe(422);
    expect(same.body.error.code).toBe('reschedule_same_slot');

    // Strangers: another patient, another doctor (404, nothing moved).
    for (const stranger of [rival, elsewhere.doctor]) {
      const res = await move(stranger, a.id, slots[2]!.id);
      expect(res.status, res.text).toBe(404);
    }
    // Bad input: 400 with a code; an unknown slot id is a 404.
    for (const body of [{}, { slotId: 42 }, { slotId: '' }, { slotId: slots[2]!.id, extra: 1 }]) {
      const res = await patient.client.post(`/api/appointments/${a.id}/reschedule`, body);
      expect(res.status, `${JSON.stringify(body)} ${res.text}`).toBe(400);
      expect(res.body.error.code).toMatch(/^(validation_failed|bad_request)$/);
    }
    expect((await move(patient, a.id, 'not-a-slot')).status).toBe(404);
    expect((await move(patient, a.id, `${doctor.userId}_1`)).status).toBe(404);
    // Nothing moved through any of that.
    expect((await entities().appointment.get({ appointmentId: a.id }).go()).data).toMatchObject({
      startAt: slots[0]!.startAt,
    });
    expect((await slotOf(slots[2]!.id))?.status).toBe('free');
    expect(await slotOf(slots[0]!.id)).toMatchObject({ status: 'held', appointmentId: a.id });

    // Within 4 hours of its start: refused, and the view says why.
    const soon = await bookedAppointment(120);
    const later = await soon.doctor.client.post('/api/doctor/slots', {
      dates: [slots[0]!.startAt.slice(0, 10)],
      startTime: '20:00',
      endTime: '20:30',
      durationMinutes: 30,
      timeZone: 'Asia/Kolkata',
    });
    expect(later.status, later.text).toBe(201);
    const view = (await soon.patient.client.get(`/api/appointments/${soon.appointmentId}`)).body.appointment;
    expect(view.reschedule).toMatchObject({ allowed: false, refusal: 'too_late' });
    expect(view.actions.canReschedule).toBe(false);
    const late = await move(soon.patient, soon.appointmentId, later.body.slots[0].id);
    expect(late.status, late.text).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'reschedule_too_late', params: { hours: 4 } });
  });

  it('lets exactly one of two concurrent moves to the same slot win', async () => {
    const { doctor, slots } = await doctorWithSlots(3, 5);
    const [p1, p2] = await Promise.all([
      registerAndSignIn('patient', { firstName: 'Ravi', lastName: 'Shah' }),
      registerAndSignIn('patient', { firstName: 'Meera', lastName: 'Iyer' }),
    ]);
    const a1 = await holdSlot(p1!, slots[0]!.id);
    const a2 = await holdSlot(p2!, slots[1]!.id);
    const target = slots[2]!.id;
    const results = await Promise.all([move(p1!, a1.id, target), move(p2!, a2.id, target)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses, results.map((r) => r.text).join('\n')).toEqual([200, 409]);
    const winner = results[0]!.status === 200 ? a1 : a2;
    const loser = winner === a1 ? { a: a2, slot: slots[1]! } : { a: a1, slot: slots[0]! };
    expect(await slotOf(target)).toMatchObject({ status: 'held', appointmentId: winner.id });
    // The loser kept its own slot and time; nothing half-moved.
    expect(await slotOf(loser.slot.id)).toMatchObject({ status: 'held', appointmentId: loser.a.id });
    expect((await entities().appointment.get({ appointmentId: loser.a.id }).go()).data).toMatchObject({
      startAt: loser.slot.startAt,
    });
    expect(doctor.userId).toBeTruthy();
  });
});
