/**
 * People and appointments for benchmarks, made against a running twin through the same API the
 * browser uses (accounts are created with the Cognito admin API to keep set-up quick).
 */
import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createUserProfile } from '../../functions/accounts/profile.ts';
import { decideVerification } from '../../functions/admin/verification.ts';
import { cognito } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import { localDate, localTime } from '../../functions/core/time.ts';
import type { Twin } from '../../lib/local/twin.ts';

const PASSWORD = 'Bench@2026!';

export class Session {
  cookie = '';
  constructor(
    readonly twin: Twin,
    readonly userId: string,
  ) {}

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { origin: this.twin.url };
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.twin.url + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  }
}

export async function person(
  twin: Twin,
  role: 'patient' | 'doctor',
  firstName = 'Bench',
  lastName = role === 'doctor' ? 'Doctor' : 'Patient',
) {
  const email = `bench-${role}-${randomUUID().slice(0, 8)}@bench.chikitsa360.local`;
  const UserPoolId = config().USER_POOL_ID;
  const created = await cognito().send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'given_name', Value: firstName },
        { Name: 'family_name', Value: lastName },
        { Name: 'custom:role', Value: role },
      ],
    }),
  );
  const userId = created.User!.Attributes!.find((a) => a.Name === 'sub')!.Value!;
  await cognito().send(
    new AdminSetUserPasswordCommand({ UserPoolId, Username: email, Password: PASSWORD, Permanent: true }),
  );
  await cognito().send(
    new AdminAddUserToGroupCommand({
      UserPoolId,
      Username: email,
      GroupName: role === 'doctor' ? 'doctors' : 'patients',
    }),
  );
  await createUserProfile({ userId, email, firstName, lastName, role });
  const session = new Session(twin, userId);
  const res = await fetch(`${twin.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: twin.url },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  session.cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  // A patient books only with a date of birth and sex on the profile (422 patient_details_required).
  if (role === 'patient') {
    const saved = await session.call('PATCH', '/api/me', { dateOfBirth: '1990-06-15', sex: 'female' });
    if (saved.status !== 200)
      throw new Error(`profile details: ${saved.status} ${JSON.stringify(saved.body)}`);
  }
  return session;
}

export async function verifiedDoctor(twin: Twin, timeZone = 'Asia/Kolkata') {
  const doctor = await person(twin, 'doctor');
  await doctor.call('PATCH', '/api/me/doctor-profile', {
    specialty: 'general-medicine',
    registrationNumber: 'BENCH/1',
    feeRupees: 500,
    languages: ['English'],
  });
  if (timeZone !== 'Asia/Kolkata') await doctor.call('PATCH', '/api/me', { timeZone });
  await decideVerification(doctor.userId, 'verify', undefined, { notify: false });
  return doctor;
}

/** A zone where `instant` is well inside the local day (a 30-minute slot then never crosses midnight). */
export const zoneAwayFromMidnight = (instant: Date) =>
  ['Asia/Kolkata', 'Europe/London', 'America/New_York', 'Asia/Tokyo'].find((z) => {
    const t = localTime(instant, z);
    return t >= '01:00' && t <= '22:00';
  })!;

const plus = (hhmm: string, minutes: number) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const t = h * 60 + m + minutes;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
};

/** A confirmed (paid) appointment starting a few minutes from now: its room is open. */
export async function confirmedAppointment(twin: Twin) {
  const start = new Date(Math.ceil((Date.now() + 5 * 60_000) / 60_000) * 60_000);
  const zone = zoneAwayFromMidnight(start);
  const doctor = await verifiedDoctor(twin, zone);
  const time = localTime(start, zone);
  const slots = await doctor.call('POST', '/api/doctor/slots', {
    dates: [localDate(start, zone)],
    startTime: time,
    endTime: plus(time, 30),
    durationMinutes: 30,
  });
  if (slots.status !== 201) throw new Error(`slots: ${JSON.stringify(slots.body)}`);
  const patient = await person(twin, 'patient');
  const booked = await patient.call('POST', '/api/appointments', {
    slotId: slots.body.slots[0].id,
    reason: 'Benchmark consultation',
  });
  if (booked.status !== 201) throw new Error(`book: ${JSON.stringify(booked.body)}`);
  const appointmentId = booked.body.appointment.id as string;
  const order = await patient.call('POST', `/api/appointments/${appointmentId}/payment`);
  const back = await twin.razorpay.pay(order.body.orderId, 'success', 'never');
  const verified = await patient.call('POST', '/api/payments/verify', {
    orderId: back.razorpay_order_id,
    paymentId: back.razorpay_payment_id,
    signature: back.razorpay_signature,
  });
  if (verified.status !== 200) throw new Error(`verify: ${JSON.stringify(verified.body)}`);
  return { doctor, patient, appointmentId };
}
