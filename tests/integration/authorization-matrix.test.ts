/**
 * The authorization matrix: every route in the route table, called by every identity, against the
 * rule this test expects for it. A route added to the table without an entry here (its rule and what
 * an allowed call does), or with a different rule, fails the first test.
 *
 * Identities: anonymous; patient A and doctor A, the parties of a paid appointment in its join window;
 * patient B and doctor B, strangers to it; an admin; a disabled patient and a disabled doctor (signed
 * in before an admin disabled them, so their id tokens are still valid); a doctor pending verification
 * and a rejected one. The party routes double as IDOR probes (same role, someone else's id → 404).
 *
 * A refusal must be the exact status and error code the rule gives. An ALLOWED call must show that it
 * did what the route is for: each route has a valid request and a check of its answer (and, for writes,
 * of the change), so "not refused" is never mistaken for "works".
 */

import { strFromU8, unzipSync } from 'fflate';
import { ulid } from 'ulid';
import { describe, expect, inject, it } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { moderateRating } from '../../functions/appointments/ratings.ts';
import type { AuthRule, HttpRoute } from '../../functions/contract/routes.ts';
import { httpRoutes, routeKey } from '../../functions/contract/routes.ts';
import { bookingWindowKey } from '../../functions/core/booking-limits.ts';
import { entities } from '../../functions/core/db/index.ts';
import { totp } from '../../lib/local/totp.ts';
import { ApiClient } from '../helpers/api.ts';
import { bookedAppointment, confirmedAppointment, daysFromToday, holdSlot } from '../helpers/appointments.ts';
import { docsPath, pdfBytes, pngBytes, settled, upload, uploadPhoto } from '../helpers/documents.ts';
import { checkout, payAndVerify, startPayment } from '../helpers/payments.ts';
import { agreeToRecording, fakeWebm } from '../helpers/recording.ts';
import { cookieOf } from '../helpers/room.ts';
import {
  newAdmin,
  registerAndSignIn,
  signIn,
  TEST_PASSWORD,
  type TestUser,
  totpSecrets,
  uniqueEmail,
  uniqueWord,
  verifiedDoctor,
} from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

// biome-ignore format: one route per line reads best
const expectedRules: Record<string, AuthRule> = {
  'GET /api/health': 'public',
  'GET /api/home': 'public',
  'GET /api/services': 'public',
  'GET /api/testimonials': 'public',
  'GET /api/health-tips': 'public',
  'GET /api/health-tips/{tipId}': 'public',
  'POST /api/testimonials': 'patient',
  'POST /api/contact': 'public',
  'GET /api/specialties': 'public',
  'GET /api/doctors': 'public',
  'GET /api/doctors/{id}': 'public',
  'GET /api/doctors/{id}/ratings': 'public',
  'POST /api/auth/register': 'public',
  'POST /api/auth/confirm': 'public',
  'POST /api/auth/resend-code': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'public',
  'POST /api/auth/forgot-password': 'public',
  'POST /api/auth/reset-password': 'public',
  'POST /api/auth/mfa': 'public',
  'POST /api/auth/mfa/setup': 'user',
  'POST /api/auth/mfa/verify': 'user',
  'GET /api/me': 'user',
  'PATCH /api/me': 'user',
  'PATCH /api/me/doctor-profile': 'doctor',
  'GET /api/me/dependants': 'patient',
  'POST /api/me/dependants': 'patient',
  'PATCH /api/me/dependants/{dependantId}': 'patient',
  'DELETE /api/me/dependants/{dependantId}': 'patient',
  'GET /api/me/export': 'patient',
  'POST /api/me/erase': 'patient',
  'GET /api/doctor/slots': 'doctor',
  'POST /api/doctor/slots': 'doctor',
  'DELETE /api/doctor/slots/{slotId}': 'doctor',
  'GET /api/doctor/schedule': 'doctor',
  'PUT /api/doctor/schedule': 'doctor',
  'POST /api/appointments': 'patient',
  'GET /api/appointments': 'user',
  'GET /api/appointments/{id}': 'party',
  'PATCH /api/appointments/{id}': 'doctorParty',
  'POST /api/appointments/{id}/follow-up': 'patientParty',
  'GET /api/appointments/{id}/rating': 'patientParty',
  'PUT /api/appointments/{id}/rating': 'patientParty',
  'POST /api/doctor/ratings/{ratingId}/reply': 'doctor',
  'GET /api/appointments/{id}/record': 'party',
  'POST /api/appointments/{id}/cancel': 'party',
  'POST /api/appointments/{id}/reschedule': 'party',
  'GET /api/appointments/{id}/calendar.ics': 'party',
  'POST /api/appointments/{id}/payment': 'patientParty',
  'POST /api/payments/verify': 'patient',
  'POST /api/payments/webhook': 'webhook',
  'GET /api/receipts/{id}': 'party',
  'GET /api/receipts/{id}/pdf': 'party',
  'POST /api/appointments/{id}/join': 'party',
  'GET /api/appointments/{id}/messages': 'party',
  'POST /api/appointments/{id}/recordings': 'doctorParty',
  'POST /api/appointments/{id}/recording-consent': 'party',
  'POST /api/appointments/{id}/recordings/{recordingId}/finish': 'doctorParty',
  'GET /api/appointments/{id}/transcription': 'party',
  'GET /api/medicines': 'doctor',
  'GET /api/appointments/{id}/prescriptions': 'party',
  'PUT /api/appointments/{id}/prescriptions/draft': 'doctorParty',
  'POST /api/appointments/{id}/prescriptions/issue': 'doctorParty',
  'GET /api/appointments/{id}/prescriptions/{version}': 'party',
  'GET /api/appointments/{id}/prescriptions/{version}/pdf': 'party',
  'GET /api/appointments/{id}/documents': 'party',
  'POST /api/appointments/{id}/documents': 'patientParty',
  'GET /api/appointments/{id}/documents/{documentId}/link': 'party',
  'DELETE /api/appointments/{id}/documents/{documentId}': 'patientParty',
  'GET /api/me/verification-documents': 'doctor',
  'POST /api/me/verification-documents': 'doctor',
  'POST /api/me/photo-uploads': 'doctor',
  'POST /api/me/photo-uploads/{uploadId}/publish': 'doctor',
  'DELETE /api/me/photo': 'doctor',
  'GET /api/admin/doctors/{userId}/documents': 'admin',
  'GET /api/admin/doctors/{userId}/documents/{documentId}/link': 'admin',
  'GET /api/me/health-records': 'patient',
  'GET /api/admin/stats': 'admin',
  'GET /api/admin/users': 'admin',
  'GET /api/admin/users/{userId}': 'admin',
  'POST /api/admin/users/{userId}/status': 'admin',
  'GET /api/admin/user-search': 'admin',
  'PATCH /api/admin/users/{userId}': 'admin',
  'POST /api/admin/doctors/{userId}/featured': 'admin',
  'POST /api/admin/doctors/{userId}/verification': 'admin',
  'GET /api/admin/appointments': 'admin',
  'GET /api/admin/appointments/{appointmentId}': 'admin',
  'POST /api/admin/appointments/{appointmentId}/cancel': 'admin',
  'GET /api/admin/contact-messages': 'admin',
  'POST /api/admin/payments/{appointmentId}/refund': 'admin',
  'GET /api/admin/payments': 'admin',
  'GET /api/admin/services': 'admin',
  'POST /api/admin/services': 'admin',
  'POST /api/admin/services/order': 'admin',
  'PATCH /api/admin/services/{serviceId}': 'admin',
  'DELETE /api/admin/services/{serviceId}': 'admin',
  'GET /api/admin/health-tips': 'admin',
  'POST /api/admin/health-tips': 'admin',
  'PATCH /api/admin/health-tips/{tipId}': 'admin',
  'DELETE /api/admin/health-tips/{tipId}': 'admin',
  'GET /api/admin/ratings': 'admin',
  'PATCH /api/admin/ratings/{ratingId}': 'admin',
  'GET /api/admin/testimonials': 'admin',
  'POST /api/admin/testimonials': 'admin',
  'PATCH /api/admin/testimonials/{testimonialId}': 'admin',
  'DELETE /api/admin/testimonials/{testimonialId}': 'admin',
  'GET /api/admin/transcriptions': 'admin',
  'POST /api/admin/transcriptions/{appointmentId}/retry': 'admin',
  'GET /api/admin/audit': 'admin',
  'GET /api/admin/audit.csv': 'admin',
};

const callers = [
  'anonymous',
  'patientA',
  'patientB',
  'doctorA',
  'doctorB',
  'admin',
  'disabledPatient',
  'disabledDoctor',
  'pendingDoctor',
  'rejectedDoctor',
] as const;
type Caller = (typeof callers)[number];
type Identity = Exclude<Caller, 'anonymous'>;

const roleOf: Record<Identity, 'patient' | 'doctor' | 'admin'> = {
  patientA: 'patient',
  patientB: 'patient',
  doctorA: 'doctor',
  doctorB: 'doctor',
  admin: 'admin',
  disabledPatient: 'patient',
  disabledDoctor: 'doctor',
  pendingDoctor: 'doctor',
  rejectedDoctor: 'doctor',
};
const isParty = (c: Caller) => c === 'patientA' || c === 'doctorA';
const isDisabled = (c: Caller) => c === 'disabledPatient' || c === 'disabledDoctor';

type Refusal = { status: 401 | 403 | 404; code: string; message?: string };

/** What each rule lets each caller do: 'allow', 'public' (the same for everyone), or the refusal. */
function expectation(rule: AuthRule, caller: Caller): 'allow' | 'public' | Refusal {
  if (rule === 'public' || rule === 'webhook') return 'public';
  if (caller === 'anonymous') return { status: 401, code: 'unauthorized' };
  if (isDisabled(caller)) return { status: 403, code: 'account_disabled' };
  const role = roleOf[caller];
  const partyDenial: Refusal = { status: 404, code: 'not_found', message: 'Appointment not found.' };
  switch (rule) {
    case 'user':
      return 'allow';
    case 'patient':
    case 'doctor':
    case 'admin':
      return role === rule ? 'allow' : { status: 403, code: 'forbidden' };
    case 'party':
      return isParty(caller) ? 'allow' : partyDenial;
    case 'patientParty':
      return !isParty(caller)
        ? partyDenial
        : role === 'patient'
          ? 'allow'
          : { status: 403, code: 'forbidden' };
    case 'doctorParty':
      return !isParty(caller)
        ? partyDenial
        : role === 'doctor'
          ? 'allow'
          : { status: 403, code: 'forbidden' };
  }
}

// ---------------------------------------------------------------------------------------------
// The fixture and what an allowed call of each route must do
// ---------------------------------------------------------------------------------------------

interface Fixture {
  users: Record<Identity, TestUser>;
  /** The paid appointment of patient A and doctor A, in its join window. */
  appointmentId: string;
  /** Doctor A's slot of that appointment. */
  mainSlotId: string;
  /** Free slots of doctor A, handed out one per booking. */
  freeSlots: string[];
  /** A COMPLETED appointment per patient, for their testimonial. */
  completed: Partial<Record<Identity, string>>;
  /** Holds between other patients and doctor A: one doctor A cancels, one an admin cancels. */
  doctorCancels: string;
  adminCancels: string;
  /** A patient an admin may disable; a doctor waiting for verification an admin may verify. */
  bystander: TestUser;
  candidateDoctorId: string;
  /** A seeded health tip, for the public tip page. */
  publicTipId: string;
  /** A confirmed account whose password the login probe uses. */
  loginUser: TestUser;
  /** Values one allowed call leaves for a later one (created ids, orders). */
  state: Map<string, unknown>;
}

interface Call {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body as received (a ZIP is not text). */
  bytes: Uint8Array;
  /** Parsed JSON; answers are checked field by field. */
  body: any;
}

interface Allowed {
  /** A valid request for this caller (it may first make what the call consumes). */
  call?: (caller: Identity, f: Fixture) => Call | Promise<Call>;
  /** The status an allowed call answers with (200 unless said). */
  status?: number | ((caller: Identity) => number);
  /** Throws when the answer (or the change it made) is not what the route is for. */
  effect: (res: Answer, caller: Identity, f: Fixture, call: Call) => void | Promise<void>;
  /** Other test files may change what the call is built from at the same moment: a 409 is tried again once. */
  againOnConflict?: true;
}

/** Public routes: the same request from every caller, the same answer for every caller. */
interface Public {
  call?: (f: Fixture) => Call | Promise<Call>;
  /** The status every caller gets; or a function of the caller where the caller's cookies matter. */
  status: number | ((caller: Caller) => number);
  effect?: (res: Answer, caller: Caller, f: Fixture) => void | Promise<void>;
}

const ids = (items: { id: string }[]) => items.map((x) => x.id);
const param = (call: Call, name: string) => {
  const value = call.params?.[name];
  if (!value) throw new Error(`The call has no ${name}`);
  return value;
};
const userOf = (f: Fixture, c: Identity) => f.users[c];
const take = (f: Fixture) => {
  const slot = f.freeSlots.shift();
  if (!slot) throw new Error('The matrix ran out of free slots');
  return slot;
};
const stateKey = (route: string, caller: string) => `${route} ${caller}`;

// biome-ignore format: one route per entry reads best
const publicRoutes: Record<string, Public> = {
  'GET /api/health': { status: 200, effect: (r) => expect(r.body.status).toBe('ok') },
  'GET /api/home': { status: 200, effect: (r) => expect(Array.isArray(r.body.services)).toBe(true) },
  'GET /api/services': { status: 200, effect: (r) => expect(Array.isArray(r.body.services)).toBe(true) },
  'GET /api/testimonials': { status: 200, effect: (r) => expect(Array.isArray(r.body.testimonials)).toBe(true) },
  'GET /api/health-tips': { status: 200, effect: (r) => expect(Array.isArray(r.body.healthTips)).toBe(true) },
  'GET /api/health-tips/{tipId}': {
    call: (f) => ({ params: { tipId: f.publicTipId } }),
    status: 200,
    effect: (r, _c, f) => expect(r.body.healthTip.id).toBe(f.publicTipId),
  },
  'GET /api/specialties': { status: 200, effect: (r) => expect(r.body.specialties.length).toBeGreaterThan(0) },
  'GET /api/doctors': {
    call: async (f) => ({ query: `q=${(await f.users.doctorA.client.get('/api/me')).body.user.lastName}` }),
    status: 200,
    effect: (r, _c, f) => expect(ids(r.body.doctors)).toEqual([f.users.doctorA.userId]),
  },
  'GET /api/doctors/{id}': {
    call: (f) => ({ params: { id: f.users.doctorA.userId } }),
    status: 200,
    effect: (r, _c, f) => expect(r.body.doctor.id).toBe(f.users.doctorA.userId),
  },
  'GET /api/doctors/{id}/ratings': {
    call: (f) => ({ params: { id: f.users.doctorA.userId } }),
    status: 200,
    effect: (r) => expect(r.body).toMatchObject({ ratings: expect.any(Array), nextCursor: null }),
  },
  'POST /api/auth/register': {
    call: () => ({ body: { email: uniqueEmail('matrix'), password: TEST_PASSWORD, firstName: 'Matrix', lastName: 'Probe', role: 'patient' } }),
    status: 201,
  },
  // A well-formed request with a wrong code: refused as such, the same for everyone.
  'POST /api/auth/confirm': { call: (f) => ({ body: { email: f.bystander.email, code: '000000' } }), status: 400 },
  'POST /api/auth/resend-code': { call: () => ({ body: { email: uniqueEmail('matrix') } }), status: 202 },
  'POST /api/auth/login': {
    call: (f) => ({ body: { email: f.loginUser.email, password: TEST_PASSWORD } }),
    status: 200,
    effect: (r, _c, f) => expect(r.body.user.id).toBe(f.loginUser.userId),
  },
  // The caller's own refresh cookie decides: none → 401; a disabled account → 403 (and it is revoked).
  'POST /api/auth/refresh': {
    status: (c) => (c === 'anonymous' ? 401 : isDisabled(c) ? 403 : 200),
    effect: (r, c) => {
      if (r.status === 200) expect(r.body.sessionExpiresIn).toBeGreaterThan(0);
      if (isDisabled(c)) expect(r.body.error.code).toBe('account_disabled');
    },
  },
  'POST /api/auth/logout': { status: 204 },
  'POST /api/auth/forgot-password': { call: () => ({ body: { email: uniqueEmail('matrix') } }), status: 202 },
  // A wrong code for an address nobody has: refused like any wrong code. (One account per call: the
  // twin, like Cognito, locks an account's code checks after 5 wrong codes.)
  'POST /api/auth/reset-password': {
    call: () => ({ body: { email: uniqueEmail('matrix'), code: '000000', password: TEST_PASSWORD } }),
    status: 400,
  },
  // The second step of a two-step sign-in needs the first step's cookie, which no caller has.
  'POST /api/auth/mfa': {
    call: () => ({ body: { code: '123456' } }),
    status: 401,
    effect: (r) => expect(r.body.error.code).toBe('unauthorized'),
  },
  // A message that is too short: read and refused the same for everyone (not a sign-in refusal), so
  // the route is open to all. Ten valid messages from the matrix's one address would pass the
  // per-address limit; tests/integration/contact.test.ts sends valid ones from addresses of its own.
  'POST /api/contact': {
    call: () => ({ body: { name: 'Matrix Probe', email: uniqueEmail('matrix'), topic: 'other', message: 'Hi' } }),
    status: 400,
    effect: (r) => expect(Object.keys(r.body.error.details)).toEqual(['message']),
  },
  // Unsigned: refused the same way whoever calls.
  'POST /api/payments/webhook': { status: 401 },
};

// biome-ignore format: one route per entry reads best
const allowedCalls: Record<string, Allowed> = {
  'POST /api/testimonials': {
    call: (c, f) => ({ body: { appointmentId: f.completed[c], rating: 5, content: `Matrix testimonial from ${c}.` } }),
    status: 201,
    effect: (r, c, f) => {
      expect(r.body.testimonial.status).toBe('pending');
      f.state.set(stateKey('testimonial', c), r.body.testimonial.id);
    },
  },
  'GET /api/me': { effect: (r, c, f) => expect(r.body.user.id).toBe(userOf(f, c).userId) },
  'POST /api/auth/mfa/setup': {
    // Set-up needs a live refresh token (for an access token), and the logout probe revoked this
    // caller's: sign in again first, as a person would be asked to.
    call: async (c, f) => {
      const user = userOf(f, c);
      await signIn(user.email, user.password, user.client);
      return {};
    },
    effect: (r, c, f) => {
      expect(r.body.secret).toMatch(/^[A-Z2-7]{16,}=*$/);
      expect(r.body.otpauthUri).toContain(`secret=${r.body.secret}`);
      f.state.set(stateKey('mfa', c), r.body.secret);
    },
  },
  'POST /api/auth/mfa/verify': {
    call: (c, f) => ({ body: { code: totp(f.state.get(stateKey('mfa', c)) as string) } }),
    effect: async (r, c, f) => {
      expect(r.body.user.mfaEnabled).toBe(true);
      // The next sign-in of this account asks for codes from the new secret.
      totpSecrets.set(userOf(f, c).email, f.state.get(stateKey('mfa', c)) as string);
    },
  },
  'PATCH /api/me': {
    call: (c) => ({ body: { address: `${c} street, Pune 411001` } }),
    effect: async (r, c, f) => {
      expect(r.body.user.address).toBe(`${c} street, Pune 411001`);
      expect((await userOf(f, c).client.get('/api/me')).body.user.address).toBe(`${c} street, Pune 411001`);
    },
  },
  'PATCH /api/me/doctor-profile': {
    call: (c) => ({ body: { bio: `Matrix bio of ${c}.` } }),
    effect: async (r, c) => {
      expect(r.body.user.doctorProfile.bio).toBe(`Matrix bio of ${c}.`);
      // A rejected doctor who edits the profile is resubmitted; the matrix keeps them rejected.
      if (c === 'rejectedDoctor') {
        expect(r.body.user.doctorProfile.verificationStatus).toBe('pending');
        const { decideVerification } = await import('../../functions/admin/verification.ts');
        await decideVerification(r.body.user.id, 'reject', 'Matrix: still not verifiable.', { notify: false });
      }
    },
  },
  // Each patient's own family: the list holds what they added, and only that.
  'GET /api/me/dependants': {
    effect: (r, c) => {
      expect(Array.isArray(r.body.dependants)).toBe(true);
      for (const d of r.body.dependants) expect(d.name).toBe(`मीरा ${c}`);
    },
  },
  'POST /api/me/dependants': {
    call: (c) => ({ body: { name: `मीरा ${c}`, dateOfBirth: '2019-05-01', sex: 'female', relationship: 'child' } }),
    status: 201,
    effect: async (r, c, f) => {
      expect(r.body.dependant).toMatchObject({ name: `मीरा ${c}`, dateOfBirth: '2019-05-01', sex: 'female', relationship: 'child' });
      const { data } = await entities().dependant.get({ userId: userOf(f, c).userId, dependantId: r.body.dependant.id }).go();
      expect(data?.name).toBe(`मीरा ${c}`);
      f.state.set(stateKey('dependant', c), r.body.dependant.id);
    },
  },
  'PATCH /api/me/dependants/{dependantId}': {
    call: (c, f) => ({ params: { dependantId: f.state.get(stateKey('dependant', c)) as string }, body: { dateOfBirth: '2018-05-01' } }),
    effect: async (r, c, f, call) => {
      expect(r.body.dependant.dateOfBirth).toBe('2018-05-01');
      const { data } = await entities().dependant.get({ userId: userOf(f, c).userId, dependantId: param(call, 'dependantId') }).go();
      expect(data?.dateOfBirth).toBe('2018-05-01');
    },
  },
  'DELETE /api/me/dependants/{dependantId}': {
    call: (c, f) => ({ params: { dependantId: f.state.get(stateKey('dependant', c)) as string } }),
    effect: async (r, c, f, call) => {
      expect(r.body.deleted).toBe(param(call, 'dependantId'));
      const { data } = await entities().dependant.get({ userId: userOf(f, c).userId, dependantId: param(call, 'dependantId') }).go();
      expect(data).toBeNull();
    },
  },
  // Each patient's own export: a ZIP whose data.json is their profile.
  'GET /api/me/export': {
    effect: (r, c, f) => {
      expect(r.headers.get('content-type')).toBe('application/zip');
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="chikitsa360-/);
      const data = JSON.parse(strFromU8(unzipSync(r.bytes)['data.json']!));
      expect(data.profile.id).toBe(userOf(f, c).userId);
    },
  },
  // Signed (password and, since the matrix turned two-step sign-in on above, the code) and let through
  // to the domain, which refuses while a consultation is booked: patient A's paid one, and a hold made
  // here for patient B. The matrix must keep both accounts; tests/integration/privacy.test.ts erases.
  'POST /api/me/erase': {
    call: async (c, f) => {
      if (c === 'patientB') await holdSlot(userOf(f, c), take(f));
      const secret = totpSecrets.get(userOf(f, c).email);
      return { body: { password: TEST_PASSWORD, ...(secret ? { code: totp(secret) } : {}) } };
    },
    status: 409,
    effect: async (r, c, f) => {
      expect(r.body.error.code).toBe('upcoming_appointments');
      const { data } = await entities().user.get({ userId: userOf(f, c).userId }).go();
      expect(data?.directory).toBe('patient');
    },
  },
  'GET /api/doctor/slots': {
    effect: (r, c, f) => {
      const listed = ids(r.body.slots);
      if (c === 'doctorA') expect(listed).toContain(f.mainSlotId);
      else expect(listed).not.toContain(f.mainSlotId);
    },
  },
  'POST /api/doctor/slots': {
    call: () => ({ body: { dates: [daysFromToday(20)], startTime: '09:00', endTime: '10:00', durationMinutes: 30 } }),
    status: 201,
    effect: (r, c, f) => {
      expect(r.body.slots).toHaveLength(2);
      f.state.set(stateKey('slot', c), r.body.slots[0].id);
    },
  },
  'DELETE /api/doctor/slots/{slotId}': {
    call: (c, f) => ({ params: { slotId: f.state.get(stateKey('slot', c)) as string } }),
    effect: async (_r, c, f, call) => {
      const day = daysFromToday(20);
      const left = await userOf(f, c).client.get(`/api/doctor/slots?from=${day}&to=${day}`);
      expect(ids(left.body.slots)).not.toContain(param(call, 'slotId'));
      expect(left.body.slots).toHaveLength(1);
    },
  },
  // One 15-minute slot a week (Sunday 05:00), with day 20 (the one-off slots' day) on leave, so the
  // schedule's slots touch nothing else the matrix counts.
  'PUT /api/doctor/schedule': {
    call: () => ({
      body: {
        slotMinutes: 15,
        windows: [{ weekday: 7, start: '05:00', end: '05:15' }],
        breaks: [],
        leaveDates: [daysFromToday(20)],
      },
    }),
    effect: async (r, c, f) => {
      expect(r.body.schedule.windows).toEqual([{ weekday: 7, start: '05:00', end: '05:15' }]);
      expect(r.body.published.created + r.body.published.alreadyPublished).toBeGreaterThanOrEqual(3);
      const mine = await userOf(f, c).client.get('/api/doctor/schedule');
      expect(mine.body.schedule.leaveDates).toEqual([daysFromToday(20)]);
    },
  },
  'GET /api/doctor/schedule': {
    effect: (r) => {
      expect(r.body.publishDays).toBe(28);
      // Each doctor sees their own (the PUT above, or none yet), never another's.
      if (r.body.schedule) expect(r.body.schedule.windows).toEqual([{ weekday: 7, start: '05:00', end: '05:15' }]);
    },
  },
  'POST /api/appointments': {
    call: (_c, f) => ({ body: { slotId: take(f), reason: 'Matrix booking' } }),
    status: 201,
    effect: (r, c, f) => {
      expect(r.body.appointment).toMatchObject({ status: 'REQUESTED', patient: { id: userOf(f, c).userId } });
      f.state.set(stateKey('hold', c), r.body.appointment.id);
    },
  },
  'GET /api/appointments': {
    // Any signed-in user; an admin is pointed to the console instead (their lists are there).
    status: (c) => (c === 'admin' ? 400 : 200),
    effect: (r, c, f) => {
      if (c === 'admin') return expect(r.body.error.message).toMatch(/admin console/);
      const listed = ids(r.body.appointments);
      if (isParty(c)) expect(listed).toContain(f.appointmentId);
      else expect(listed).not.toContain(f.appointmentId);
    },
  },
  'GET /api/appointments/{id}': {
    effect: (r, _c, f) => expect(r.body.appointment).toMatchObject({ id: f.appointmentId, status: 'CONFIRMED' }),
  },
  'PATCH /api/appointments/{id}': {
    call: () => ({ body: { notes: 'Matrix: bring earlier reports.' } }),
    effect: async (r, _c, f) => {
      expect(r.body.appointment.notes).toBe('Matrix: bring earlier reports.');
      expect((await entities().appointment.get({ appointmentId: f.appointmentId }).go()).data?.notes).toBe(
        'Matrix: bring earlier reports.',
      );
    },
  },
  // Patient A follows up their completed consultation with doctor A (who offers free follow-ups).
  'POST /api/appointments/{id}/follow-up': {
    call: (_c, f) => ({ params: { id: f.completed.patientA! }, body: { slotId: take(f), reason: 'Matrix follow-up' } }),
    status: 201,
    effect: async (r, _c, f) => {
      expect(r.body.appointment).toMatchObject({ status: 'CONFIRMED', followUpOf: f.completed.patientA, feePaise: 0 });
      expect((await entities().appointment.get({ appointmentId: r.body.appointment.id }).go()).data?.followUpOf).toBe(f.completed.patientA);
    },
  },
  // Patient A rates their completed consultation with doctor A (with a comment, for the reply below).
  'GET /api/appointments/{id}/rating': {
    call: (_c, f) => ({ params: { id: f.completed.patientA! } }),
    effect: (r) => expect(r.body.canRate).toBe(true),
  },
  'PUT /api/appointments/{id}/rating': {
    call: (_c, f) => ({ params: { id: f.completed.patientA! }, body: { stars: 4, comment: 'Matrix: a careful doctor.' } }),
    effect: async (r, _c, f) => {
      expect(r.body.rating).toMatchObject({ stars: 4, moderation: 'pending' });
      expect((await entities().rating.get({ appointmentId: f.completed.patientA! }).go()).data?.stars).toBe(4);
    },
  },
  // Doctor A replies to that comment once an admin approved it; to any other doctor it does not exist.
  'POST /api/doctor/ratings/{ratingId}/reply': {
    call: async (c, f) => {
      const { data } = await entities().rating.get({ appointmentId: f.completed.patientA! }).go();
      if (c === 'doctorA' && data?.moderation === 'pending')
        await moderateRating(data.ratingId, 'approve', data.revision, f.users.admin.userId);
      return { params: { ratingId: data!.ratingId }, body: { text: `Matrix reply from ${c}.` } };
    },
    status: (c) => (c === 'doctorA' ? 200 : 404),
    effect: async (r, c, _f, call) => {
      if (c !== 'doctorA') return expect(r.body.error.code).toBe('not_found');
      expect(r.body.rating.reply.text).toBe('Matrix reply from doctorA.');
      const { data } = await entities().rating.query.byId({ ratingId: param(call, 'ratingId') }).go();
      expect(data[0]?.reply).toBe('Matrix reply from doctorA.');
    },
  },
  'GET /api/appointments/{id}/record': {
    effect: (r, _c, f) => {
      expect(r.body.appointment.id).toBe(f.appointmentId);
      const kinds = r.body.events.map((e: { kind: string }) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['booked', 'payment', 'consultation']));
      const times = r.body.events.map((e: { at: string }) => e.at);
      expect(times).toEqual([...times].sort());
    },
  },
  'POST /api/appointments/{id}/cancel': {
    // Each party cancels an appointment of its own, never the matrix's paid one.
    call: (c, f) => ({ params: { id: c === 'patientA' ? (f.state.get(stateKey('hold', c)) as string) : f.doctorCancels } }),
    effect: async (r, c, f, call) => {
      expect(r.body.appointment).toMatchObject({ id: param(call, 'id'), status: 'CANCELLED', cancelledBy: userOf(f, c).userId });
      expect((await entities().appointment.get({ appointmentId: param(call, 'id') }).go()).data?.status).toBe('CANCELLED');
    },
  },
  // Patient A moves its matrix hold (booked above, cancelled by the cancel probe below); doctor A moves
  // a fresh hold of a new patient, then cancels it. Never the matrix's paid appointment.
  'POST /api/appointments/{id}/reschedule': {
    call: async (c, f) => ({
      params: {
        id:
          c === 'patientA'
            ? (f.state.get(stateKey('hold', c)) as string)
            : (await holdSlot(await registerAndSignIn('patient'), take(f))).id,
      },
      body: { slotId: take(f) },
    }),
    effect: async (r, c, f, call) => {
      const id = param(call, 'id');
      const slotId = (call.body as { slotId: string }).slotId;
      const startAt = new Date(Number(slotId.slice(slotId.lastIndexOf('_') + 1))).toISOString();
      expect(r.body.appointment).toMatchObject({ id, startAt, reschedule: { used: 1 } });
      expect((await entities().appointment.get({ appointmentId: id }).go()).data?.startAt).toBe(startAt);
      if (c === 'doctorA') {
        const cancelled = await userOf(f, c).client.post(`/api/appointments/${id}/cancel`, {});
        expect(cancelled.status, cancelled.text).toBe(200);
      }
    },
  },
  'GET /api/appointments/{id}/calendar.ics': {
    effect: (r, _c, f) => {
      expect(r.headers.get('content-type')).toContain('text/calendar');
      expect(r.text).toContain(`UID:${f.appointmentId}@chikitsa360`);
    },
  },
  'POST /api/appointments/{id}/payment': {
    call: async (c, f) => ({ params: { id: (await holdSlot(userOf(f, c), take(f))).id } }),
    effect: (r, _c, f, call) => {
      expect(r.body.orderId).toMatch(/^order_/);
      f.state.set('order', { ...r.body, appointmentId: param(call, 'id') });
    },
  },
  'POST /api/payments/verify': {
    // Patient A pays the order opened above; patient B opens one for the hold it booked, then pays.
    call: async (c, f) => {
      const order =
        c === 'patientA'
          ? (f.state.get('order') as { orderId: string; checkoutUrl: string; appointmentId: string })
          : { ...(await startPayment(userOf(f, c), f.state.get(stateKey('hold', c)) as string)), appointmentId: f.state.get(stateKey('hold', c)) as string };
      f.state.set(stateKey('paying', c), order.appointmentId);
      const back = await checkout(order);
      return { body: { orderId: back.razorpay_order_id, paymentId: back.razorpay_payment_id, signature: back.razorpay_signature } };
    },
    effect: async (r, c, f) => {
      const appointmentId = f.state.get(stateKey('paying', c)) as string;
      expect(r.body.appointmentId).toBe(appointmentId);
      expect(r.body.receipt.receiptNumber).toBeTruthy();
      expect((await entities().appointment.get({ appointmentId }).go()).data?.status).toBe('CONFIRMED');
    },
  },
  'GET /api/receipts/{id}': { effect: (r, _c, f) => expect(r.body.receipt).toMatchObject({ id: f.appointmentId }) },
  'GET /api/receipts/{id}/pdf': {
    effect: (r) => {
      expect(r.headers.get('content-type')).toBe('application/pdf');
      expect(r.text.startsWith('%PDF')).toBe(true);
    },
  },
  'POST /api/appointments/{id}/join': {
    effect: (r, c, f) =>
      expect(r.body).toMatchObject({ appointmentId: f.appointmentId, role: roleOf[c], provider: 'p2p' }),
  },
  'GET /api/appointments/{id}/messages': { effect: (r) => expect(Array.isArray(r.body.messages)).toBe(true) },
  'POST /api/appointments/{id}/recordings': {
    call: () => ({ body: { seq: 0 } }),
    effect: async (r, _c, f) => {
      expect(r.body.recordingId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      f.state.set('recording', r.body.recordingId);
      // The browser's upload, so the recording is a real one when it is finished below.
      const form = new FormData();
      for (const [k, v] of Object.entries(r.body.fields as Record<string, string>)) form.append(k, v);
      form.append('file', new Blob([fakeWebm(0)], { type: 'audio/webm' }));
      expect((await fetch(r.body.url, { method: 'POST', body: form })).status).toBeLessThan(300);
    },
  },
  'POST /api/appointments/{id}/recordings/{recordingId}/finish': {
    call: (_c, f) => ({ params: { recordingId: f.state.get('recording') as string }, body: { durationMs: 30_000 } }),
    effect: async (r, _c, f, call) => {
      expect(r.body.closed).toBe(true);
      const { data } = await entities().recording.get({ appointmentId: f.appointmentId, recordingId: param(call, 'recordingId') }).go();
      expect(data?.status).toBe('CLOSED');
    },
  },
  'POST /api/appointments/{id}/recording-consent': {
    // The fixture's patient agreed before the recording above; here the patient withdraws, then (after
    // agreeing again) the doctor withdraws: either party may.
    call: async (c, f) => {
      if (c === 'doctorA') {
        const again = await f.users.patientA.client.post(`/api/appointments/${f.appointmentId}/recording-consent`, { consent: 'given' });
        expect(again.status, again.text).toBe(200);
      }
      return { body: { consent: 'withdrawn' } };
    },
    effect: async (r, c, f) => {
      expect(r.body.recordingConsent).toBe('withdrawn');
      expect(r.body.consent).toMatchObject({ kind: 'recording', action: 'withdrawn', by: roleOf[c] });
      const { data } = await entities().appointment.get({ appointmentId: f.appointmentId }).go();
      expect(data?.recordingConsent).toBe('withdrawn');
    },
  },
  'GET /api/appointments/{id}/transcription': {
    // The finished recording's transcription is recorded by the pipeline's starter, shortly after.
    call: async (_c, f) => {
      await expect.poll(async () => (await entities().transcription.get({ appointmentId: f.appointmentId }).go()).data).toBeTruthy();
      return {};
    },
    effect: (r) => expect(['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED']).toContain(r.body.transcription.status),
  },
  'GET /api/medicines': {
    call: () => ({ query: 'q=paracetamol' }),
    effect: (r) => expect(r.body.medicines[0]).toMatchObject({ id: 'paracetamol', tpgList: 'O' }),
  },
  'GET /api/appointments/{id}/prescriptions': {
    // Before the doctor writes one (table order): the list is there, and empty.
    effect: (r) => expect(r.body.prescriptions).toEqual([]),
  },
  'PUT /api/appointments/{id}/prescriptions/draft': {
    call: () => ({
      body: {
        chiefComplaints: 'Matrix: headache',
        provisionalDiagnosis: 'Tension headache',
        medicines: [{ name: 'Paracetamol', catalogueId: 'paracetamol', strength: '500 mg', form: 'tablet', dose: '1 tablet', frequency: 'when needed', duration: '3 days' }],
      },
    }),
    effect: async (r, _c, f) => {
      expect(r.body.prescription).toMatchObject({ version: 1, status: 'DRAFT' });
      expect((await entities().prescription.get({ appointmentId: f.appointmentId, version: 1 }).go()).data?.status).toBe('DRAFT');
    },
  },
  'POST /api/appointments/{id}/prescriptions/issue': {
    // Signed with the password and, since the matrix turned two-step sign-in on above, the code; the
    // doctor's profile first gets what a prescription must carry.
    call: async (c, f) => {
      await entities().user.patch({ userId: userOf(f, c).userId }).set({ education: 'MBBS', registrationCouncil: 'Matrix Medical Council' }).go();
      const secret = totpSecrets.get(userOf(f, c).email);
      return { body: { password: TEST_PASSWORD, ...(secret ? { code: totp(secret) } : {}) } };
    },
    effect: async (r, _c, f) => {
      expect(r.body.prescription).toMatchObject({ version: 1, status: 'ISSUED' });
      expect((await entities().prescription.get({ appointmentId: f.appointmentId, version: 1 }).go()).data?.number).toBe(r.body.prescription.number);
    },
  },
  'GET /api/appointments/{id}/prescriptions/{version}': {
    call: () => ({ params: { version: '1' } }),
    effect: (r, _c, f) => expect(r.body.prescription).toMatchObject({ appointmentId: f.appointmentId, version: 1, status: 'ISSUED' }),
  },
  'GET /api/appointments/{id}/prescriptions/{version}/pdf': {
    call: () => ({ params: { version: '1' } }),
    effect: (r) => {
      expect(r.headers.get('content-type')).toBe('application/pdf');
      expect(r.text.startsWith('%PDF')).toBe(true);
    },
  },
  'GET /api/appointments/{id}/documents': {
    effect: (r) => expect(Array.isArray(r.body.documents)).toBe(true),
  },
  'POST /api/appointments/{id}/documents': {
    call: () => ({ body: { fileName: 'matrix.pdf', contentType: 'application/pdf', size: 100 } }),
    status: 201,
    effect: async (r, _c, f) => {
      expect(r.body.document).toMatchObject({ fileName: 'matrix.pdf', status: 'pending' });
      const { data } = await entities().document.get({ scopeId: f.appointmentId, documentId: r.body.document.id }).go();
      expect(data?.status).toBe('pending');
    },
  },
  'GET /api/appointments/{id}/documents/{documentId}/link': {
    // A checked report of the appointment, uploaded once by its patient.
    call: async (_c, f) => {
      if (!f.state.has('report')) {
        const id = await upload(f.users.patientA, docsPath(f.appointmentId), pdfBytes());
        await settled(f.users.patientA, f.appointmentId, id);
        f.state.set('report', id);
      }
      return { params: { documentId: f.state.get('report') as string } };
    },
    effect: (r) => expect(r.body.link.url).toContain('X-Amz-Expires=60'),
  },
  'DELETE /api/appointments/{id}/documents/{documentId}': {
    // On an appointment of the same pair days ahead (the main one starts within minutes, and a file
    // can only be removed before the start).
    call: async (c, f) => {
      // Patient A has booked five times by now (the fixture, the booking and follow-up rows): this
      // booking is setup, not a case of the rate limit (tests/integration/booking-limits.test.ts), so
      // it starts a fresh window.
      const { name, bucket } = bookingWindowKey(userOf(f, c).userId, new Date());
      await entities().counter.delete({ name, bucket }).go();
      const later = await confirmedAppointment(60 * 24 * 4, {}, { doctor: f.users.doctorA, patient: userOf(f, c) });
      const permit = await userOf(f, c).client.post(docsPath(later.appointmentId), { fileName: 'x.pdf', contentType: 'application/pdf', size: 100 });
      return { params: { id: later.appointmentId, documentId: permit.body.document.id } };
    },
    effect: async (r, _c, _f, call) => {
      expect(r.body).toEqual({ deleted: param(call, 'documentId') });
      const { data } = await entities().document.get({ scopeId: param(call, 'id'), documentId: param(call, 'documentId') }).go();
      expect(data).toBeNull();
    },
  },
  'GET /api/me/verification-documents': {
    effect: (r) => expect(r.body).toMatchObject({ documents: expect.any(Array), usualWorkingDays: 2 }),
  },
  'POST /api/me/verification-documents': {
    call: () => ({ body: { fileName: 'id.pdf', contentType: 'application/pdf', size: 100, kind: 'photoId' } }),
    // A verified doctor has nothing left to prove: refused as such (the route is theirs all the same).
    status: (c) => (c === 'doctorA' || c === 'doctorB' ? 409 : 201),
    effect: (r, c) => {
      if (c === 'doctorA' || c === 'doctorB') expect(r.body.error.code).toBe('documents_closed');
      else expect(r.body.document).toMatchObject({ kind: 'photoId', status: 'pending' });
    },
  },
  'POST /api/me/photo-uploads': {
    call: () => ({ body: { contentType: 'image/png', size: 100 } }),
    status: 201,
    effect: (r) =>
      expect(r.body).toMatchObject({
        uploadId: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
        fields: expect.objectContaining({ 'Content-Type': 'image/png' }),
      }),
  },
  'POST /api/me/photo-uploads/{uploadId}/publish': {
    // The caller's own upload of a real PNG: checked, copied under media/ and made their photo.
    call: async (c, f) => ({ params: { uploadId: await uploadPhoto(userOf(f, c), pngBytes()) } }),
    effect: async (r, c, f) => {
      const { userId } = userOf(f, c);
      expect(r.body.pictureUrl).toMatch(new RegExp(`^/media/doctors/${userId}/[0-9A-Z]{26}\\.png$`));
      expect((await entities().user.get({ userId }).go()).data?.pictureUrl).toBe(r.body.pictureUrl);
    },
  },
  'DELETE /api/me/photo': {
    effect: async (r, c, f) => {
      expect(r.body).toEqual({ pictureUrl: null });
      expect((await entities().user.get({ userId: userOf(f, c).userId }).go()).data?.pictureUrl).toBeUndefined();
    },
  },
  'GET /api/admin/doctors/{userId}/documents': {
    call: (_c, f) => ({ params: { userId: f.users.pendingDoctor.userId } }),
    effect: (r) => expect(r.body).toMatchObject({ registrationNumber: 'MATRIX/1', registerUrl: expect.stringContaining('nmc.org.in') }),
  },
  'GET /api/admin/doctors/{userId}/documents/{documentId}/link': {
    call: async (_c, f) => {
      const doctor = f.users.pendingDoctor;
      const id = await upload(doctor, '/api/me/verification-documents', pdfBytes(), { kind: 'registrationCertificate' });
      await until(async () => (await entities().document.get({ scopeId: doctor.userId, documentId: id }).go()).data?.status === 'ready', { what: 'the certificate checked' });
      return { params: { userId: doctor.userId, documentId: id } };
    },
    effect: (r) => expect(r.body.link.url).toContain('X-Amz-Expires=60'),
  },
  'GET /api/admin/stats': { effect: (r) => expect(r.body.users.patients).toBeGreaterThan(0) },
  'GET /api/admin/users': {
    call: () => ({ query: 'directory=doctor-disabled&limit=100' }),
    effect: (r, _c, f) => expect(ids(r.body.users)).toContain(f.users.disabledDoctor.userId),
  },
  'GET /api/admin/users/{userId}': { effect: (r, _c, f) => expect(r.body.user.id).toBe(f.bystander.userId) },
  'POST /api/admin/users/{userId}/status': {
    call: () => ({ body: { disabled: true } }),
    effect: async (r, _c, f) => {
      expect(r.body.user).toMatchObject({ id: f.bystander.userId, disabled: true });
      expect((await f.bystander.client.get('/api/me')).status).toBe(403);
    },
  },
  'GET /api/admin/user-search': {
    call: (_c, f) => ({ query: `q=${encodeURIComponent(f.bystander.email)}` }),
    effect: (r, _c, f) => expect(ids(r.body.users)).toEqual([f.bystander.userId]),
  },
  'PATCH /api/admin/users/{userId}': {
    call: () => ({ body: { address: 'Matrix Lane 1, Pune' } }),
    effect: async (r, _c, f) => {
      expect(r.body.changed).toEqual(['address']);
      expect((await entities().user.get({ userId: f.bystander.userId }).go()).data?.address).toBe('Matrix Lane 1, Pune');
    },
  },
  // Unfeaturing: featuring would change the home page that other files read (admin-profiles.test.ts
  // features on its own twin).
  'POST /api/admin/doctors/{userId}/featured': {
    call: (_c, f) => ({ params: { userId: f.users.doctorA.userId }, body: { featured: false } }),
    effect: async (r, _c, f) => {
      expect(r.body).toEqual({ doctorId: f.users.doctorA.userId, featured: false });
      expect((await entities().user.get({ userId: f.users.doctorA.userId }).go()).data?.featured).toBe(false);
    },
  },
  'POST /api/admin/doctors/{userId}/verification': {
    call: (_c, f) => ({ params: { userId: f.candidateDoctorId }, body: { decision: 'verify' } }),
    effect: async (r, _c, f) => {
      expect(r.body).toEqual({ doctorId: f.candidateDoctorId, verificationStatus: 'verified' });
      expect((await entities().user.get({ userId: f.candidateDoctorId }).go()).data?.directory).toBe('doctor-verified');
    },
  },
  'GET /api/admin/appointments': {
    call: () => ({ query: 'status=CONFIRMED&limit=100' }),
    effect: (r) => {
      expect(r.body.appointments.length).toBeGreaterThan(0);
      for (const a of r.body.appointments) expect(a.status).toBe('CONFIRMED');
    },
  },
  'GET /api/admin/appointments/{appointmentId}': {
    effect: (r, _c, f) => {
      expect(r.body.appointment.id).toBe(f.appointmentId);
      expect(r.body.payment.status).toBe('COMPLETED');
    },
  },
  'POST /api/admin/appointments/{appointmentId}/cancel': {
    call: (_c, f) => ({ params: { appointmentId: f.adminCancels }, body: { reason: 'Matrix: cancelled by the clinic.' } }),
    effect: (r, _c, f) => expect(r.body.appointment).toMatchObject({ id: f.adminCancels, status: 'CANCELLED' }),
  },
  'GET /api/admin/contact-messages': {
    call: () => ({ query: 'limit=5' }),
    effect: (r) => {
      expect(Array.isArray(r.body.messages)).toBe(true);
      expect(r.body.messages.length).toBeLessThanOrEqual(5);
    },
  },
  'GET /api/admin/payments': {
    effect: (r) => {
      expect(r.body.payments.length).toBeGreaterThan(0);
      for (const p of r.body.payments) expect(p.status).toBe('COMPLETED');
    },
  },
  'GET /api/admin/services': { effect: (r) => expect(r.body.services.length).toBeGreaterThan(0) },
  'POST /api/admin/services': {
    call: () => ({ body: { name: 'Matrix service', description: 'Made by the authorization matrix.', icon: 'stethoscope', active: false } }),
    status: 201,
    effect: (r, _c, f) => {
      expect(r.body.service).toMatchObject({ name: 'Matrix service', active: false });
      f.state.set('service', r.body.service.id);
    },
  },
  'POST /api/admin/services/order': {
    // The current order, as it is (other files may add services meanwhile: then the list is read again).
    againOnConflict: true,
    call: async (c, f) => ({ body: { ids: ids((await userOf(f, c).client.get('/api/admin/services')).body.services) } }),
    effect: (r, _c, _f, call) => expect(ids(r.body.services)).toEqual((call.body as { ids: string[] }).ids),
  },
  'PATCH /api/admin/services/{serviceId}': {
    call: (_c, f) => ({ params: { serviceId: f.state.get('service') as string }, body: { name: 'Matrix service, renamed' } }),
    effect: (r) => expect(r.body.service.name).toBe('Matrix service, renamed'),
  },
  'DELETE /api/admin/services/{serviceId}': {
    call: (_c, f) => ({ params: { serviceId: f.state.get('service') as string } }),
    effect: async (_r, c, f, call) =>
      expect(ids((await userOf(f, c).client.get('/api/admin/services')).body.services)).not.toContain(param(call, 'serviceId')),
  },
  'GET /api/admin/health-tips': { effect: (r) => expect(r.body.healthTips.length).toBeGreaterThan(0) },
  'POST /api/admin/health-tips': {
    call: () => ({ body: { title: 'Matrix tip', content: 'Made by the authorization matrix, never published.' } }),
    status: 201,
    effect: (r, _c, f) => {
      expect(r.body.healthTip.title).toBe('Matrix tip');
      f.state.set('tip', r.body.healthTip.id);
    },
  },
  'PATCH /api/admin/health-tips/{tipId}': {
    call: (_c, f) => ({ params: { tipId: f.state.get('tip') as string }, body: { title: 'Matrix tip, renamed' } }),
    effect: (r) => expect(r.body.healthTip.title).toBe('Matrix tip, renamed'),
  },
  'DELETE /api/admin/health-tips/{tipId}': {
    call: (_c, f) => ({ params: { tipId: f.state.get('tip') as string } }),
    effect: async (_r, _c, _f, call) =>
      expect((await entities().healthTip.get({ tipId: param(call, 'tipId') }).go()).data).toBeNull(),
  },
  // Patient B's comment on their visit with doctor B waits for moderation.
  'GET /api/admin/ratings': {
    call: async (_c, f) => {
      const rated = await f.users.patientB.client.put(`/api/appointments/${f.completed.patientB}/rating`, { stars: 3, comment: 'Matrix: waiting for an admin.' });
      expect(rated.status, rated.text).toBe(200);
      f.state.set('rating', rated.body.rating.id);
      return { query: 'limit=100' };
    },
    effect: (r, _c, f) => expect(ids(r.body.ratings)).toContain(f.state.get('rating')),
  },
  'PATCH /api/admin/ratings/{ratingId}': {
    call: (_c, f) => ({ params: { ratingId: f.state.get('rating') as string }, body: { decision: 'approve', revision: 1 } }),
    effect: async (r, _c, _f, call) => {
      expect(r.body.rating.moderation).toBe('approved');
      const { data } = await entities().rating.query.byId({ ratingId: param(call, 'ratingId') }).go();
      expect(data[0]?.moderation).toBe('approved');
    },
  },
  'GET /api/admin/testimonials': {
    effect: (r, _c, f) => expect(ids(r.body.testimonials)).toContain(f.state.get(stateKey('testimonial', 'patientA'))),
  },
  'POST /api/admin/testimonials': {
    call: () => ({ body: { name: 'Matrix S.', content: 'Added by the authorization matrix.', rating: 4 } }),
    status: 201,
    effect: async (r) => {
      expect(r.body.testimonial).toMatchObject({ name: 'Matrix S.', approved: true, featured: false });
      expect((await entities().testimonial.get({ testimonialId: r.body.testimonial.id }).go()).data?.approved).toBe(true);
    },
  },
  'PATCH /api/admin/testimonials/{testimonialId}': {
    call: (_c, f) => ({ params: { testimonialId: f.state.get(stateKey('testimonial', 'patientA')) as string }, body: { approved: true } }),
    effect: async (_r, _c, _f, call) =>
      expect((await entities().testimonial.get({ testimonialId: param(call, 'testimonialId') }).go()).data?.approved).toBe(true),
  },
  'DELETE /api/admin/testimonials/{testimonialId}': {
    call: (_c, f) => ({ params: { testimonialId: f.state.get(stateKey('testimonial', 'patientB')) as string } }),
    effect: async (_r, _c, _f, call) =>
      expect((await entities().testimonial.get({ testimonialId: param(call, 'testimonialId') }).go()).data).toBeNull(),
  },
  'POST /api/admin/payments/{appointmentId}/refund': {
    // Patient B's completed (paid) consultation, its refund recorded here as refused by the gateway.
    call: async (_c, f) => {
      const appointmentId = f.completed.patientB!;
      const { data: p } = await entities().payment.get({ appointmentId }).go();
      await entities()
        .payment.patch({ appointmentId })
        .set({ status: 'REFUND_FAILED', refundPaise: p!.amountPaise, refundFailure: 'Matrix: made to fail.' })
        .go();
      return { params: { appointmentId } };
    },
    effect: (r, _c, f) =>
      expect(r.body.payment).toMatchObject({ appointmentId: f.completed.patientB, status: 'REFUNDED' }),
  },
  'GET /api/admin/transcriptions': { effect: (r) => expect(Array.isArray(r.body.transcriptions)).toBe(true) },
  'POST /api/admin/transcriptions/{appointmentId}/retry': {
    // A failed transcription of the appointment an admin cancelled (made here: failures take a while).
    call: async (_c, f) => {
      await entities()
        .transcription.put({ appointmentId: f.adminCancels, recordingId: ulid(), status: 'FAILED', error: 'Matrix: made to fail.' })
        .go();
      return { params: { appointmentId: f.adminCancels } };
    },
    effect: (r) => expect(r.body.retried).toBe(true),
  },
  // Each patient's own visits: patient A's has the matrix appointment's issued prescription, B's not.
  'GET /api/me/health-records': {
    effect: (r, c, f) => {
      const visits = r.body.visits.map((v: { appointmentId: string }) => v.appointmentId);
      if (c === 'patientA') expect(visits).toContain(f.appointmentId);
      else expect(visits).not.toContain(f.appointmentId);
    },
  },
  'GET /api/admin/audit': {
    // The party's read of the appointment (made by the fixture) is in the appointment's log.
    call: (_c, f) => ({ query: `subjectId=${f.appointmentId}&limit=100` }),
    effect: (r, _c, f) =>
      expect(r.body.events.some((e: { subjectId: string }) => e.subjectId === f.appointmentId)).toBe(true),
  },
  'GET /api/admin/audit.csv': {
    call: (_c, f) => ({ query: `subjectId=${f.appointmentId}` }),
    effect: (r, _c, f) => {
      expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(r.text).toContain(f.appointmentId);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

async function fixture(): Promise<Fixture> {
  const doctorA = await verifiedDoctor({ firstName: 'Matrix', lastName: uniqueWord('Matrix') });
  const patientA = await registerAndSignIn('patient', { firstName: 'Matrix', lastName: 'Patient' });
  const main = await confirmedAppointment(5, {}, { doctor: doctorA, patient: patientA });
  await agreeToRecording(patientA, main.appointmentId);
  const { data: mainItem } = await entities().appointment.get({ appointmentId: main.appointmentId }).go();
  const patientB = await registerAndSignIn('patient');
  const doctorB = await verifiedDoctor();
  // An admin of the matrix's own: the matrix turns two-step sign-in on again for every identity, which
  // must not change the demo admin's secret that other test files sign in with.
  const admin = await newAdmin();

  // Doctor A's free slots for the bookings below, three days ahead.
  // Doctor A offers free follow-ups for a week.
  const followUps = await doctorA.client.patch('/api/me/doctor-profile', {
    followUpDays: 7,
    followUpFeeRupees: 0,
  });
  expect(followUps.status, followUps.text).toBe(200);
  const slots = await doctorA.client.post('/api/doctor/slots', {
    dates: [daysFromToday(3)],
    startTime: '08:00',
    // Enough for every booking below, and the reschedule probes' holds and the times they move to.
    endTime: '14:00',
    durationMinutes: 30,
    timeZone: 'Asia/Kolkata',
  });
  expect(slots.status, slots.text).toBe(201);
  const freeSlots = ids(slots.body.slots);

  // A completed consultation for each patient (the doctor records the outcome after the start).
  const completed: Fixture['completed'] = {};
  for (const [caller, patient, doctor] of [
    ['patientA', patientA, doctorA],
    ['patientB', patientB, doctorB],
  ] as const) {
    const booked = await bookedAppointment(
      60 * 24 * 2 + (caller === 'patientA' ? 0 : 60),
      {},
      { doctor, patient },
    );
    await payAndVerify(patient, booked.appointmentId);
    const { data } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
    await updateByDoctor(data!, { status: 'COMPLETED' }, new Date(Date.parse(booked.startAt) + 60_000));
    completed[caller] = booked.appointmentId;
  }

  const others = await Promise.all([1, 2].map(() => registerAndSignIn('patient')));
  const doctorCancels = (await holdSlot(others[0]!, freeSlots.shift()!)).id;
  const adminCancels = (await holdSlot(others[1]!, freeSlots.shift()!)).id;

  const disabledPatient = await registerAndSignIn('patient');
  const disabledDoctor = await verifiedDoctor();
  for (const user of [disabledPatient, disabledDoctor]) {
    const off = await admin.client.post(`/api/admin/users/${user.userId}/status`, { disabled: true });
    expect(off.status, off.text).toBe(200);
  }
  const profile = {
    specialty: 'dermatology',
    registrationNumber: 'MATRIX/1',
    experienceYears: 3,
    feeRupees: 400,
    languages: ['English'],
  };
  const [pendingDoctor, rejectedDoctor, candidate] = await Promise.all(
    [1, 2, 3].map(() => registerAndSignIn('doctor')),
  );
  for (const d of [pendingDoctor!, rejectedDoctor!, candidate!])
    expect((await d.client.patch('/api/me/doctor-profile', profile)).status).toBe(200);
  const rejected = await admin.client.post(`/api/admin/doctors/${rejectedDoctor!.userId}/verification`, {
    decision: 'reject',
    note: 'Matrix: the number does not match the register.',
  });
  expect(rejected.status, rejected.text).toBe(200);

  const tips = await new ApiClient().get('/api/health-tips');
  return {
    users: {
      patientA,
      patientB,
      doctorA,
      doctorB,
      admin,
      disabledPatient,
      disabledDoctor,
      pendingDoctor: pendingDoctor!,
      rejectedDoctor: rejectedDoctor!,
    },
    appointmentId: main.appointmentId,
    mainSlotId: `${doctorA.userId}_${Date.parse(mainItem!.startAt)}`,
    freeSlots,
    completed,
    doctorCancels,
    adminCancels,
    bystander: await registerAndSignIn('patient'),
    candidateDoctorId: candidate!.userId,
    publicTipId: tips.body.healthTips[0].id,
    loginUser: await registerAndSignIn('patient'),
    state: new Map(),
  };
}

async function send(route: HttpRoute, caller: Caller, f: Fixture, call: Call): Promise<Answer> {
  const params: Record<string, string> = {
    id: f.appointmentId,
    appointmentId: f.appointmentId,
    userId: f.bystander.userId,
    slotId: f.mainSlotId,
    recordingId: ulid(),
    serviceId: ulid(),
    tipId: f.publicTipId,
    testimonialId: ulid(),
    ratingId: ulid(),
    dependantId: ulid(),
    documentId: ulid(),
    ...call.params,
  };
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'));
  const headers: Record<string, string> = { origin: inject('twin').url };
  // A fixed cookie header: a route that clears cookies (sign-out) must not sign the matrix out.
  if (caller !== 'anonymous') headers.cookie = cookieOf(f.users[caller]);
  const write = route.method !== 'GET';
  if (write) headers['content-type'] = 'application/json';
  const res = await fetch(`${inject('twin').url}${path}${call.query ? `?${call.query}` : ''}`, {
    method: route.method,
    headers,
    body: write ? JSON.stringify(call.body ?? {}) : undefined,
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let body: unknown;
  try {
    body = res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, bytes, body };
}

describe('authorization matrix', () => {
  it('has an expected rule for every route, the route table agrees, and every route says what an allowed call does', () => {
    const table = Object.fromEntries(httpRoutes.map((r) => [routeKey(r), r.auth]));
    expect(table).toEqual(expectedRules);
    for (const route of httpRoutes) {
      const key = routeKey(route);
      const isPublic = route.auth === 'public' || route.auth === 'webhook';
      expect(isPublic ? publicRoutes[key] : allowedCalls[key], `no spec for ${key}`).toBeDefined();
    }
    expect(Object.keys({ ...publicRoutes, ...allowedCalls }).sort()).toEqual(
      Object.keys(expectedRules).sort(),
    );
  });

  it('allows (with the effect) and refuses (with the exact status and code) as each route’s rule says, for every identity', async () => {
    const f = await fixture();
    const failures: string[] = [];
    for (const route of httpRoutes as readonly HttpRoute[]) {
      const key = routeKey(route);
      const publicSpec = publicRoutes[key];
      const publicCall = publicSpec ? await publicSpec.call?.(f) : undefined;
      const statuses = new Map<Caller, number>();
      for (const caller of callers) {
        const want = expectation(route.auth, caller);
        try {
          if (want === 'public') {
            const res = await send(
              route,
              caller,
              f,
              publicSpec!.call ? await publicSpec!.call(f) : (publicCall ?? {}),
            );
            statuses.set(caller, res.status);
            const status =
              typeof publicSpec!.status === 'function' ? publicSpec!.status(caller) : publicSpec!.status;
            expect(res.status, res.text.slice(0, 200)).toBe(status);
            await publicSpec!.effect?.(res, caller, f);
          } else if (want === 'allow') {
            const spec = allowedCalls[key]!;
            let call = (await spec.call?.(caller as Identity, f)) ?? {};
            let res = await send(route, caller, f, call);
            if (res.status === 409 && spec.againOnConflict) {
              call = (await spec.call?.(caller as Identity, f)) ?? {};
              res = await send(route, caller, f, call);
            }
            const status = typeof spec.status === 'function' ? spec.status(caller as Identity) : spec.status;
            expect(res.status, res.text.slice(0, 200)).toBe(status ?? 200);
            await spec.effect(res, caller as Identity, f, call);
          } else {
            // Refusals get an empty body: the rule must refuse before the request is even read.
            const res = await send(route, caller, f, {});
            expect(res.status, res.text.slice(0, 200)).toBe(want.status);
            expect(res.body?.error?.code, res.text.slice(0, 200)).toBe(want.code);
            if (want.message) expect(res.body.error.message).toBe(want.message);
          }
        } catch (error) {
          const want = expectation(route.auth, caller);
          failures.push(
            `${key} as ${caller} (want ${typeof want === 'string' ? want : want.status}): ${(error as Error).message.split('\n')[0]}`,
          );
        }
      }
      if (route.auth === 'webhook' && new Set(statuses.values()).size !== 1)
        failures.push(`${key}: depends on the caller`);
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
