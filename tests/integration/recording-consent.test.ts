/**
 * Consent to recording, asked in the room: nothing is recorded until the patient agrees, either party
 * withdraws it at any time (the doctor's recorder is told over the socket and the server refuses more
 * chunks), and every answer is kept on the appointment and in the audit log.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { closeRoomsAfterEach, openRoom } from '../helpers/room.ts';

const track = closeRoomsAfterEach();
const consentPath = (id: string) => `/api/appointments/${id}/recording-consent`;
const presign = (id: string) => `/api/appointments/${id}/recordings`;

/** The appointment's recording state and its recording consent events, as stored. */
async function stored(appointmentId: string) {
  const [{ data }, { data: events }] = await Promise.all([
    entities().appointment.get({ appointmentId }).go(),
    entities().consent.query.byAppointment({ appointmentId }).go({ pages: 'all' }),
  ]);
  return { consent: data?.recordingConsent, consents: events.filter((e) => e.kind === 'recording') };
}

describe('consent to recording', () => {
  it('records nothing until the patient agrees; the doctor cannot agree for them', async () => {
    const { doctor, patient, appointmentId } = await confirmedAppointment(5);
    const view = await patient.client.get(`/api/appointments/${appointmentId}`);
    expect(view.body.appointment).toMatchObject({ recordingConsent: 'pending' });
    expect(view.body.consents.filter((c: { kind: string }) => c.kind === 'recording')).toEqual([]);
    expect((await doctor.client.post(`/api/appointments/${appointmentId}/join`)).body.recordingConsent).toBe(
      'pending',
    );

    const early = await doctor.client.post<ErrorBody>(presign(appointmentId), { seq: 0 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('recording_consent_required');

    const byDoctor = await doctor.client.post<ErrorBody>(consentPath(appointmentId), { consent: 'given' });
    expect(byDoctor.status).toBe(403);
    expect(byDoctor.body.error.code).toBe('forbidden');
    expect(await stored(appointmentId)).toEqual({ consent: undefined, consents: [] });

    for (const body of [{}, { consent: 'yes' }, { consent: 'given', extra: 1 }]) {
      const bad = await patient.client.post<ErrorBody>(consentPath(appointmentId), body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
    }
    expect(await stored(appointmentId)).toEqual({ consent: undefined, consents: [] });
  });

  it('tells both sockets, lets the doctor record, and stops recording when either party withdraws', async () => {
    const { doctor, patient, appointmentId } = await confirmedAppointment(5);
    const doctorRoom = track(await openRoom(doctor, appointmentId));
    const patientRoom = track(await openRoom(patient, appointmentId));

    const given = await patient.client.post(consentPath(appointmentId), { consent: 'given' });
    expect(given.status, given.text).toBe(200);
    expect(given.body.recordingConsent).toBe('given');
    expect(given.body.consent).toMatchObject({
      kind: 'recording',
      action: 'given',
      by: 'patient',
      basis: 'explicit',
    });
    for (const room of [doctorRoom, patientRoom]) {
      const frame = await room.next((f) => f.type === 'recording.consent' && f.consent === 'given');
      expect(frame).toMatchObject({ by: 'patient', at: given.body.consent.at });
    }
    const permit = await doctor.client.post(presign(appointmentId), { seq: 0 });
    expect(permit.status, permit.text).toBe(200);

    const withdrawn = await doctor.client.post(consentPath(appointmentId), { consent: 'withdrawn' });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    await doctorRoom.next((f) => f.type === 'recording.consent' && f.consent === 'withdrawn');
    await patientRoom.next((f) => f.type === 'recording.consent' && f.consent === 'withdrawn');
    // The tail may still go up (the chunk being captured at the withdrawal, and one more a timeslice may
    // have started before the doctor's browser heard of it); nothing after it, and no new recording.
    const recordingId = permit.body.recordingId;
    for (const seq of [1, 2])
      expect((await doctor.client.post(presign(appointmentId), { seq, recordingId })).status).toBe(200);
    for (const body of [{ seq: 3, recordingId }, { seq: 0 }]) {
      const refused = await doctor.client.post<ErrorBody>(presign(appointmentId), body);
      expect(refused.status, JSON.stringify(body)).toBe(409);
      expect(refused.body.error.code).toBe('recording_consent_required');
    }

    // The patient may agree again, and withdraw; the record keeps every answer in order.
    expect((await patient.client.post(consentPath(appointmentId), { consent: 'given' })).status).toBe(200);
    expect((await patient.client.post(consentPath(appointmentId), { consent: 'withdrawn' })).status).toBe(
      200,
    );
    const view = await doctor.client.get(`/api/appointments/${appointmentId}`);
    const recording = view.body.consents.filter((c: { kind: string }) => c.kind === 'recording');
    expect(recording.map((c: { action: string; by: string }) => `${c.action}:${c.by}`)).toEqual([
      'given:patient',
      'withdrawn:doctor',
      'given:patient',
      'withdrawn:patient',
    ]);
    // The doctor sees their own answer's IP, never the patient's.
    expect(recording.map((c: { sourceIp: string | null }) => c.sourceIp === null)).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(view.body.appointment.recordingConsent).toBe('withdrawn');

    // Each answer is in the audit log with who, when and from where.
    const { data: events } = await entities()
      .auditEvent.query.bySubject({ subjectId: appointmentId })
      .go({ pages: 'all' });
    const consentEvents = events.filter((e) => e.action === 'recording.consent');
    expect(consentEvents).toHaveLength(4);
    expect(consentEvents.map((e) => e.actorId).sort()).toEqual(
      [patient.userId, patient.userId, patient.userId, doctor.userId].sort(),
    );
    for (const e of consentEvents) expect(e.sourceIp).toBeTruthy();
  });

  it('records one answer when the same answer is sent twice at once, and a repeat changes nothing', async () => {
    const { patient, appointmentId } = await confirmedAppointment(5);
    const answers = await Promise.all(
      [1, 2, 3].map(() => patient.client.post(consentPath(appointmentId), { consent: 'given' })),
    );
    // A lost race is a 409 (reload and retry); never a second event, never a 500.
    for (const a of answers) expect([200, 409]).toContain(a.status);
    expect(answers.some((a) => a.status === 200)).toBe(true);
    expect((await stored(appointmentId)).consents).toHaveLength(1);
    expect((await patient.client.post(consentPath(appointmentId), { consent: 'given' })).status).toBe(200);
    expect((await stored(appointmentId)).consents).toHaveLength(1);
  });

  it('is given only in the room: not before it opens, and not when the doctor turned recording off', async () => {
    const later = await confirmedAppointment(120);
    const early = await later.patient.client.post<ErrorBody>(consentPath(later.appointmentId), {
      consent: 'given',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('not_joinable');

    const off = await confirmedAppointment(5);
    expect(
      (await off.doctor.client.patch(`/api/appointments/${off.appointmentId}`, { recordingEnabled: false }))
        .status,
    ).toBe(200);
    const refused = await off.patient.client.post<ErrorBody>(consentPath(off.appointmentId), {
      consent: 'given',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('recording_disabled');
    expect(await stored(off.appointmentId)).toEqual({ consent: undefined, consents: [] });
  });
});
