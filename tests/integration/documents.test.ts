/**
 * Documents (issue 18) through the real API, DynamoDB Local and the S3 emulator: presigned POST
 * uploads, the checker's verdict on the real bytes (the emulator enforces no POST policy, so the
 * checker is what refuses a text file named .pdf or an oversized file), the 10-file limit, removal
 * until the visit starts, the doctor's audited 60-second links, strangers' 404s, and a doctor's
 * verification evidence for the admin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../functions/contract/api.ts';
import { entities } from '../../functions/core/db/index.ts';
import { type Booked, bookedAppointment, confirmedAppointment } from '../helpers/appointments.ts';
import {
  type Doc,
  docsPath,
  objectExists,
  pdfBytes,
  settled,
  textPretendingToBePdf,
  upload,
} from '../helpers/documents.ts';
import { newAdmin, registerAndSignIn, type TestUser } from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

describe('reports on an appointment', () => {
  let booked: Booked;
  let stranger: TestUser;
  let readyId: string;
  beforeAll(async () => {
    booked = await confirmedAppointment(120, { doctor: 'Kavya', patient: 'Nikhil' });
    stranger = await registerAndSignIn('patient', { firstName: 'Stranger' });
  });

  it('a real PDF becomes ready; the doctor opens it through a 60-second link, and the view is audited', async () => {
    readyId = await upload(booked.patient, docsPath(booked.appointmentId), pdfBytes());
    const doc = await settled(booked.patient, booked.appointmentId, readyId);
    expect(doc).toMatchObject({ status: 'ready', rejection: null, actions: { view: true, remove: true } });

    const list = await booked.doctor.client.get(docsPath(booked.appointmentId));
    expect(list.status, list.text).toBe(200);
    expect(list.body.documents).toEqual([
      expect.objectContaining({
        id: readyId,
        fileName: 'blood-report.pdf',
        actions: { view: true, remove: false },
      }),
    ]);
    const link = await booked.doctor.client.get(`${docsPath(booked.appointmentId)}/${readyId}/link`);
    expect(link.status, link.text).toBe(200);
    const expiresIn = Date.parse(link.body.link.expiresAt) - Date.now();
    expect(expiresIn).toBeLessThanOrEqual(60_000);
    expect(link.body.link.url).toContain('X-Amz-Expires=60');
    const file = await fetch(link.body.link.url);
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5))).toBe('%PDF-');

    const { data: events } = await entities().auditEvent.query.bySubject({ subjectId: readyId }).go();
    expect(events).toEqual([
      expect.objectContaining({
        action: 'document.read',
        actorId: booked.doctor.userId,
        subjectType: 'document',
        detail: `appointment=${booked.appointmentId}`,
      }),
    ]);
  });

  it('a text file named .pdf is refused and its object deleted', async () => {
    const id = await upload(booked.patient, docsPath(booked.appointmentId), textPretendingToBePdf(), {
      fileName: 'report.pdf',
    });
    const doc = await settled(booked.patient, booked.appointmentId, id);
    expect(doc).toMatchObject({ status: 'rejected', rejection: 'type_mismatch', actions: { view: false } });
    expect(await objectExists(`documents/${booked.appointmentId}/${id}`)).toBe(false);
    // The doctor never sees it, and no link is issued for it.
    const list = await booked.doctor.client.get(docsPath(booked.appointmentId));
    expect((list.body.documents as Doc[]).map((d) => d.id)).toEqual([readyId]);
    expect((await booked.doctor.client.get(`${docsPath(booked.appointmentId)}/${id}/link`)).status).toBe(404);
  });

  it('an oversized file (the emulator takes it: no POST policy) is refused by the checker and deleted', async () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(pdfBytes().slice(0, 16));
    // The client declares a small size; the bytes are what count.
    const id = await upload(booked.patient, docsPath(booked.appointmentId), big, { size: 1000 });
    const doc = await settled(booked.patient, booked.appointmentId, id);
    expect(doc).toMatchObject({ status: 'rejected', rejection: 'too_large' });
    expect(await objectExists(`documents/${booked.appointmentId}/${id}`)).toBe(false);
  });

  it('refuses a declared wrong type or size before any upload, and keeps nothing', async () => {
    for (const body of [
      { fileName: 'notes.txt', contentType: 'text/plain', size: 10 },
      { fileName: 'scan.pdf', contentType: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1 },
      { fileName: 'a/b.pdf', contentType: 'application/pdf', size: 10 },
    ]) {
      const res = await booked.patient.client.post(docsPath(booked.appointmentId), body);
      expect(res.status, res.text).toBe(400);
    }
    const list = await booked.patient.client.get(docsPath(booked.appointmentId));
    expect(list.body.documents).toHaveLength(3);
  });

  it('strangers get 404 for the list, the link, an upload and a removal; the doctor may not remove', async () => {
    const path = docsPath(booked.appointmentId);
    expect((await stranger.client.get(path)).status).toBe(404);
    expect((await stranger.client.get(`${path}/${readyId}/link`)).status).toBe(404);
    expect(
      (await stranger.client.post(path, { fileName: 'x.pdf', contentType: 'application/pdf', size: 9 }))
        .status,
    ).toBe(404);
    expect((await stranger.client.delete(`${path}/${readyId}`)).status).toBe(404);
    // The doctor is a party but not the patient: the patient-only routes refuse the role.
    expect((await booked.doctor.client.delete(`${path}/${readyId}`)).status).toBe(403);
    // Another appointment's document id under this appointment is simply not found.
    const other = await confirmedAppointment(180, { doctor: 'Isha', patient: 'Om' });
    const otherId = await upload(other.patient, docsPath(other.appointmentId), pdfBytes());
    await settled(other.patient, other.appointmentId, otherId);
    expect((await booked.doctor.client.get(`${path}/${otherId}/link`)).status).toBe(404);
  });

  it('holds at most 10 files: the 11th is a 409 and nothing is kept; a removal frees a place', async () => {
    const own = await confirmedAppointment(240, { doctor: 'Tara', patient: 'Vik' });
    const path = docsPath(own.appointmentId);
    const body = { fileName: 'x.pdf', contentType: 'application/pdf', size: 100 };
    const permits = await Promise.all(Array.from({ length: 12 }, () => own.patient.client.post(path, body)));
    expect(permits.filter((p) => p.status === 201)).toHaveLength(10);
    const refused = permits.filter((p) => p.status !== 201);
    expect(refused.map((p) => [p.status, p.body.error.code])).toEqual([
      [409, 'too_many_documents'],
      [409, 'too_many_documents'],
    ]);
    expect(refused[0]!.body.error.params).toEqual({ max: 10 });
    const list = await own.patient.client.get(path);
    expect(list.body.documents).toHaveLength(10);

    const removed = await own.patient.client.delete(`${path}/${list.body.documents[0].id}`);
    expect(removed.status, removed.text).toBe(200);
    expect((await own.patient.client.post(path, body)).status).toBe(201);
    expect((await own.patient.client.post(path, body)).status).toBe(409);
  });

  it('the patient removes a file until the visit starts (the object goes too); not after', async () => {
    const id = await upload(booked.patient, docsPath(booked.appointmentId), pdfBytes());
    await settled(booked.patient, booked.appointmentId, id);
    const removed = await booked.patient.client.delete(`${docsPath(booked.appointmentId)}/${id}`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body).toEqual({ deleted: id });
    expect(await objectExists(`documents/${booked.appointmentId}/${id}`)).toBe(false);
    expect((await booked.patient.client.delete(`${docsPath(booked.appointmentId)}/${id}`)).status).toBe(404);

    // Started a minute ago: still open for adding, closed for removing.
    const started = await confirmedAppointment(2, { doctor: 'Anu', patient: 'Raj' });
    const startedId = await upload(started.patient, docsPath(started.appointmentId), pdfBytes());
    await entities()
      .appointment.patch({ appointmentId: started.appointmentId })
      .set({ startAt: new Date(Date.now() - 60_000).toISOString() })
      .go();
    const late = await started.patient.client.delete(`${docsPath(started.appointmentId)}/${startedId}`);
    expect([late.status, late.body.error.code]).toEqual([409, 'documents_closed']);
  });

  it('an unpaid hold takes no files', async () => {
    const held = await bookedAppointment(300, { doctor: 'Gita', patient: 'Sam' });
    const res = await held.patient.client.post(docsPath(held.appointmentId), {
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      size: 100,
    });
    expect([res.status, res.body.error.code]).toEqual([409, 'documents_closed']);
  });
});

describe("a doctor's verification evidence", () => {
  it('a pending doctor uploads a certificate and a photo ID; the admin sees them beside the register link, audited', async () => {
    const doctor = await registerAndSignIn('doctor', { firstName: 'Neha', lastName: 'Rao' });
    const saved = await doctor.client.patch('/api/me/doctor-profile', { registrationNumber: 'DMC/R/04567' });
    expect(saved.status, saved.text).toBe(200);
    const before = await doctor.client.get('/api/me/verification-documents');
    expect(before.body).toEqual({ documents: [], usualWorkingDays: 2 });

    const path = '/api/me/verification-documents';
    const certificate = await upload(doctor, path, pdfBytes(), {
      fileName: 'registration.pdf',
      kind: 'registrationCertificate',
    });
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    const photo = await upload(doctor, path, png, {
      fileName: 'aadhaar.png',
      contentType: 'image/png',
      kind: 'photoId',
    });
    await until(
      async () =>
        ((await doctor.client.get(path)).body.documents as Doc[]).every((d) => d.status === 'ready'),
      { what: 'both proofs checked' },
    );

    const admin = await newAdmin();
    const seen = await admin.client.get(`/api/admin/doctors/${doctor.userId}/documents`);
    expect(seen.status, seen.text).toBe(200);
    expect(seen.body).toMatchObject({
      registrationNumber: 'DMC/R/04567',
      registerUrl: 'https://www.nmc.org.in/information-desk/indian-medical-register/',
    });
    expect((seen.body.documents as { id: string; kind: string }[]).map((d) => [d.id, d.kind])).toEqual([
      [certificate, 'registrationCertificate'],
      [photo, 'photoId'],
    ]);
    const link = await admin.client.get(`/api/admin/doctors/${doctor.userId}/documents/${certificate}/link`);
    expect(link.status, link.text).toBe(200);
    const { data: events } = await entities().auditEvent.query.bySubject({ subjectId: certificate }).go();
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['admin.document.read', admin.userId]]);

    // Strangers: another doctor's, or a patient's, evidence is not there; only admins ask.
    const other = await registerAndSignIn('doctor', { firstName: 'Other' });
    expect((await other.client.get(`/api/admin/doctors/${doctor.userId}/documents`)).status).toBe(403);
    expect(
      (await admin.client.get(`/api/admin/doctors/${other.userId}/documents/${certificate}/link`)).status,
    ).toBe(404);
    const patient = await registerAndSignIn('patient');
    expect((await admin.client.get(`/api/admin/doctors/${patient.userId}/documents`)).status).toBe(404);
    expect(
      (
        await patient.client.post(path, {
          fileName: 'x.pdf',
          contentType: 'application/pdf',
          size: 9,
          kind: 'photoId',
        })
      ).status,
    ).toBe(403);
  });
});
