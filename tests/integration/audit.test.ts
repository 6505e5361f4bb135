/**
 * The audit test (issue 14, item 3). The route table decides for every route whether a successful call
 * is audited and with which action (functions/contract/routes.ts `audit`). Here every audited route is called for real,
 * by the caller it is meant for, and exactly ONE audit event must come of that request (found by the
 * request id the answer carries): the right action, actor and role, record (type and id), time, source IP
 * and user agent. An audited route without a call below, or a call for a route that is not audited,
 * fails the first test, as an unprobed route fails the IDOR probes.
 *
 * The audit log's own API (latest events, filters, paging, CSV export) is checked at the end.
 */

import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { exportAudit } from '../../functions/admin/audit.ts';
import { type AuditDecision, type HttpRoute, httpRoutes, routeKey } from '../../functions/contract/routes.ts';
import { entities } from '../../functions/core/db/index.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import type { ApiResponse } from '../helpers/api.ts';
import {
  type Booked,
  completeAndReview,
  confirmedAppointment,
  daysFromToday,
} from '../helpers/appointments.ts';
import { docsPath, pdfBytes, settled, upload } from '../helpers/documents.ts';
import { agreeToRecording, finish, settledTranscript, uploadChunk } from '../helpers/recording.ts';
import { registerAndSignIn, signIn, type TestUser } from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

type Audited = Extract<AuditDecision, { action: string }>;

interface Call {
  as: TestUser;
  method: HttpRoute['method'];
  path: string;
  body?: unknown;
  /** The record the event must name: known before the call, or read from the answer (a created id). */
  subject: string | ((res: ApiResponse<Record<string, { id: string }>>) => string);
}

interface Fixture {
  admin: TestUser;
  patient: TestUser;
  doctor: TestUser;
  /** Confirmed and paid, recorded and transcribed, then completed and reviewed. */
  appointmentId: string;
  /** Booked (REQUESTED) appointments of the same pair, for the two cancellations. */
  toCancelByPatient: string;
  toCancelByAdmin: string;
  /** A free slot of the fixture's doctor, for the bystander's booking. */
  freeSlotId: string;
  /** Another, for the pair's follow-up. */
  followUpSlotId: string;
  /** Another, where the later visit is moved to. */
  rescheduleSlotId: string;
  testimonialId: string;
  /** The patient's rating of the main appointment, its comment waiting for moderation. */
  ratingId: string;
  /** Confirmed, in its join window, nobody asked about recording yet. */
  inRoom: Booked;
  bystander: TestUser;
  pendingDoctor: TestUser;
  /** A checked report on the main appointment; one on a later appointment, to remove; the doctor's certificate. */
  reportId: string;
  later: { appointmentId: string; documentId: string };
  certificateId: string;
  /** A patient with nothing booked, who erases their account. */
  leaver: TestUser;
}

/** Every admin content write needs a fresh record, made by the call before it (create → update → delete). */
const made: { serviceId?: string; tipId?: string } = {};

/** The calls, per route key. Order matters only within content (create → update → delete). */
function callsFor(f: Fixture): Record<string, Call> {
  const a = `/api/appointments/${f.appointmentId}`;
  return {
    'GET /api/appointments': {
      as: f.patient,
      method: 'GET',
      path: '/api/appointments?scope=past',
      subject: f.patient.userId,
    },
    // The patient's two holds are the most one may have: a second patient books (and consents).
    'POST /api/appointments': {
      as: f.bystander,
      method: 'POST',
      path: '/api/appointments',
      body: { slotId: f.freeSlotId, reason: 'A rash on both arms' },
      subject: (res) => res.body.appointment!.id,
    },
    'GET /api/appointments/{id}': { as: f.doctor, method: 'GET', path: a, subject: f.appointmentId },
    'GET /api/me/export': { as: f.patient, method: 'GET', path: '/api/me/export', subject: f.patient.userId },
    'POST /api/me/erase': {
      as: f.leaver,
      method: 'POST',
      path: '/api/me/erase',
      body: { password: f.leaver.password },
      subject: f.leaver.userId,
    },
    'PATCH /api/appointments/{id}': {
      as: f.doctor,
      method: 'PATCH',
      path: a,
      body: { notes: 'BP 120/80. Review in two weeks.' },
      subject: f.appointmentId,
    },
    'POST /api/appointments/{id}/follow-up': {
      as: f.patient,
      method: 'POST',
      path: `${a}/follow-up`,
      body: { slotId: f.followUpSlotId, reason: 'Review of the cough' },
      subject: (res) => res.body.appointment!.id,
    },
    'GET /api/appointments/{id}/record': {
      as: f.patient,
      method: 'GET',
      path: `${a}/record`,
      subject: f.appointmentId,
    },
    'GET /api/me/health-records': {
      as: f.patient,
      method: 'GET',
      path: '/api/me/health-records',
      subject: f.patient.userId,
    },
    'POST /api/appointments/{id}/reschedule': {
      as: f.patient,
      method: 'POST',
      path: `/api/appointments/${f.later.appointmentId}/reschedule`,
      body: { slotId: f.rescheduleSlotId },
      subject: f.later.appointmentId,
    },
    'GET /api/appointments/{id}/calendar.ics': {
      as: f.doctor,
      method: 'GET',
      path: `${a}/calendar.ics`,
      subject: f.appointmentId,
    },
    'POST /api/appointments/{id}/cancel': {
      as: f.patient,
      method: 'POST',
      path: `/api/appointments/${f.toCancelByPatient}/cancel`,
      body: { reason: 'Feeling better' },
      subject: f.toCancelByPatient,
    },
    'GET /api/receipts/{id}': {
      as: f.patient,
      method: 'GET',
      path: `/api/receipts/${f.appointmentId}`,
      subject: f.appointmentId,
    },
    'GET /api/receipts/{id}/pdf': {
      as: f.doctor,
      method: 'GET',
      path: `/api/receipts/${f.appointmentId}/pdf`,
      subject: f.appointmentId,
    },
    'GET /api/appointments/{id}/messages': {
      as: f.patient,
      method: 'GET',
      path: `${a}/messages`,
      subject: f.appointmentId,
    },
    'POST /api/appointments/{id}/recording-consent': {
      as: f.inRoom.patient,
      method: 'POST',
      path: `/api/appointments/${f.inRoom.appointmentId}/recording-consent`,
      body: { consent: 'given' },
      subject: f.inRoom.appointmentId,
    },
    'GET /api/appointments/{id}/transcription': {
      as: f.doctor,
      method: 'GET',
      path: `${a}/transcription`,
      subject: f.appointmentId,
    },
    'GET /api/appointments/{id}/prescriptions': {
      as: f.patient,
      method: 'GET',
      path: `${a}/prescriptions`,
      subject: f.appointmentId,
    },
    'PUT /api/appointments/{id}/prescriptions/draft': {
      as: f.doctor,
      method: 'PUT',
      path: `${a}/prescriptions/draft`,
      body: {
        chiefComplaints: 'Dry cough for a week',
        provisionalDiagnosis: 'Post-viral cough',
        medicines: [
          {
            name: 'Honey lozenges',
            strength: '1 lozenge',
            form: 'lozenge',
            dose: '1',
            frequency: 'when needed',
            duration: '5 days',
          },
        ],
      },
      subject: f.appointmentId,
    },
    'POST /api/appointments/{id}/prescriptions/issue': {
      as: f.doctor,
      method: 'POST',
      path: `${a}/prescriptions/issue`,
      body: { password: f.doctor.password },
      subject: f.appointmentId,
    },
    'GET /api/appointments/{id}/prescriptions/{version}': {
      as: f.patient,
      method: 'GET',
      path: `${a}/prescriptions/1`,
      subject: f.appointmentId,
    },
    'GET /api/appointments/{id}/prescriptions/{version}/pdf': {
      as: f.patient,
      method: 'GET',
      path: `${a}/prescriptions/1/pdf`,
      subject: f.appointmentId,
    },

    'GET /api/appointments/{id}/documents': {
      as: f.doctor,
      method: 'GET',
      path: `${a}/documents`,
      subject: f.appointmentId,
    },
    'GET /api/appointments/{id}/documents/{documentId}/link': {
      as: f.doctor,
      method: 'GET',
      path: `${a}/documents/${f.reportId}/link`,
      subject: f.reportId,
    },
    'DELETE /api/appointments/{id}/documents/{documentId}': {
      as: f.patient,
      method: 'DELETE',
      path: `/api/appointments/${f.later.appointmentId}/documents/${f.later.documentId}`,
      subject: f.later.documentId,
    },
    'GET /api/admin/doctors/{userId}/documents': {
      as: f.admin,
      method: 'GET',
      path: `/api/admin/doctors/${f.pendingDoctor.userId}/documents`,
      subject: f.pendingDoctor.userId,
    },
    'GET /api/admin/doctors/{userId}/documents/{documentId}/link': {
      as: f.admin,
      method: 'GET',
      path: `/api/admin/doctors/${f.pendingDoctor.userId}/documents/${f.certificateId}/link`,
      subject: f.certificateId,
    },
    'GET /api/admin/users': {
      as: f.admin,
      method: 'GET',
      path: '/api/admin/users?directory=patient',
      subject: 'directory=patient',
    },
    'GET /api/admin/users/{userId}': {
      as: f.admin,
      method: 'GET',
      path: `/api/admin/users/${f.bystander.userId}`,
      subject: f.bystander.userId,
    },
    'POST /api/admin/users/{userId}/status': {
      as: f.admin,
      method: 'POST',
      path: `/api/admin/users/${f.bystander.userId}/status`,
      body: { disabled: true },
      subject: f.bystander.userId,
    },
    'GET /api/admin/user-search': {
      as: f.admin,
      method: 'GET',
      path: `/api/admin/user-search?q=${encodeURIComponent(f.bystander.email)}`,
      subject: 'search',
    },
    'PATCH /api/admin/users/{userId}': {
      as: f.admin,
      method: 'PATCH',
      path: `/api/admin/users/${f.bystander.userId}`,
      body: { address: 'Audit Street 7, Chennai' },
      subject: f.bystander.userId,
    },
    // Unfeaturing (always allowed) leaves the home page that other files read as it is.
    'POST /api/admin/doctors/{userId}/featured': {
      as: f.admin,
      method: 'POST',
      path: `/api/admin/doctors/${f.doctor.userId}/featured`,
      body: { featured: false },
      subject: f.doctor.userId,
    },
    'POST /api/admin/doctors/{userId}/verification': {
      as: f.admin,
      method: 'POST',
      path: `/api/admin/doctors/${f.pendingDoctor.userId}/verification`,
      body: { decision: 'verify' },
      subject: f.pendingDoctor.userId,
    },
    'GET /api/admin/appointments': {
      as: f.admin,
      method: 'GET',
      path: '/api/admin/appointments?status=COMPLETED',
      subject: 'status=COMPLETED',
    },
    'GET /api/admin/appointments/{appointmentId}': {
      as: f.admin,
      method: 'GET',
      path: `/api/admin/appointments/${f.appointmentId}`,
      subject: f.appointmentId,
    },
    'POST /api/admin/appointments/{appointmentId}/cancel': {
      as: f.admin,
      method: 'POST',
      path: `/api/admin/appointments/${f.toCancelByAdmin}/cancel`,
      body: { reason: 'Clinic closed for a holiday' },
      subject: f.toCancelByAdmin,
    },
    'GET /api/admin/contact-messages': {
      as: f.admin,
      method: 'GET',
      path: '/api/admin/contact-messages?limit=5',
      subject: 'all',
    },
    'GET /api/admin/payments': {
      as: f.admin,
      method: 'GET',
      path: '/api/admin/payments?status=COMPLETED',
      subject: 'status=COMPLETED',
    },
    'POST /api/admin/services': {
      as: f.admin,
      method: 'POST',
      path: '/api/admin/services',
      body: {
        name: `Audit ${ulid().slice(-6)}`,
        description: 'A service made by the audit test.',
        icon: 'heart',
        active: false,
      },
      subject: (res) => (made.serviceId = res.body.service!.id),
    },
    'PATCH /api/admin/services/{serviceId}': {
      as: f.admin,
      method: 'PATCH',
      path: '/api/admin/services/{serviceId}',
      body: { description: 'Changed by the audit test.', nameHi: 'ऑडिट टेस्ट की सेवा' },
      subject: () => made.serviceId!,
    },
    'POST /api/admin/services/order': {
      as: f.admin,
      method: 'POST',
      path: '/api/admin/services/order',
      body: 'all services',
      subject: 'order',
    },
    'DELETE /api/admin/services/{serviceId}': {
      as: f.admin,
      method: 'DELETE',
      path: '/api/admin/services/{serviceId}',
      subject: () => made.serviceId!,
    },
    'POST /api/admin/health-tips': {
      as: f.admin,
      method: 'POST',
      path: '/api/admin/health-tips',
      body: { title: 'Audit tip', content: 'Drink water through the day, more in summer.' },
      subject: (res) => (made.tipId = res.body.healthTip!.id),
    },
    'PATCH /api/admin/health-tips/{tipId}': {
      as: f.admin,
      method: 'PATCH',
      path: '/api/admin/health-tips/{tipId}',
      body: { featured: false },
      subject: () => made.tipId!,
    },
    'DELETE /api/admin/health-tips/{tipId}': {
      as: f.admin,
      method: 'DELETE',
      path: '/api/admin/health-tips/{tipId}',
      subject: () => made.tipId!,
    },
    'GET /api/admin/ratings': {
      as: f.admin,
      method: 'GET',
      path: '/api/admin/ratings?limit=100',
      subject: 'moderation=pending',
    },
    'PATCH /api/admin/ratings/{ratingId}': {
      as: f.admin,
      method: 'PATCH',
      path: `/api/admin/ratings/${f.ratingId}`,
      body: { decision: 'approve', revision: 1 },
      subject: f.ratingId,
    },
    'GET /api/admin/testimonials': {
      as: f.admin,
      method: 'GET',
      path: '/api/admin/testimonials?state=pending',
      subject: 'state=pending',
    },
    'POST /api/admin/testimonials': {
      as: f.admin,
      method: 'POST',
      path: '/api/admin/testimonials',
      body: { name: 'Audit S.', content: 'Added by the audit test.', rating: 5 },
      subject: (res) => res.body.testimonial!.id,
    },
    'PATCH /api/admin/testimonials/{testimonialId}': {
      as: f.admin,
      method: 'PATCH',
      path: `/api/admin/testimonials/${f.testimonialId}`,
      body: { approved: true },
      subject: f.testimonialId,
    },
    'DELETE /api/admin/testimonials/{testimonialId}': {
      as: f.admin,
      method: 'DELETE',
      path: `/api/admin/testimonials/${f.testimonialId}`,
      subject: f.testimonialId,
    },
    'POST /api/admin/payments/{appointmentId}/refund': {
      as: f.admin,
      method: 'POST',
      path: `/api/admin/payments/${f.later.appointmentId}/refund`,
      subject: f.later.appointmentId,
    },
    'POST /api/admin/transcriptions/{appointmentId}/retry': {
      as: f.admin,
      method: 'POST',
      path: `/api/admin/transcriptions/${f.appointmentId}/retry`,
      subject: f.appointmentId,
    },
    'GET /api/admin/audit.csv': {
      as: f.admin,
      method: 'GET',
      path: `/api/admin/audit.csv?actorId=${f.patient.userId}`,
      subject: `actorId=${f.patient.userId}`,
    },
  };
}

const auditedRoutes = (httpRoutes as readonly HttpRoute[]).filter(
  (r): r is HttpRoute & { audit: Audited } => 'action' in r.audit,
);

/**
 * Two more bookings of the fixture's pair, three days ahead: REQUESTED holds to cancel; and two more
 * slots left free (a bystander's booking, the pair's follow-up).
 */
async function twoHolds(doctor: TestUser, patient: TestUser) {
  const slots = await doctor.client.post('/api/doctor/slots', {
    dates: [daysFromToday(3)],
    startTime: '09:00',
    endTime: '11:30',
    durationMinutes: 30,
  });
  expect(slots.status, slots.text).toBe(201);
  const ids: string[] = [];
  for (const slot of slots.body.slots.slice(0, 2)) {
    const booked = await patient.client.post('/api/appointments', { slotId: slot.id, reason: 'Cough' });
    expect(booked.status, booked.text).toBe(201);
    ids.push(booked.body.appointment.id);
  }
  return [...ids, slots.body.slots[2].id, slots.body.slots[3].id, slots.body.slots[4].id] as [
    string,
    string,
    string,
    string,
    string,
  ];
}

async function buildFixture(): Promise<Fixture> {
  const admin = await signIn(demoPeople.admin.email);
  const main = await confirmedAppointment(5, { doctor: 'Audit', patient: 'Audit' });
  const { doctor, patient, appointmentId } = main;
  await agreeToRecording(patient, appointmentId);
  const recordingId = await uploadChunk(doctor, appointmentId, 0);
  await finish(doctor, appointmentId, recordingId);
  expect((await settledTranscript(patient, appointmentId)).status).toBe('COMPLETED');
  // Reports: a checked one for the doctor to open, and one on a visit days ahead for the patient to
  // remove (booked and paid before the two holds below, which are the most a patient may have).
  const reportId = await upload(patient, docsPath(appointmentId), pdfBytes());
  await settled(patient, appointmentId, reportId);
  const laterVisit = await confirmedAppointment(60 * 24 * 5, {}, { doctor, patient });
  const [toCancelByPatient, toCancelByAdmin, freeSlotId, followUpSlotId, rescheduleSlotId] = await twoHolds(
    doctor,
    patient,
  );
  const later = {
    appointmentId: laterVisit.appointmentId,
    documentId: await upload(patient, docsPath(laterVisit.appointmentId), pdfBytes()),
  };

  const testimonialId = await completeAndReview(main, 'Careful and kind; the audit test says thanks.');
  const rated = await patient.client.put(`/api/appointments/${appointmentId}/rating`, {
    stars: 4,
    comment: 'Careful and kind; the audit test rates it.',
  });
  expect(rated.status, rated.text).toBe(200);
  // What a prescription must carry about the doctor.
  const prescriber = await doctor.client.patch('/api/me/doctor-profile', {
    education: 'MBBS',
    registrationCouncil: 'Audit Medical Council',
    // A free follow-up within a week (a paid one would need a third hold, past the patient's limit).
    followUpDays: 7,
    followUpFeeRupees: 0,
  });
  expect(prescriber.status, prescriber.text).toBe(200);
  // The refund retry route retries refunds the gateway refused only.
  const { data: laterPayment } = await entities()
    .payment.get({ appointmentId: laterVisit.appointmentId })
    .go();
  await entities()
    .payment.patch({ appointmentId: laterVisit.appointmentId })
    .set({ status: 'REFUND_FAILED', refundPaise: laterPayment!.amountPaise, refundFailure: 'audit test' })
    .go();
  // The retry route retries failed transcriptions only.
  await entities().transcription.patch({ appointmentId }).set({ status: 'FAILED', error: 'audit test' }).go();

  const pendingDoctor = await registerAndSignIn('doctor', { firstName: 'Audit', lastName: 'Pending' });
  const profile = await pendingDoctor.client.patch('/api/me/doctor-profile', {
    specialty: 'dermatology',
    registrationNumber: 'AUDIT/0001',
    feeRupees: 300,
  });
  expect(profile.status, profile.text).toBe(200);
  const certificateId = await upload(pendingDoctor, '/api/me/verification-documents', pdfBytes(), {
    kind: 'registrationCertificate',
  });
  await until(
    async () =>
      (await entities().document.get({ scopeId: pendingDoctor.userId, documentId: certificateId }).go()).data
        ?.status === 'ready',
    { what: 'the certificate checked' },
  );

  return {
    admin,
    patient,
    doctor,
    appointmentId,
    toCancelByPatient,
    toCancelByAdmin,
    freeSlotId,
    followUpSlotId,
    rescheduleSlotId,
    testimonialId,
    ratingId: rated.body.rating.id,
    inRoom: await confirmedAppointment(5, { doctor: 'Consent', patient: 'Consent' }),
    bystander: await registerAndSignIn('patient'),
    pendingDoctor,
    reportId,
    later,
    certificateId,
    leaver: await registerAndSignIn('patient'),
  };
}

/** Every event of one request: the request's actor wrote it, after `since`, under its request id. */
async function eventsOf(actorId: string, since: string, requestId: string) {
  const { data } = await entities()
    .auditEvent.query.byActor({ actorId })
    .gte({ at: since })
    .go({ pages: 'all' });
  return data.filter((e) => e.requestId === requestId);
}

async function send(call: Call, key: string, userAgent: string) {
  const path = call.path.replace('{serviceId}', made.serviceId ?? 'x').replace('{tipId}', made.tipId ?? 'x');
  const headers = { 'user-agent': userAgent };
  if (call.body !== 'all services') return call.as.client.request(call.method, path, call.body, { headers });
  // A reorder sends every service, here in the order they have (other test files check the home
  // page's order); another file may add or remove one meanwhile (409), so the list is read again until
  // the order names exactly the current services.
  for (let attempt = 0; ; attempt++) {
    const ids = (await call.as.client.get('/api/admin/services')).body.services.map(
      (s: { id: string }) => s.id,
    );
    const res = await call.as.client.request(call.method, path, { ids }, { headers });
    if (res.status !== 409 || attempt >= 5) return res;
    expect(res.body.error.code, key).toBe('order_mismatch');
  }
}

describe('audit log', () => {
  it('has a call for every audited route, and none for a route that is not audited', () => {
    const placeholder = new Proxy({} as Fixture, { get: () => ({ userId: 'x' }) });
    const called = Object.keys(callsFor(placeholder));
    const known = new Map((httpRoutes as readonly HttpRoute[]).map((r) => [routeKey(r), r]));
    for (const [key, route] of known)
      expect('action' in route.audit || 'skip' in route.audit, `${key} has no audit decision`).toBe(true);
    expect(
      called.filter((k) => !known.has(k)),
      'calls for routes that do not exist',
    ).toEqual([]);
    expect(
      called.filter((k) => known.has(k) && !('action' in known.get(k)!.audit)),
      'calls for routes that are not audited',
    ).toEqual([]);
    expect(
      auditedRoutes.map(routeKey).filter((k) => !called.includes(k)),
      'audited routes without a call',
    ).toEqual([]);
    // Reads of medical data, party reads and admin writes are all in: the check is not vacuous.
    expect(auditedRoutes.length).toBeGreaterThan(25);
  });

  it('writes exactly one event per audited call: actor, action, record, time, source IP and user agent', async () => {
    const f = await buildFixture();
    const calls = callsFor(f);
    const failures: string[] = [];
    for (const route of auditedRoutes) {
      const key = routeKey(route);
      const call = calls[key]!;
      const userAgent = `AuditProbe/1.0 (${key})`;
      const since = new Date().toISOString();
      const res = await send(call, key, userAgent);
      const until = new Date().toISOString();
      if (res.status >= 300) {
        failures.push(`${key}: ${res.status} ${res.text.slice(0, 160)}`);
        continue;
      }
      const requestId = res.headers.get('x-request-id')!;
      const subjectId = typeof call.subject === 'function' ? call.subject(res) : call.subject;
      const events = await eventsOf(call.as.userId, since, requestId);
      if (events.length !== 1) {
        failures.push(`${key}: ${events.length} events for one call`);
        continue;
      }
      const [event] = events;
      const want = {
        action: route.audit.action,
        subjectType: route.audit.subject,
        subjectId,
        actorId: call.as.userId,
        actorRole: call.as.role,
        userAgent,
      };
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, event![k as keyof typeof event]]));
      if (JSON.stringify(got) !== JSON.stringify(want))
        failures.push(`${key}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      if (!/^(::ffff:)?127\.0\.0\.1$/.test(event!.sourceIp ?? ''))
        failures.push(`${key}: source IP ${event!.sourceIp}`);
      if (!(event!.at >= since && event!.at <= until))
        failures.push(`${key}: at ${event!.at} is not in the call`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('lists the latest events, filters by actor, record, action and dates, pages, and exports CSV for an auditor', async () => {
    const admin = await signIn(demoPeople.admin.email);
    const { patient, appointmentId } = await confirmedAppointment(5, { patient: 'Ledger' });
    const since = new Date().toISOString();
    const agents = ['Probe/1 first', '=cmd|calc', 'Probe "quoted", with a comma'];
    for (const agent of agents) {
      const res = await patient.client.request(
        'GET',
        `/api/appointments/${appointmentId}/messages`,
        undefined,
        {
          headers: { 'user-agent': agent },
        },
      );
      expect(res.status, res.text).toBe(200);
    }
    const list = async (query: string) => {
      const res = await admin.client.get(`/api/admin/audit?${query}`);
      expect(res.status, res.text).toBe(200);
      return res.body as {
        events: { id: string; at: string; userAgent: string }[];
        nextCursor: string | null;
      };
    };
    // From `since` on: the patient's booking (before it) is an audited event of theirs too.
    const mine = (await list(`actorId=${patient.userId}&from=${since}`)).events;
    expect(mine.map((e) => e.userAgent)).toEqual([...agents].reverse());
    expect(mine[0]).toMatchObject({
      action: 'chat.history.read',
      actorRole: 'patient',
      actorName: 'Ledger Das',
      subjectType: 'chat',
      subjectId: appointmentId,
    });

    // The latest events overall, without any id: page through everything since this test began.
    const latest: { id: string; at: string }[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(
        `from=${since}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      latest.push(...page.events);
      cursor = page.nextCursor;
    } while (cursor);
    expect(latest.map((e) => e.at)).toEqual(
      latest
        .map((e) => e.at)
        .sort()
        .reverse(),
    );
    expect(latest.map((e) => e.id)).toEqual(expect.arrayContaining(mine.map((e) => e.id)));

    expect((await list(`subjectId=${appointmentId}&from=${since}`)).events.map((e) => e.id)).toEqual(
      mine.map((e) => e.id),
    );
    expect(
      (await list(`action=chat.history.read&actorId=${patient.userId}`)).events.map((e) => e.id),
    ).toEqual(mine.map((e) => e.id));
    expect((await list(`action=receipt.read&actorId=${patient.userId}`)).events).toEqual([]);
    // A range includes its start and excludes its end.
    const [third, second, first] = mine as [(typeof mine)[0], (typeof mine)[0], (typeof mine)[0]];
    const ids = (events: typeof mine) => events.map((e) => e.id);
    expect(ids((await list(`actorId=${patient.userId}&from=${since}&to=${second.at}`)).events)).toEqual(
      ids(mine.filter((e) => e.at < second.at)),
    );
    expect(ids((await list(`actorId=${patient.userId}&from=${second.at}`)).events)).toEqual(
      ids(mine.filter((e) => e.at >= second.at)),
    );
    expect(ids(mine.filter((e) => e.at >= second.at))).toEqual(expect.arrayContaining([third.id, second.id]));

    // Paging: newest first, pages do not overlap, the last one says so.
    const one = await list(`actorId=${patient.userId}&from=${since}&limit=2`);
    expect(one.events.map((e) => e.id)).toEqual([third.id, second.id]);
    const two = await list(
      `actorId=${patient.userId}&from=${since}&limit=2&cursor=${encodeURIComponent(one.nextCursor!)}`,
    );
    expect(two.events.map((e) => e.id)).toEqual([first.id]);
    expect(two.nextCursor).toBeNull();

    for (const bad of [
      `from=${second.at}&to=${first.at}`,
      'action=nope.nothing',
      'actorId=not-a-user',
      'from=yesterday',
      'cursor=bm90IGEgY3Vyc29y',
    ])
      expect((await admin.client.get(`/api/admin/audit?${bad}`)).status, bad).toBe(400);

    const csv = await admin.client.get(`/api/admin/audit.csv?actorId=${patient.userId}&from=${since}`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="chikitsa360-audit-[\dT-]+\.csv"$/,
    );
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      '"at","action","actorId","actorRole","actorName","subjectType","subjectId","sourceIp","userAgent","requestId","detail","eventId"',
    );
    expect(lines.slice(1, -1)).toHaveLength(3);
    // A user agent is the caller's to choose: it must not become a formula, nor break the row.
    // Newest first, like the list.
    expect(lines[1]).toContain('"Probe ""quoted"", with a comma"');
    expect(lines[2]).toContain(`"'=cmd|calc"`);
    expect(lines[3]).toContain('"Probe/1 first"');

    // Past the row limit, the file holds the newest events and its last row says the rest is missing.
    const capped = await exportAudit({ actorId: patient.userId, from: since }, 2);
    expect(capped).toMatchObject({ rows: 2, truncated: true });
    const cappedLines = capped.csv.split('\r\n').slice(1, -1);
    expect(cappedLines).toHaveLength(3);
    expect(cappedLines.at(-1)).toMatch(/^"Only the newest 2 events are in this file/);
    expect(
      new Set(
        capped.csv
          .split('\r\n')
          .slice(0, -1)
          .map((l) => l.split('","').length),
      ),
    ).toEqual(new Set([12]));

    // The export is audited itself: who exported what, and how many rows.
    const exports = await list(`actorId=${admin.userId}&action=admin.audit.export&from=${since}`);
    expect(exports.events[0]).toMatchObject({
      subjectType: 'auditLog',
      subjectId: `actorId=${patient.userId};from=${since}`,
      detail: 'rows=3',
    });
  });
});
