/**
 * The patient's consent to the teleconsultation, recorded with the booking (issue 17, item 3): the
 * terms version, the time and the IP, stored as its own event in the booking's transaction, shown on
 * the appointment (the IP only to the patient) and in the audit log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TELECONSULTATION_TERMS_VERSION } from '../../functions/contract/api.ts';
import { entities } from '../../functions/core/db/index.ts';
import { daysFromToday } from '../helpers/appointments.ts';
import { type PublishedSlot, publishSlots } from '../helpers/booking-browser.ts';
import { registerAndSignIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

let doctor: TestUser;
let slots: PublishedSlot[];
beforeAll(async () => {
  doctor = await verifiedDoctor({ firstName: 'Sahana', lastName: 'Iyer' });
  slots = await publishSlots(doctor, [daysFromToday(4)], '09:00', '11:00', 30);
});

const consentEvents = async (appointmentId: string) =>
  (await entities().consent.query.byAppointment({ appointmentId }).go()).data;

async function bookEvent(patient: TestUser, appointmentId: string) {
  const { data } = await entities().auditEvent.query.bySubject({ subjectId: appointmentId }).go();
  return data.filter((e) => e.action === 'appointment.book' && e.actorId === patient.userId);
}

describe('consent to teleconsultation at booking', () => {
  it('a booking implies it (TPG 2020 §3.3): recorded with terms version, time and IP, shown to both parties', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Leela', lastName: 'Rao' });
    const before = new Date().toISOString();
    const res = await patient.client.request(
      'POST',
      '/api/appointments',
      { slotId: slots[0]!.id, reason: 'Itchy rash for a week' },
      { headers: { 'user-agent': 'ConsentProbe/1.0' } },
    );
    expect(res.status, res.text).toBe(201);
    const appointmentId = res.body.appointment.id as string;

    const [stored, ...more] = await consentEvents(appointmentId);
    expect(more).toEqual([]);
    expect(stored).toMatchObject({
      kind: 'teleconsultation',
      basis: 'implied',
      userId: patient.userId,
      termsVersion: TELECONSULTATION_TERMS_VERSION,
      userAgent: 'ConsentProbe/1.0',
    });
    expect(stored!.at >= before && stored!.at <= new Date().toISOString()).toBe(true);
    expect(stored!.sourceIp).toMatch(/^[\d.:a-f]+$/);

    // The audit log has the booking, with the consent, from the same address.
    const [event, ...others] = await bookEvent(patient, appointmentId);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      subjectType: 'appointment',
      actorRole: 'patient',
      sourceIp: stored!.sourceIp,
      detail: `consent=teleconsultation (implied); terms=${TELECONSULTATION_TERMS_VERSION}`,
    });

    // The patient sees where it was given from; the doctor sees that it was given, not the address.
    const asPatient = await patient.client.get(`/api/appointments/${appointmentId}`);
    expect(asPatient.body.consents).toEqual([
      {
        kind: 'teleconsultation',
        action: 'given',
        by: 'patient',
        basis: 'implied',
        termsVersion: TELECONSULTATION_TERMS_VERSION,
        at: stored!.at,
        sourceIp: stored!.sourceIp,
      },
    ]);
    const asDoctor = await doctor.client.get(`/api/appointments/${appointmentId}`);
    expect(asDoctor.body.consents).toEqual([{ ...asPatient.body.consents[0], sourceIp: null }]);
  });

  it('explicit consent names the current terms; an outdated version books nothing', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Irfan', lastName: 'Ali' });
    const outdated = await patient.client.post('/api/appointments', {
      slotId: slots[1]!.id,
      reason: 'Knee pain',
      consent: { termsVersion: '2020-01-01' },
    });
    expect(outdated.status, outdated.text).toBe(400);
    expect(outdated.body.error.code).toBe('validation_failed');
    expect(outdated.body.error.details).toHaveProperty(['consent.termsVersion']);
    const list = await patient.client.get('/api/appointments?scope=upcoming');
    expect(list.body.appointments).toEqual([]);

    const booked = await patient.client.post('/api/appointments', {
      slotId: slots[1]!.id,
      reason: 'Knee pain',
      consent: { termsVersion: TELECONSULTATION_TERMS_VERSION },
    });
    expect(booked.status, booked.text).toBe(201);
    const appointmentId = booked.body.appointment.id as string;
    expect((await consentEvents(appointmentId)).map((c) => c.basis)).toEqual(['explicit']);
    expect((await bookEvent(patient, appointmentId))[0]?.detail).toBe(
      `consent=teleconsultation (explicit); terms=${TELECONSULTATION_TERMS_VERSION}`,
    );
  });

  it('a refused booking records no consent', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Tara', lastName: 'Sen' });
    // Taken by the first test.
    const taken = await patient.client.post('/api/appointments', { slotId: slots[0]!.id, reason: 'Cough' });
    expect(taken.status, taken.text).toBe(409);
    const { data } = await entities().auditEvent.query.byActor({ actorId: patient.userId }).go();
    expect(data.filter((e) => e.action === 'appointment.book')).toEqual([]);
  });
});
