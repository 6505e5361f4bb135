/**
 * The authorization matrix: every route in the route table, called as anonymous, patient A, patient B,
 * doctor A, doctor B and an admin, against the rule this test expects for it. A route added to the
 * table without an entry here, or with a different rule, fails the first test.
 *
 * Patient A and doctor A are the parties of a paid appointment; B and the admin are strangers to it,
 * so the party routes double as IDOR probes (same role, someone else's id → 404).
 */

import { ulid } from 'ulid';
import { describe, expect, inject, it } from 'vitest';
import { demoPeople } from '../../lib/local/seed.ts';
import type { AuthRule } from '../../lib/routes.ts';
import { httpRoutes, routeKey } from '../../lib/routes.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { cookieOf } from '../helpers/room.ts';
import { registerAndSignIn, signIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

// biome-ignore format: one route per line reads best
const expectedRules: Record<string, AuthRule> = {
  'GET /api/health': 'public',
  'GET /api/home': 'public',
  'GET /api/services': 'public',
  'GET /api/testimonials': 'public',
  'GET /api/health-tips': 'public',
  'GET /api/health-tips/{tipId}': 'public',
  'POST /api/testimonials': 'patient',
  'GET /api/specialties': 'public',
  'GET /api/doctors': 'public',
  'GET /api/doctors/{id}': 'public',
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
  'GET /api/doctor/slots': 'doctor',
  'POST /api/doctor/slots': 'doctor',
  'DELETE /api/doctor/slots/{slotId}': 'doctor',
  'POST /api/appointments': 'patient',
  'GET /api/appointments': 'user',
  'GET /api/appointments/{id}': 'party',
  'PATCH /api/appointments/{id}': 'doctorParty',
  'POST /api/appointments/{id}/cancel': 'party',
  'POST /api/appointments/{id}/payment': 'patientParty',
  'POST /api/payments/verify': 'patient',
  'POST /api/payments/webhook': 'webhook',
  'GET /api/receipts/{id}': 'party',
  'GET /api/receipts/{id}/pdf': 'party',
  'POST /api/appointments/{id}/join': 'party',
  'GET /api/appointments/{id}/messages': 'party',
  'POST /api/appointments/{id}/recordings': 'doctorParty',
  'POST /api/appointments/{id}/recordings/{recordingId}/finish': 'doctorParty',
  'GET /api/appointments/{id}/transcription': 'party',
  'GET /api/admin/stats': 'admin',
  'GET /api/admin/users': 'admin',
  'GET /api/admin/users/{userId}': 'admin',
  'POST /api/admin/users/{userId}/status': 'admin',
  'POST /api/admin/doctors/{userId}/verification': 'admin',
  'GET /api/admin/appointments': 'admin',
  'GET /api/admin/appointments/{appointmentId}': 'admin',
  'POST /api/admin/appointments/{appointmentId}/cancel': 'admin',
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
  'GET /api/admin/testimonials': 'admin',
  'PATCH /api/admin/testimonials/{testimonialId}': 'admin',
  'DELETE /api/admin/testimonials/{testimonialId}': 'admin',
  'GET /api/admin/transcriptions': 'admin',
  'POST /api/admin/transcriptions/{appointmentId}/retry': 'admin',
  'GET /api/admin/audit': 'admin',};

type Caller = 'anonymous' | 'patientA' | 'patientB' | 'doctorA' | 'doctorB' | 'admin';
const callers: Caller[] = ['anonymous', 'patientA', 'patientB', 'doctorA', 'doctorB', 'admin'];

/** What each rule lets each caller do: 'allow', or the status a refusal must have. */
function expectation(rule: AuthRule, caller: Caller): 'allow' | 401 | 403 | 404 | 'no-403' {
  if (rule === 'public' || rule === 'webhook') return 'no-403';
  if (caller === 'anonymous') return 401;
  const role = caller === 'admin' ? 'admin' : caller.startsWith('patient') ? 'patient' : 'doctor';
  const party = caller === 'patientA' || caller === 'doctorA';
  switch (rule) {
    case 'user':
      return 'allow';
    case 'patient':
    case 'doctor':
    case 'admin':
      return role === rule ? 'allow' : 403;
    case 'party':
      return party ? 'allow' : 404;
    case 'patientParty':
      return !party ? 404 : role === 'patient' ? 'allow' : 403;
    case 'doctorParty':
      return !party ? 404 : role === 'doctor' ? 'allow' : 403;
  }
}

describe('authorization matrix', () => {
  it('has an expected rule for every route, and the route table agrees with it', () => {
    const table = Object.fromEntries(httpRoutes.map((r) => [routeKey(r), r.auth]));
    expect(table).toEqual(expectedRules);
  });

  it('allows and refuses exactly as each route’s rule says, for every caller', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5, {
      doctor: 'Matrix',
      patient: 'Matrix',
    });
    const users: Record<Exclude<Caller, 'anonymous'>, TestUser> = {
      patientA: patient,
      doctorA: doctor,
      patientB: await registerAndSignIn('patient'),
      doctorB: await verifiedDoctor(),
      admin: await signIn(demoPeople.admin.email),
    };
    // A bystander for the {userId} routes, so no caller disables or changes itself.
    const bystander = await registerAndSignIn('patient');
    const params: Record<string, string> = {
      id: appointmentId,
      appointmentId,
      userId: bystander.userId,
      slotId: `${doctor.userId}_1`,
      recordingId: ulid(),
      serviceId: ulid(),
      tipId: ulid(),
      testimonialId: ulid(),
    };
    const failures: string[] = [];
    for (const route of httpRoutes) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? 'x');
      const statuses: Partial<Record<Caller, number>> = {};
      for (const caller of callers) {
        const headers: Record<string, string> = { origin: inject('twin').url };
        if (caller !== 'anonymous') headers.cookie = cookieOf(users[caller]);
        // A fixed cookie header: a route that clears cookies (sign-out) must not sign the matrix out.
        const write = route.method !== 'GET';
        if (write) headers['content-type'] = 'application/json';
        const res = await fetch(inject('twin').url + path, {
          method: route.method,
          headers,
          body: write ? '{}' : undefined,
        });
        const body = await res.text();
        statuses[caller] = res.status;
        const want = expectation(route.auth, caller);
        const partyDenial = res.status === 404 && body.includes('Appointment not found.');
        const ok =
          want === 'allow'
            ? ![401, 403].includes(res.status) && !partyDenial && res.status < 500
            : want === 'no-403'
              ? res.status !== 403 && res.status < 500
              : want === 404
                ? partyDenial
                : res.status === want;
        if (!ok)
          failures.push(
            `${routeKey(route)} as ${caller}: got ${res.status}, want ${want} (${body.slice(0, 120)})`,
          );
      }
      if (route.auth === 'webhook' && new Set(Object.values(statuses)).size !== 1)
        failures.push(`${routeKey(route)}: depends on the caller`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
