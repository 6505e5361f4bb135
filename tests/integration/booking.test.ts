import { describe, expect, it } from 'vitest';
import { expireHolds } from '../../functions/appointments/booking.ts';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate } from '../../functions/core/time.ts';
import { ApiClient, type ErrorBody } from '../helpers/api.ts';
import { doctorWithSlots } from '../helpers/appointments.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { latestEmailTo, registerAndSignIn, type TestUser } from '../helpers/users.ts';

const day = (n: number) => addDays(localDate(new Date(), 'Asia/Kolkata'), n);

const book = (patient: TestUser, slotId: string, reason = 'Persistent cough for a week') =>
  patient.client.post('/api/appointments', { slotId, reason });

describe('booking a slot', () => {
  it('holds the slot for 15 minutes as a REQUESTED appointment that both parties see, and emails both', async () => {
    const { doctor, slots } = await doctorWithSlots();
    const patient = await registerAndSignIn('patient', { firstName: 'Neha', lastName: 'Joshi' });
    const before = Date.now();
    const res = await book(patient, slots[0]!.id);
    expect(res.status, res.text).toBe(201);
    const a = res.body.appointment;
    expect(a).toMatchObject({
      status: 'REQUESTED',
      feePaise: 60000,
      doctor: { name: 'Dr. Ira Kapoor' },
      patient: { name: 'Neha Joshi' },
    });
    const hold = Date.parse(a.holdExpiresAt) - before;
    expect(hold).toBeGreaterThan(14 * 60_000);
    expect(hold).toBeLessThanOrEqual(15 * 60_000 + 2000);
    expect(a.actions).toMatchObject({ canPay: true, canCancel: true });

    const { data: slot } = await entities()
      .slot.get({ doctorId: doctor.userId, startAt: slots[0]!.startAt })
      .go();
    expect(slot).toMatchObject({ status: 'held', appointmentId: a.id });
    expect(slot?.freeOn).toBe('');

    const doctorView = await doctor.client.get('/api/appointments?scope=upcoming');
    expect(doctorView.body.appointments.map((x: { id: string }) => x.id)).toContain(a.id);
    const detail = await doctor.client.get(`/api/appointments/${a.id}`);
    expect(detail.body.appointment.actions).toMatchObject({
      canPay: false,
      canCancel: true,
      canRecordOutcome: false,
    });

    expect((await latestEmailTo(patient.email, 'Booking received')).body.text).toContain(
      'Complete the payment',
    );
    expect((await latestEmailTo(doctor.email, 'New booking request')).body.text).toContain('Neha Joshi');
  });

  it('gives a concurrent second booking of the same slot a 409, never a 500, and never two appointments', async () => {
    const { doctor, slots } = await doctorWithSlots(1);
    const patients = await Promise.all([1, 2, 3, 4].map(() => registerAndSignIn('patient')));
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => book(patients[i % 4]!, slots[0]!.id)),
    );
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of attempts.filter((r) => r.status === 409))
      expect((r.body as ErrorBody).error.message).toBe(
        'This slot was just taken. Please choose another time.',
      );
    const { data } = await entities().appointment.query.byDoctor({ doctorId: doctor.userId }).go();
    expect(data).toHaveLength(1);
  });

  it('refuses bad input and the wrong people, changing nothing', async () => {
    const { doctor, slots } = await doctorWithSlots(1);
    const patient = await registerAndSignIn('patient');
    const cases: [TestUser | ApiClient, unknown, number][] = [
      [patient, { slotId: slots[0]!.id }, 400],
      [patient, { slotId: slots[0]!.id, reason: 'x'.repeat(1001) }, 400],
      [patient, { slotId: slots[0]!.id, reason: '  ' }, 400],
      [patient, { slotId: 'nope', reason: 'Fever' }, 404],
      [patient, { slotId: `${doctor.userId}_1`, reason: 'Fever' }, 404],
      [patient, { slotId: slots[0]!.id, reason: 'Fever', extra: true }, 400],
      [doctor, { slotId: slots[0]!.id, reason: 'Fever' }, 403],
      [new ApiClient(), { slotId: slots[0]!.id, reason: 'Fever' }, 401],
    ];
    for (const [who, body, status] of cases) {
      const client = who instanceof ApiClient ? who : who.client;
      expect((await client.post('/api/appointments', body)).status, JSON.stringify(body)).toBe(status);
    }
    const { data: slot } = await entities()
      .slot.get({ doctorId: doctor.userId, startAt: slots[0]!.startAt })
      .go();
    expect(slot?.status).toBe('free');
  });

  it('lets either party cancel, frees the slot, and the slot can be booked again', async () => {
    const { doctor, slots } = await doctorWithSlots(1);
    const first = await registerAndSignIn('patient');
    const second = await registerAndSignIn('patient');
    const stranger = await registerAndSignIn('patient');
    const booked = (await book(first, slots[0]!.id)).body.appointment;

    expect((await stranger.client.get(`/api/appointments/${booked.id}`)).status).toBe(404);
    expect((await stranger.client.post(`/api/appointments/${booked.id}/cancel`, {})).status).toBe(404);

    const cancelled = await first.client.post(`/api/appointments/${booked.id}/cancel`, {
      reason: 'Feeling better',
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body.appointment).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: first.userId,
      cancelReason: 'Feeling better',
    });
    expect((await first.client.post(`/api/appointments/${booked.id}/cancel`, {})).status).toBe(409);
    expect((await latestEmailTo(doctor.email, 'Appointment cancelled')).body.text).toContain(
      'by the patient',
    );

    const rebooked = await book(second, slots[0]!.id);
    expect(rebooked.status, rebooked.text).toBe(201);
    const byDoctor = await doctor.client.post(`/api/appointments/${rebooked.body.appointment.id}/cancel`, {});
    expect(byDoctor.body.appointment.cancelledBy).toBe(doctor.userId);
  });

  it('releases an unpaid hold after 15 minutes (the sweeper), and the slot is free again', async () => {
    const { doctor, slots } = await doctorWithSlots(1);
    const patient = await registerAndSignIn('patient');
    const a = (await book(patient, slots[0]!.id)).body.appointment;

    expect((await expireHolds(new Date(Date.now() + 10 * 60_000))).expired).toBe(0);
    const swept = await expireHolds(new Date(Date.now() + 16 * 60_000));
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    const after = await patient.client.get(`/api/appointments/${a.id}`);
    expect(after.body.appointment).toMatchObject({ status: 'CANCELLED', cancelledBy: 'system' });
    const { data: slot } = await entities()
      .slot.get({ doctorId: doctor.userId, startAt: slots[0]!.startAt })
      .go();
    expect(slot).toMatchObject({ status: 'free', freeOn: day(3) });
    expect(slot?.appointmentId).toBeUndefined();
    expect((await latestEmailTo(patient.email, 'Appointment cancelled')).body.text).toContain(
      'not completed in time',
    );
  });

  it('follows the state machine: the doctor records outcomes only for a confirmed appointment that has started', async () => {
    const { doctor, slots } = await doctorWithSlots(1);
    const patient = await registerAndSignIn('patient');
    const a = (await book(patient, slots[0]!.id)).body.appointment;

    const early = await doctor.client.patch<ErrorBody>(`/api/appointments/${a.id}`, { status: 'COMPLETED' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('invalid_transition');
    expect((await patient.client.patch(`/api/appointments/${a.id}`, { notes: 'mine' })).status).toBe(403);
    expect((await doctor.client.patch(`/api/appointments/${a.id}`, { status: 'CANCELLED' })).status).toBe(
      400,
    );
    const notes = await doctor.client.patch(`/api/appointments/${a.id}`, {
      notes: 'Bring previous prescriptions.',
    });
    expect(notes.body.appointment.notes).toBe('Bring previous prescriptions.');

    // Confirmed (as a verified payment does) and already started.
    await entities()
      .appointment.patch({ appointmentId: a.id })
      .set({
        status: 'CONFIRMED',
        holdExpiresAt: a.holdExpiresAt,
        startAt: new Date(Date.now() - 60_000).toISOString(),
      })
      .go();
    const done = await doctor.client.patch(`/api/appointments/${a.id}`, { status: 'COMPLETED' });
    expect(done.status, done.text).toBe(200);
    expect(done.body.appointment.status).toBe('COMPLETED');
    expect((await doctor.client.patch(`/api/appointments/${a.id}`, { status: 'NO_SHOW' })).status).toBe(409);
  });

  it('lists a patient’s upcoming and past appointments separately, with a cursor', async () => {
    const { slots } = await doctorWithSlots(3);
    const patient = await registerAndSignIn('patient');
    for (const s of slots) {
      const booked = await book(patient, s.id);
      expect(booked.status).toBe(201);
      // Paid, so that no more than two holds are open at a time (booking limits).
      await payAndVerify(patient, booked.body.appointment.id);
    }
    const page1 = await patient.client.get('/api/appointments?scope=upcoming&limit=2');
    expect(page1.body.appointments).toHaveLength(2);
    expect(page1.body.nextCursor).toBeTruthy();
    const page2 = await patient.client.get(
      `/api/appointments?scope=upcoming&limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`,
    );
    expect(page2.body.appointments).toHaveLength(1);
    const all = [...page1.body.appointments, ...page2.body.appointments].map(
      (a: { startAt: string }) => a.startAt,
    );
    expect(all).toEqual([...all].sort());
    expect((await patient.client.get('/api/appointments?scope=past')).body.appointments).toEqual([]);
    expect((await patient.client.get('/api/appointments?scope=someday')).status).toBe(400);
  });
});
