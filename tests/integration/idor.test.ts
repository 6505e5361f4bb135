/**
 * IDOR probes (issue #10, part 2). Patient A and doctor A own a full consultation: booked, paid
 * (receipt), chatted, recorded and transcribed, notes written, marked completed and reviewed
 * (a pending testimonial); doctor A also has a free slot. Strangers of the same role (patient B,
 * doctor B) then call every route that takes an id with A's ids, sending what A would send, and
 * must be refused exactly as the contract says (404 on party routes, so ids do not leak), never
 * see any of A's data, and change nothing of A's in the table. Finally A sends the very same
 * requests and is NOT refused as a stranger, which proves the probes used live ids.
 *
 * The list of routes comes from functions/contract/routes.ts: a route with a path parameter and neither a probe
 * here nor a written exemption (admin routes only) fails the first test.
 */

import { strFromU8, unzipSync } from 'fflate';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { moderateRating } from '../../functions/appointments/ratings.ts';
import { type HttpRoute, httpRoutes, routeKey } from '../../functions/contract/routes.ts';
import { entities } from '../../functions/core/db/index.ts';
import { bookedAppointment, completeAndReview, daysFromToday } from '../helpers/appointments.ts';
import {
  docsPath,
  pdfBytes,
  pngBytes,
  publishPath,
  settled,
  upload,
  uploadPhoto,
} from '../helpers/documents.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { agreeToRecording, finish, settledTranscript, uploadChunk } from '../helpers/recording.ts';
import { openRoom, refusedStatus } from '../helpers/room.ts';
import { diffItems, settledTable, type TableItem } from '../helpers/table.ts';
import {
  registerAndSignIn,
  TEST_PASSWORD,
  type TestUser,
  uniqueWord,
  verifiedDoctor,
} from '../helpers/users.ts';

type Stranger = 'patientB' | 'doctorB';
type Owner = 'patientA' | 'doctorA';

/** What A owns, and the strangers. */
interface Fixture {
  patientA: TestUser;
  doctorA: TestUser;
  appointmentId: string;
  recordingId: string;
  slotId: string;
  /** A second free slot of doctor A, for the booking probes. */
  freeSlotId: string;
  /** Patient A's family member. */
  dependantId: string;
  /** A checked report patient A attached to the appointment. */
  documentId: string;
  /** A photo doctor A uploaded and has not published yet. */
  photoUploadId: string;
  testimonialId: string;
  /** A's published (approved) rating of the visit. */
  ratingId: string;
  orderId: string;
  paymentId: string;
  signature: string;
  /** A doctor who registered and filled in a profile but is not verified: not public. */
  unlistedDoctorId: string;
  patientB: TestUser;
  doctorB: TestUser;
  /** Strings that must never appear in a stranger's answer. */
  secrets: string[];
  /** Ids that mark an item of the table as A's (any attribute containing one). */
  ownerIds: string[];
}

interface Probe {
  method: HttpRoute['method'];
  path: string;
  /** What A would send: a valid request, so that only ownership can refuse it. */
  body?: unknown;
  /** The refusal each stranger must get; the message pins WHICH check refused. */
  refuse: Partial<Record<Stranger, { status: 403 | 404; message?: string }>>;
  /**
   * The owner who sends the same request afterwards and must not get the stranger's refusal
   * (null where no owner can: the probe asks for something that is not what the route serves).
   */
  owner: Owner | null;
}

const prescriptionDraft = (provisionalDiagnosis: string) => ({
  chiefComplaints: 'Cough for a week',
  provisionalDiagnosis,
  medicines: [
    {
      name: 'Paracetamol',
      catalogueId: 'paracetamol',
      strength: '500 mg',
      form: 'tablet',
      dose: '1 tablet',
      frequency: 'when needed',
      duration: '3 days',
    },
  ],
});

const PARTY_404 = { status: 404, message: 'Appointment not found.' } as const;
const FAMILY_404 = 'That family member was not found.';
const PHOTO_404 = 'That upload was not found. Upload the photo again.';
const bothStrangers404 = { patientB: PARTY_404, doctorB: PARTY_404 };

/**
 * Probes per route key. Reads come first and the writes last, cancellation at the very end, so
 * that the owners' control requests run in a sensible order too.
 */
function probesFor(f: Fixture): Record<string, Probe[]> {
  const a = `/api/appointments/${f.appointmentId}`;
  return {
    'GET /api/appointments/{id}': [{ method: 'GET', path: a, refuse: bothStrangers404, owner: 'patientA' }],
    'GET /api/receipts/{id}': [
      {
        method: 'GET',
        path: `/api/receipts/${f.appointmentId}`,
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    'GET /api/receipts/{id}/pdf': [
      {
        method: 'GET',
        path: `/api/receipts/${f.appointmentId}/pdf`,
        refuse: bothStrangers404,
        owner: 'doctorA',
      },
    ],
    'GET /api/appointments/{id}/messages': [
      { method: 'GET', path: `${a}/messages?limit=100`, refuse: bothStrangers404, owner: 'patientA' },
    ],
    'GET /api/appointments/{id}/record': [
      { method: 'GET', path: `${a}/record`, refuse: bothStrangers404, owner: 'doctorA' },
    ],
    'GET /api/appointments/{id}/transcription': [
      { method: 'GET', path: `${a}/transcription`, refuse: bothStrangers404, owner: 'doctorA' },
    ],
    'GET /api/appointments/{id}/documents': [
      { method: 'GET', path: `${a}/documents`, refuse: bothStrangers404, owner: 'patientA' },
    ],
    'GET /api/appointments/{id}/documents/{documentId}/link': [
      {
        method: 'GET',
        path: `${a}/documents/${f.documentId}/link`,
        refuse: bothStrangers404,
        owner: 'doctorA',
      },
    ],
    'GET /api/appointments/{id}/prescriptions': [
      { method: 'GET', path: `${a}/prescriptions`, refuse: bothStrangers404, owner: 'patientA' },
    ],
    'GET /api/appointments/{id}/prescriptions/{version}': [
      { method: 'GET', path: `${a}/prescriptions/1`, refuse: bothStrangers404, owner: 'patientA' },
    ],
    'GET /api/appointments/{id}/prescriptions/{version}/pdf': [
      { method: 'GET', path: `${a}/prescriptions/1/pdf`, refuse: bothStrangers404, owner: 'doctorA' },
    ],
    'GET /api/doctors/{id}': [
      // The public profile serves verified doctors only: a patient's or an unverified doctor's id is a 404.
      {
        method: 'GET',
        path: `/api/doctors/${f.patientA.userId}`,
        refuse: { patientB: { status: 404 }, doctorB: { status: 404 } },
        owner: null,
      },
      {
        method: 'GET',
        path: `/api/doctors/${f.unlistedDoctorId}`,
        refuse: { patientB: { status: 404 }, doctorB: { status: 404 } },
        owner: null,
      },
    ],
    'GET /api/health-tips/{tipId}': [
      // Tips are public and nobody's; what must not happen is that the route serves another entity
      // under the same kind of id: A's pending (unpublished) testimonial.
      {
        method: 'GET',
        path: `/api/health-tips/${f.testimonialId}`,
        refuse: { patientB: { status: 404 }, doctorB: { status: 404 } },
        owner: null,
      },
    ],
    'POST /api/appointments/{id}/join': [
      { method: 'POST', path: `${a}/join`, refuse: bothStrangers404, owner: 'patientA' },
    ],
    'POST /api/appointments/{id}/payment': [
      { method: 'POST', path: `${a}/payment`, refuse: bothStrangers404, owner: 'patientA' },
    ],
    'POST /api/appointments/{id}/recordings': [
      {
        method: 'POST',
        path: `${a}/recordings`,
        body: { seq: 0 },
        refuse: bothStrangers404,
        owner: 'doctorA',
      },
    ],
    'POST /api/appointments/{id}/recording-consent': [
      {
        method: 'POST',
        path: `${a}/recording-consent`,
        body: { consent: 'withdrawn' },
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    'POST /api/appointments/{id}/recordings/{recordingId}/finish': [
      {
        method: 'POST',
        path: `${a}/recordings/${f.recordingId}/finish`,
        body: { durationMs: 1000 },
        refuse: bothStrangers404,
        owner: 'doctorA',
      },
    ],
    'PUT /api/appointments/{id}/prescriptions/draft': [
      {
        method: 'PUT',
        path: `${a}/prescriptions/draft`,
        body: prescriptionDraft('A stranger’s diagnosis'),
        refuse: bothStrangers404,
        owner: 'doctorA',
      },
    ],
    'POST /api/appointments/{id}/prescriptions/issue': [
      {
        method: 'POST',
        path: `${a}/prescriptions/issue`,
        body: { password: TEST_PASSWORD },
        refuse: bothStrangers404,
        owner: 'doctorA',
      },
    ],
    'POST /api/appointments/{id}/documents': [
      {
        method: 'POST',
        path: `${a}/documents`,
        body: { fileName: 'stranger.pdf', contentType: 'application/pdf', size: 100 },
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    'DELETE /api/appointments/{id}/documents/{documentId}': [
      {
        method: 'DELETE',
        path: `${a}/documents/${f.documentId}`,
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    // The public list of a doctor's comments serves listed doctors only, like the profile.
    'GET /api/doctors/{id}/ratings': [
      {
        method: 'GET',
        path: `/api/doctors/${f.unlistedDoctorId}/ratings`,
        refuse: { patientB: { status: 404 }, doctorB: { status: 404 } },
        owner: null,
      },
    ],
    'GET /api/appointments/{id}/rating': [
      { method: 'GET', path: `${a}/rating`, refuse: bothStrangers404, owner: 'patientA' },
    ],
    'PUT /api/appointments/{id}/rating': [
      {
        method: 'PUT',
        path: `${a}/rating`,
        // The comment A wrote, unchanged: A's control keeps it published for the reply probe below.
        body: { stars: 1, comment: 'Kind and careful.' },
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    // Only the rated doctor may reply: another doctor is told the rating does not exist.
    'POST /api/doctor/ratings/{ratingId}/reply': [
      {
        method: 'POST',
        path: `/api/doctor/ratings/${f.ratingId}/reply`,
        body: { text: 'A stranger’s reply' },
        refuse: { patientB: { status: 403 }, doctorB: { status: 404, message: 'Rating not found.' } },
        owner: 'doctorA',
      },
    ],
    'POST /api/appointments/{id}/follow-up': [
      {
        // A's completed consultation followed up by a stranger (doctor A offers none here: the owner's
        // control is refused for the window, not as a stranger, and books nothing).
        method: 'POST',
        path: `${a}/follow-up`,
        body: { slotId: f.freeSlotId, reason: 'A stranger’s follow-up' },
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    'PATCH /api/appointments/{id}': [
      {
        method: 'PATCH',
        path: a,
        body: { notes: 'Overwritten by a stranger', recordingEnabled: false },
        refuse: bothStrangers404,
        owner: 'doctorA',
      },
    ],
    'DELETE /api/doctor/slots/{slotId}': [
      {
        method: 'DELETE',
        path: `/api/doctor/slots/${encodeURIComponent(f.slotId)}`,
        // Doctor B owns no such slot; patient B is refused by role before ownership matters.
        refuse: { doctorB: { status: 404, message: 'Slot not found.' }, patientB: { status: 403 } },
        owner: 'doctorA',
      },
    ],
    // Ids in the body rather than the path, on the routes that take them.
    'POST /api/appointments': [
      {
        // Booking a free slot for A's family member: nobody else's dependant can be booked (or read).
        method: 'POST',
        path: '/api/appointments',
        body: { slotId: f.freeSlotId, reason: 'Booking for a stranger', dependantId: f.dependantId },
        refuse: { patientB: { status: 404, message: FAMILY_404 }, doctorB: { status: 403 } },
        owner: 'patientA',
      },
    ],
    // After the booking probe: the owner's control of the removal must come after its booking control.
    'PATCH /api/me/dependants/{dependantId}': [
      {
        method: 'PATCH',
        path: `/api/me/dependants/${f.dependantId}`,
        body: { name: 'Renamed by a stranger' },
        // Patient B has no such family member; doctor B is refused by role first.
        refuse: { patientB: { status: 404, message: FAMILY_404 }, doctorB: { status: 403 } },
        owner: 'patientA',
      },
    ],
    // The upload's key is the caller's own (uploads/photos/{doctorId}/…): another doctor's publish
    // finds nothing under theirs; a patient is refused by role.
    'POST /api/me/photo-uploads/{uploadId}/publish': [
      {
        method: 'POST',
        path: publishPath(f.photoUploadId),
        refuse: { doctorB: { status: 404, message: PHOTO_404 }, patientB: { status: 403 } },
        owner: 'doctorA',
      },
    ],
    'DELETE /api/me/dependants/{dependantId}': [
      {
        method: 'DELETE',
        path: `/api/me/dependants/${f.dependantId}`,
        refuse: { patientB: { status: 404, message: FAMILY_404 }, doctorB: { status: 403 } },
        owner: 'patientA',
      },
    ],
    // No id in the path, but A's message to the support team is behind it: strangers of both roles
    // are refused, and their answers hold nothing of it (checked against the secrets).
    'GET /api/admin/contact-messages': [
      {
        method: 'GET',
        path: '/api/admin/contact-messages?limit=100',
        refuse: { patientB: { status: 403 }, doctorB: { status: 403 } },
        owner: null,
      },
    ],
    'POST /api/testimonials': [
      {
        method: 'POST',
        path: '/api/testimonials',
        body: {
          appointmentId: f.appointmentId,
          rating: 1,
          content: 'A stranger reviewing this consultation.',
        },
        refuse: { patientB: { status: 404, message: 'Appointment not found.' }, doctorB: { status: 403 } },
        owner: 'patientA',
      },
    ],
    'POST /api/payments/verify': [
      {
        method: 'POST',
        path: '/api/payments/verify',
        body: { orderId: f.orderId, paymentId: f.paymentId, signature: f.signature },
        refuse: { patientB: { status: 404, message: 'Payment not found.' }, doctorB: { status: 403 } },
        owner: 'patientA',
      },
    ],
    'POST /api/appointments/{id}/cancel': [
      {
        method: 'POST',
        path: `${a}/cancel`,
        body: { reason: 'Cancelled by a stranger' },
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    'POST /api/appointments/{id}/reschedule': [
      {
        // A's consultation moved by a stranger to doctor A's free slot (A, the owner, is refused by the
        // policy instead: a completed consultation has no time to move).
        method: 'POST',
        path: `${a}/reschedule`,
        body: { slotId: f.freeSlotId },
        refuse: bothStrangers404,
        owner: 'patientA',
      },
    ],
    'GET /api/appointments/{id}/calendar.ics': [
      { method: 'GET', path: `${a}/calendar.ics`, refuse: bothStrangers404, owner: 'doctorA' },
    ],
  };
}

/**
 * Admin routes take any user's or appointment's id by design: there is one admin role and no
 * "admin B" whose resources admin A must not reach. Non-admins are refused with 403 before the id is
 * looked at (tests/integration/authorization-matrix.test.ts sweeps every route × role for that).
 */
const ADMIN_REASON =
  'admin-only: admins act on every user’s records by design (no per-admin ownership); every non-admin caller gets 403 before the id is read (authorization matrix)';
const exemptions: Record<string, string> = Object.fromEntries(
  httpRoutes
    .filter((r) => r.auth === 'admin' && r.path.includes('{'))
    .map((r) => [routeKey(r), ADMIN_REASON]),
);

const routesWithIds = httpRoutes.filter((r) => /\{\w+\}/.test(r.path));

async function buildFixture(): Promise<Fixture> {
  const booked = await bookedAppointment(5, { doctor: 'Idor', patient: 'Idor' });
  const { patient: patientA, doctor: doctorA, appointmentId } = booked;
  const paid = await payAndVerify(patientA, appointmentId);

  // A photo doctor A uploaded, not published yet.
  const photoUploadId = await uploadPhoto(doctorA, pngBytes());
  // A report the patient shares before the visit, checked and ready for the doctor.
  const reportName = `Idor-report-${ulid()}.pdf`;
  const documentId = await upload(patientA, docsPath(appointmentId), pdfBytes(), { fileName: reportName });
  await settled(patientA, appointmentId, documentId);

  // Chat: a message only the two parties may read.
  const chatText = `Idor private chat ${ulid()}`;
  const room = await openRoom(patientA, appointmentId);
  room.send({ action: 'chat.send', text: chatText, clientMsgId: 'idor-1' });
  await room.next((frame) => frame.type === 'chat.message');
  await room.close();

  // A recording (the patient agreed to it) and its transcript.
  await agreeToRecording(patientA, appointmentId);
  const recordingId = await uploadChunk(doctorA, appointmentId, 0);
  await finish(doctorA, appointmentId, recordingId);
  const transcript = await settledTranscript(patientA, appointmentId);
  expect(transcript.status).toBe('COMPLETED');

  // A's message to the support team: only admins may read the contact messages.
  const contactText = `Idor private message to support ${ulid()}`;
  const contact = await patientA.client.post('/api/contact', {
    name: 'Idor Patient',
    email: patientA.email,
    topic: 'privacy',
    message: contactText,
  });
  expect(contact.status, contact.text).toBe(201);
  const notes = `Idor private notes ${ulid()}`;
  const noted = await doctorA.client.patch(`/api/appointments/${appointmentId}`, { notes });
  expect(noted.status, noted.text).toBe(200);

  // The consultation took place: completed with the clock after its start, then reviewed by A.
  const testimonialId = await completeAndReview(booked, 'Idor: a kind and careful doctor.');
  // And rated, the comment published by an admin (the domain function the console calls).
  const rated = await patientA.client.put(`/api/appointments/${appointmentId}/rating`, {
    stars: 5,
    comment: 'Kind and careful.',
  });
  expect(rated.status, rated.text).toBe(200);
  const { data: rating } = await entities().rating.get({ appointmentId }).go();
  await moderateRating(rating!.ratingId, 'approve', rating!.revision, patientA.userId);

  // And ended in a prescription, issued (signed with the doctor's password).
  const diagnosis = `Idor private diagnosis ${ulid()}`;
  expect(
    (
      await doctorA.client.patch('/api/me/doctor-profile', {
        education: 'MBBS',
        registrationCouncil: 'Idor Medical Council',
      })
    ).status,
  ).toBe(200);
  const drafted = await doctorA.client.put(
    `/api/appointments/${appointmentId}/prescriptions/draft`,
    prescriptionDraft(diagnosis),
  );
  expect(drafted.status, drafted.text).toBe(200);
  const issued = await doctorA.client.post(`/api/appointments/${appointmentId}/prescriptions/issue`, {
    password: doctorA.password,
  });
  expect(issued.status, issued.text).toBe(200);

  const slots = await doctorA.client.post('/api/doctor/slots', {
    dates: [daysFromToday(3)],
    startTime: '10:00',
    endTime: '11:00',
    durationMinutes: 30,
  });
  expect(slots.status, slots.text).toBe(201);
  // Doctor A's weekly schedule: one Saturday hour and a leave day nobody else has.
  const schedule = await doctorA.client.put('/api/doctor/schedule', {
    slotMinutes: 30,
    windows: [{ weekday: 6, start: '06:00', end: '07:00' }],
    breaks: [],
    leaveDates: [daysFromToday(9)],
  });
  expect(schedule.status, schedule.text).toBe(200);

  const dependantName = `इडोर ${uniqueWord()}`;
  const family = await patientA.client.post('/api/me/dependants', {
    name: dependantName,
    dateOfBirth: '2017-02-03',
    sex: 'male',
    relationship: 'child',
  });
  expect(family.status, family.text).toBe(201);

  const unlisted = await registerAndSignIn('doctor', { firstName: 'Idor', lastName: 'Unlisted' });
  const profile = await unlisted.client.patch('/api/me/doctor-profile', {
    specialty: 'dermatology',
    registrationNumber: 'IDOR/0001',
    bio: 'Not verified yet.',
  });
  expect(profile.status, profile.text).toBe(200);

  const [patientB, doctorB] = await Promise.all([registerAndSignIn('patient'), verifiedDoctor()]);
  const receiptNumber = paid.receipt.receiptNumber as string;
  return {
    patientA,
    doctorA,
    appointmentId,
    recordingId,
    slotId: slots.body.slots[0].id,
    freeSlotId: slots.body.slots[1].id,
    dependantId: family.body.dependant.id,
    documentId,
    photoUploadId,
    testimonialId: testimonialId,
    ratingId: rating!.ratingId,
    orderId: paid.back.razorpay_order_id!,
    paymentId: paid.back.razorpay_payment_id!,
    signature: paid.back.razorpay_signature!,
    unlistedDoctorId: unlisted.userId,
    patientB,
    doctorB,
    secrets: [
      appointmentId,
      patientA.userId,
      doctorA.userId,
      patientA.email,
      doctorA.email,
      unlisted.userId,
      unlisted.email,
      recordingId,
      testimonialId,
      paid.back.razorpay_order_id!,
      paid.back.razorpay_payment_id!,
      receiptNumber,
      chatText,
      contactText,
      notes,
      diagnosis,
      dependantName,
      family.body.dependant.id,
      reportName,
      documentId,
      photoUploadId,
      issued.body.prescription.number,
      'Idor',
      (transcript.text as string).slice(0, 24),
    ],
    ownerIds: [appointmentId, patientA.userId, doctorA.userId, unlisted.userId, testimonialId],
  };
}

const send = (user: TestUser, probe: Probe) =>
  user.client.request(probe.method, probe.path, probe.body ?? (probe.method === 'GET' ? undefined : {}));

describe('IDOR probes', () => {
  it('has a probe, or a written admin-only exemption, for every route with a path id', () => {
    // Placeholder ids: only the keys matter here.
    const placeholder = new Proxy({} as Fixture, {
      get: (_, name) => (name === 'patientA' || name === 'doctorA' ? { userId: 'x' } : 'x'),
    });
    const probed = Object.keys(probesFor(placeholder));
    const known = new Set(httpRoutes.map(routeKey));
    expect(
      probed.filter((k) => !known.has(k)),
      'probes for routes that do not exist',
    ).toEqual([]);
    const missing = routesWithIds.map(routeKey).filter((k) => !probed.includes(k) && !(k in exemptions));
    expect(missing, 'routes with a path id and no IDOR probe').toEqual([]);
    for (const [key, reason] of Object.entries(exemptions)) {
      const route = httpRoutes.find((r) => routeKey(r) === key);
      expect(route?.auth, `${key} is exempt but not admin-only`).toBe('admin');
      expect(reason.length, `${key} needs a written reason`).toBeGreaterThan(40);
    }
    // The table has id routes beyond the admin ones; make sure this check is not vacuous.
    expect(routesWithIds.filter((r) => r.auth !== 'admin').length).toBeGreaterThan(10);
  });

  it('refuses strangers of the same role on every id, shows them nothing of A and changes nothing of A', async () => {
    const f = await buildFixture();
    const people = [f.patientA, f.doctorA, f.patientB, f.doctorB].map((u) => u.userId);
    const ofA = (item: TableItem) => {
      // Admins in other test files list pages whose audit events may name A's ids: only an event by A
      // or by a stranger belongs to this probe (a stranger's would mean they read A's data).
      if (item.__edb_e__ === 'auditEvent' && !people.includes(item.actorId as string)) return false;
      const text = JSON.stringify(item);
      return f.ownerIds.some((id) => text.includes(id));
    };
    // This file runs on the shared twin while other files write to the same table, so the snapshot is
    // restricted to items that carry one of A's ids.
    const before = await settledTable(ofA);
    // A has records of every kind the probes aim at (a weak fixture would make the probes vacuous).
    const kinds = new Set(before.map((i) => i.__edb_e__));
    for (const kind of [
      'appointment',
      'payment',
      'receipt',
      'chatMessage',
      'recording',
      'transcription',
      'testimonial',
      'slot',
      'auditEvent',
      'prescription',
      'dependant',
      'rating',
    ])
      expect(kinds, `A's fixture has no ${kind}`).toContain(kind);

    const probes = probesFor(f);
    const failures: string[] = [];
    let sent = 0;
    for (const [key, list] of Object.entries(probes)) {
      for (const probe of list) {
        for (const [stranger, want] of Object.entries(probe.refuse) as [
          Stranger,
          { status: number; message?: string },
        ][]) {
          const res = await send(f[stranger], probe);
          sent++;
          const where = `${key} as ${stranger} (${probe.path})`;
          if (res.status !== want.status)
            failures.push(`${where}: got ${res.status}, want ${want.status}: ${res.text.slice(0, 160)}`);
          else if (want.message && res.body?.error?.message !== want.message)
            failures.push(`${where}: refused by the wrong check: ${res.text.slice(0, 160)}`);
          if (typeof res.body?.error?.code !== 'string')
            failures.push(`${where}: not an error body: ${res.text.slice(0, 160)}`);
          const leaked = f.secrets.filter((s) => res.text.includes(s));
          if (leaked.length) failures.push(`${where}: the answer contains A's data: ${leaked.join(', ')}`);
        }
      }
    }
    // The room is an id-taking entry point too: a stranger's handshake is refused like a party route.
    for (const stranger of ['patientB', 'doctorB'] as const) {
      const status = await refusedStatus(openRoom(f[stranger], f.appointmentId));
      if (status !== 404) failures.push(`WS /ws?appointmentId as ${stranger}: got ${status}, want 404`);
    }
    // The strangers' own lists do not contain A's appointment or slot.
    for (const scope of ['upcoming', 'past', 'today']) {
      for (const stranger of ['patientB', 'doctorB'] as const) {
        const list = await f[stranger].client.get(`/api/appointments?scope=${scope}`);
        if (list.status !== 200 || list.text.includes(f.appointmentId))
          failures.push(
            `GET /api/appointments?scope=${scope} as ${stranger}: ${list.status} ${list.text.slice(0, 120)}`,
          );
      }
    }
    // A patient's export holds only their own records: patient B's names none of A's (unzipped, since
    // the ZIP is compressed); doctor B is refused by role.
    const theirExport = await f.patientB.client.get('/api/me/export');
    if (theirExport.status !== 200) failures.push(`GET /api/me/export as patientB: ${theirExport.status}`);
    else {
      const files = unzipSync(theirExport.bytes);
      const json = strFromU8(files['data.json'] ?? new Uint8Array());
      const leaked = [...f.secrets, f.appointmentId].filter((x) => json.includes(x));
      if (!json.includes(f.patientB.userId) || leaked.length)
        failures.push(`GET /api/me/export as patientB shows A's data: ${leaked.join(', ')}`);
    }
    if ((await f.doctorB.client.get('/api/me/export')).status !== 403)
      failures.push('GET /api/me/export as doctorB is not refused by role');
    const theirSlots = await f.doctorB.client.get(
      `/api/doctor/slots?from=${daysFromToday(0)}&to=${daysFromToday(5)}`,
    );
    if (theirSlots.status !== 200 || theirSlots.text.includes(f.doctorA.userId))
      failures.push(`GET /api/doctor/slots as doctorB shows doctor A's slots`);
    const theirSchedule = await f.doctorB.client.get('/api/doctor/schedule');
    if (theirSchedule.status !== 200 || theirSchedule.text.includes(daysFromToday(9)))
      failures.push(`GET /api/doctor/schedule as doctorB shows doctor A's schedule`);
    const putByStranger = await f.patientB.client.put('/api/doctor/schedule', {
      slotMinutes: 30,
      windows: [{ weekday: 6, start: '06:00', end: '07:00' }],
      breaks: [],
      leaveDates: [],
    });
    if (putByStranger.status !== 403)
      failures.push('PUT /api/doctor/schedule as patientB is not refused by role');
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(routesWithIds.filter((r) => !(routeKey(r) in exemptions)).length);

    // Nothing of A's changed: no item added, removed or modified (not even an audit entry).
    const after = await settledTable(ofA);
    const diff = diffItems(before, after);
    expect(
      diff.added.map((i) => `${i.__edb_e__} ${i.pk} ${i.sk}`),
      'items added to A',
    ).toEqual([]);
    expect(
      diff.removed.map((i) => `${i.__edb_e__} ${i.pk} ${i.sk}`),
      'items of A removed',
    ).toEqual([]);
    expect(
      diff.changed.map((c) => `${c.after.__edb_e__} ${c.after.pk} ${c.after.sk}`),
      'items of A changed',
    ).toEqual([]);

    // Controls: the owner sends the same requests and is not taken for a stranger, so every probe
    // above hit a live id (a mistyped id would have been refused to the owner as well).
    const controls: string[] = [];
    for (const [key, list] of Object.entries(probes)) {
      for (const probe of list) {
        if (!probe.owner) continue;
        const res = await send(f[probe.owner], probe);
        const refusals = Object.values(probe.refuse);
        const likeStranger = refusals.some(
          (r) => res.status === r.status && (!r.message || res.body?.error?.message === r.message),
        );
        if (likeStranger || res.status >= 500)
          controls.push(`${key} as ${probe.owner}: got ${res.status} ${res.text.slice(0, 160)}`);
      }
    }
    expect(controls).toEqual([]);
  }, 120_000);
});
