/**
 * DPDP export and erasure (issue 18, part 5), against the real twin: the patient's export holds all
 * their records and PDFs; erasure is signed, refused while a consultation is booked, and leaves no name,
 * email or phone number anywhere in the table, while the doctor still reads the prescription under a
 * pseudonym; the sign-in is gone; the kept records are purged when their retention ends (the sweeper's
 * purge, run with the clock moved on); an erasure a crash interrupted is finished by the sweeper.
 */

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { saveMessage } from '../../functions/chat/messages.ts';
import { entities } from '../../functions/core/db/index.ts';
import { deletePhotoOf } from '../../functions/documents/index.ts';
import { finishErasure, finishInterruptedErasures } from '../../functions/privacy/erasure.ts';
import { EXPORTS_PER_DAY } from '../../functions/privacy/export.ts';
import { purgeDue } from '../../functions/privacy/purge.ts';
import { consultationPurgeAt, gstPurgeAt, pseudonymOf } from '../../functions/privacy/retention.ts';
import { ApiClient } from '../helpers/api.ts';
import { confirmedAppointment, doctorWithSlots, holdSlot } from '../helpers/appointments.ts';
import {
  docsPath,
  mediaObjectExists,
  objectExists,
  pdfBytes,
  pngBytes,
  publishPath,
  settled,
  upload,
  uploadPhoto,
} from '../helpers/documents.ts';
import { readPdf } from '../helpers/pdf.ts';
import { scanTable } from '../helpers/table.ts';
import {
  childFeverDraft,
  prescribingDoctor,
  registerAndSignIn,
  TEST_PASSWORD,
  uniqueWord,
  verifiedDoctor,
} from '../helpers/users.ts';

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A patient with a phone number, a child, and a completed, paid consultation for the child: prescribed, chatted, reviewed. */
async function patientWithHistory() {
  const lastName = capitalised(uniqueWord('erase'));
  const patient = await registerAndSignIn('patient', { firstName: 'Zoya', lastName });
  const phone = `+9198${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  expect((await patient.client.patch('/api/me', { phone })).status).toBe(200);
  const childName = `Kabir ${capitalised(uniqueWord('child'))}`;
  const child = await patient.client.post('/api/me/dependants', {
    name: childName,
    dateOfBirth: '2019-04-10',
    sex: 'male',
    relationship: 'child',
  });
  expect(child.status, child.text).toBe(201);
  const dependantId = child.body.dependant.id as string;
  const doctor = await verifiedDoctor({ firstName: 'Nisha', lastName: capitalised(uniqueWord('doc')) });
  await prescribingDoctor(doctor);
  const booked = await confirmedAppointment(5, {}, { doctor, patient, dependantId });
  const base = `/api/appointments/${booked.appointmentId}/prescriptions`;
  expect((await doctor.client.put(`${base}/draft`, childFeverDraft)).status).toBe(200);
  const issued = await doctor.client.post(`${base}/issue`, { password: doctor.password });
  expect(issued.status, issued.text).toBe(200);
  await saveMessage({
    appointmentId: booked.appointmentId,
    senderId: patient.userId,
    senderRole: 'patient',
    text: 'He still has a mild fever at night.',
    clientMsgId: 'privacy-1',
  });
  // A report shared before the visit, its file named after the child (as people name files).
  const reportId = await upload(patient, docsPath(booked.appointmentId), pdfBytes(), {
    fileName: `${childName} blood test.pdf`,
  });
  expect((await settled(patient, booked.appointmentId, reportId)).status).toBe('ready');
  const { data: item } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
  await updateByDoctor(item!, { status: 'COMPLETED' }, new Date(Date.parse(booked.startAt) + 60_000));
  const reviewed = await patient.client.post('/api/testimonials', {
    appointmentId: booked.appointmentId,
    rating: 5,
    content: `Dr. Nisha was kind to ${childName}.`,
  });
  expect(reviewed.status, reviewed.text).toBe(201);
  return {
    patient,
    doctor,
    booked,
    dependantId,
    prescriptionNumber: issued.body.prescription.number as string,
    reportId,
    // (Dates of birth are shared by many test patients: the appointment's is checked on its own.)
    personal: [patient.email, lastName, phone, childName],
  };
}

const itemsNaming = async (texts: string[]) =>
  (await scanTable()).filter((item) => {
    const text = JSON.stringify(item);
    return texts.some((t) => text.includes(t));
  });

describe('DPDP export and erasure', () => {
  it('exports everything the patient has (JSON and PDFs), at most three times a day', async () => {
    const h = await patientWithHistory();
    const res = await h.patient.client.get('/api/me/export');
    expect(res.status, res.text.slice(0, 200)).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(res.bytes);
    const { data: receipt } = await entities().receipt.get({ appointmentId: h.booked.appointmentId }).go();
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'data.json',
        `prescriptions/${h.prescriptionNumber}.pdf`,
        `receipts/${receipt!.receiptNumber.replaceAll('/', '-')}.pdf`, // C360/2627/000012 → C360-2627-000012.pdf
      ].sort(),
    );
    const data = JSON.parse(strFromU8(files['data.json']!));
    expect(data.format).toBe('chikitsa360-export/1');
    expect(data.profile).toMatchObject({
      id: h.patient.userId,
      email: h.patient.email,
      phone: h.personal[2],
    });
    expect(data.dependants.map((d: { name: string }) => d.name)).toEqual([h.personal[3]]);
    expect(data.appointments).toHaveLength(1);
    const [visit] = data.appointments;
    expect(visit.appointment).toMatchObject({ id: h.booked.appointmentId, status: 'COMPLETED' });
    expect(visit.receipt.receiptNumber).toBe(receipt!.receiptNumber);
    expect(visit.consents.map((c: { kind: string }) => c.kind)).toContain('teleconsultation');
    expect(visit.reports).toEqual([
      expect.objectContaining({ contentType: 'application/pdf', status: 'ready' }),
    ]);
    expect(visit.reports[0].fileName).toMatch(/ blood test\.pdf$/);
    expect(visit.chat).toEqual([
      expect.objectContaining({ from: 'patient', text: 'He still has a mild fever at night.' }),
    ]);
    expect(visit.prescriptions[0]).toMatchObject({
      number: h.prescriptionNumber,
      patient: { name: h.personal[3], sex: 'male' },
    });
    const pdf = await readPdf(files[`prescriptions/${h.prescriptionNumber}.pdf`]!);
    expect(pdf.texts.join(' ')).toContain(h.personal[3]);
    expect(strFromU8(files['README.txt']!)).toContain('data.json');

    // Audited, and the audit log is what limits it.
    const { data: events } = await entities()
      .auditEvent.query.byActor({ actorId: h.patient.userId })
      .where(({ action }, { eq }) => eq(action, 'account.export'))
      .go();
    expect(events).toHaveLength(1);
    for (let n = 2; n <= EXPORTS_PER_DAY; n++)
      expect((await h.patient.client.get('/api/me/export')).status).toBe(200);
    const refused = await h.patient.client.get('/api/me/export');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_requests');
  });

  it('erases the account: no personal data left, the doctor keeps a pseudonymised prescription, no sign-in', async () => {
    const h = await patientWithHistory();
    const { slots } = await doctorWithSlots(1);
    const hold = await holdSlot(h.patient, slots[0]!.id);
    const before = await itemsNaming(h.personal);
    expect(before.length).toBeGreaterThan(3);

    // Signed with the password: a wrong one changes nothing.
    const wrong = await h.patient.client.post('/api/me/erase', { password: 'Not-the-password1!' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('signature_failed');
    // Refused while a consultation is booked; allowed once it is cancelled.
    const booked = await h.patient.client.post('/api/me/erase', { password: TEST_PASSWORD });
    expect(booked.status).toBe(409);
    expect(booked.body.error.code).toBe('upcoming_appointments');
    expect(await itemsNaming(h.personal)).toHaveLength(before.length);
    expect((await h.patient.client.post(`/api/appointments/${hold.id}/cancel`, {})).status).toBe(200);

    const erased = await h.patient.client.post('/api/me/erase', { password: TEST_PASSWORD });
    expect(erased.status, erased.text).toBe(200);
    expect(erased.body).toEqual({ erased: true });
    expect(erased.headers.get('set-cookie')).toMatch(/Max-Age=0/);

    // Nothing in the whole table names them any more.
    expect((await itemsNaming(h.personal)).map((i) => `${i.__edb_e__} ${i.pk}`)).toEqual([]);
    expect((await entities().user.get({ userId: h.patient.userId }).go()).data).toBeNull();
    expect((await entities().dependant.query.byUser({ userId: h.patient.userId }).go()).data).toEqual([]);

    // The doctor still reads the visit and the prescription, under pseudonyms; age and sex stay.
    const account = pseudonymOf(h.patient.userId);
    const treated = pseudonymOf(h.dependantId);
    expect(account).toMatch(/^Patient [0-9A-F]{4}$/);
    const visit = await h.doctor.client.get(`/api/appointments/${h.booked.appointmentId}`);
    expect(visit.status).toBe(200);
    expect(visit.body.appointment.patient.name).toBe(account);
    expect(visit.body.appointment.treated).toMatchObject({ name: treated, dateOfBirth: null, sex: 'male' });
    const { data: keptVisit } = await entities()
      .appointment.get({ appointmentId: h.booked.appointmentId })
      .go();
    expect(keptVisit?.treatedDateOfBirth).toBeUndefined();
    const rx = await h.doctor.client.get(`/api/appointments/${h.booked.appointmentId}/prescriptions/1`);
    expect(rx.status).toBe(200);
    expect(rx.body.prescription).toMatchObject({ number: h.prescriptionNumber, status: 'ISSUED' });
    expect(rx.body.prescription.patient).toMatchObject({ name: treated, sex: 'male' });
    expect(rx.body.prescription.patient.ageMonths).toBeGreaterThan(12);
    const pdf = await h.doctor.client.get(`/api/appointments/${h.booked.appointmentId}/prescriptions/1/pdf`);
    expect((await readPdf(pdf.bytes)).texts.join(' ')).toContain(treated);
    const { data: receipt } = await entities().receipt.get({ appointmentId: h.booked.appointmentId }).go();
    expect(receipt?.patientName).toBe(account);
    // The shared report stays with the visit (TPG 2020 §3.7.1), under a neutral name.
    const { data: report } = await entities()
      .document.get({ scopeId: h.booked.appointmentId, documentId: h.reportId })
      .go();
    expect(report?.fileName).toBe(`report-${h.reportId.slice(-4).toLowerCase()}.pdf`);
    expect(await objectExists(report!.key)).toBe(true);

    // The sign-in is gone, and the old session is refused.
    const login = await new ApiClient().post('/api/auth/login', {
      email: h.patient.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(401);
    expect([401, 403]).toContain((await h.patient.client.get('/api/me')).status);

    // Kept until their retention ends, then purged: the visit after 3 years, the GST records later.
    const { data: retention } = await entities()
      .retention.query.due({})
      .where(({ appointmentId }, { eq }) => eq(appointmentId, h.booked.appointmentId))
      .go({ pages: 'all' });
    expect(retention.map((r) => [r.kind, r.purgeAt]).sort()).toEqual([
      ['consultation', consultationPurgeAt(h.booked.startAt)],
      ['tax', gstPurgeAt(receipt!.paidAt)],
    ]);
    const appointmentId = h.booked.appointmentId;
    const visitItems = async () =>
      (await scanTable()).filter((i) => i.pk.includes(appointmentId) && i.__edb_e__ !== 'auditEvent');
    await purgeDue(new Date(Date.parse(consultationPurgeAt(h.booked.startAt)) - 60_000));
    expect((await visitItems()).some((i) => i.__edb_e__ === 'prescription')).toBe(true);
    await purgeAll(new Date(Date.parse(consultationPurgeAt(h.booked.startAt)) + 60_000), appointmentId);
    const kept = (await visitItems()).map((i) => i.__edb_e__).sort();
    expect(kept).toEqual(['payment', 'receipt']);
    expect(await objectExists(report!.key)).toBe(false);
    await purgeAll(new Date(Date.parse(gstPurgeAt(receipt!.paidAt)) + 60_000), appointmentId);
    expect(await visitItems()).toEqual([]);
  });

  it('erasing a doctor’s account also removes their photo, schedule, search facets, name tokens and lookup rows', async () => {
    const lastName = capitalised(uniqueWord('erasedoc'));
    const doctor = await verifiedDoctor({ lastName, languages: ['Tamil'] });
    const saved = await doctor.client.put('/api/doctor/schedule', {
      slotMinutes: 30,
      windows: [{ weekday: 1, start: '10:00', end: '11:00' }],
      breaks: [],
      leaveDates: [],
    });
    expect(saved.status, saved.text).toBe(200);
    const rows = async () =>
      (await scanTable()).filter(
        (i) =>
          JSON.stringify(i).includes(doctor.userId) &&
          ['schedule', 'doctorFacet', 'doctorNameToken', 'userLookup', 'user'].includes(String(i.__edb_e__)),
      );
    expect(new Set((await rows()).map((i) => i.__edb_e__))).toEqual(
      new Set(['schedule', 'doctorFacet', 'doctorNameToken', 'userLookup', 'user']),
    );
    // A published photo, which the CDN serves to anyone.
    const published = await doctor.client.post(publishPath(await uploadPhoto(doctor, pngBytes())));
    expect(published.status, published.text).toBe(200);
    const photoKey = (published.body.pictureUrl as string).slice(1);
    await entities()
      .user.patch({ userId: doctor.userId })
      .set({ directory: 'erasing', disabled: true, erasureRequestedAt: new Date().toISOString() })
      .go();
    // Only the sweeper (with its deleter) finishes the erasure of an account with a photo; without
    // it nothing is touched yet.
    const before = await rows();
    await expect(finishErasure(doctor.userId)).rejects.toThrow(/sweeper/);
    expect(await rows()).toEqual(before);
    await finishErasure(doctor.userId, deletePhotoOf);
    expect(await rows()).toEqual([]);
    expect(await mediaObjectExists(photoKey)).toBe(false);
    const search = await new ApiClient().get(`/api/doctors?q=${encodeURIComponent(lastName)}`);
    expect(search.body.doctors).toEqual([]);
  });

  it('finishes an erasure that a crash interrupted, and running it again changes nothing', async () => {
    const h = await patientWithHistory();
    // What the request commits before anything else, and then nothing more (the crash).
    await entities()
      .user.patch({ userId: h.patient.userId })
      .set({ directory: 'erasing', disabled: true, erasureRequestedAt: new Date().toISOString() })
      .go();
    const later = new Date(Date.now() + 10 * 60_000);
    await finishInterruptedErasures(later, deletePhotoOf);
    expect((await itemsNaming(h.personal)).map((i) => `${i.__edb_e__} ${i.pk}`)).toEqual([]);
    const after = await scanTable();
    await finishInterruptedErasures(later, deletePhotoOf);
    expect((await scanTable()).filter((i) => JSON.stringify(i).includes(h.booked.appointmentId))).toEqual(
      after.filter((i) => JSON.stringify(i).includes(h.booked.appointmentId)),
    );
    const login = await new ApiClient().post('/api/auth/login', {
      email: h.patient.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(401);
  });
});

/** Runs the purge with the clock at `now` until this appointment's due retention items are gone. */
async function purgeAll(now: Date, appointmentId: string) {
  for (let round = 0; round < 20; round++) {
    await purgeDue(now);
    const { data: left } = await entities()
      .retention.query.due({})
      .lte({ purgeAt: now.toISOString() })
      .where(({ appointmentId: id }, { eq }) => eq(id, appointmentId))
      .go({ pages: 'all' });
    if (!left.length) return;
  }
  throw new Error('The purge did not finish');
}
