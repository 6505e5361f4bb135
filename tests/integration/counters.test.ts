/**
 * The dashboard's counters move inside the same transactions as the events they count, so after any
 * sequence of bookings, payments, cancellations, refunds and expiries they must equal a slow recount
 * of the table. This runs against its OWN twin: the shared one is busy with other test files, and a
 * recount is only exact when nobody else is writing.
 */

import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireHolds } from '../../functions/appointments/booking.ts';
import { openHoldsKey } from '../../functions/core/booking-limits.ts';
import { documentClient } from '../../functions/core/clients.ts';
import { config } from '../../functions/core/config.ts';
import { addDays, localDate, localTime } from '../../functions/core/time.ts';
import { DEMO_PASSWORD, demoPeople } from '../../lib/local/seed.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import type { Twin } from '../../lib/local/twin.ts';
import { ApiClient } from '../helpers/api.ts';
import { type OwnTwin, startOwnTwin } from '../helpers/own-twin.ts';
import { PATIENT_DETAILS, signIn, TEST_PASSWORD, uniqueEmail } from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

let twin: Twin;
let own: OwnTwin | undefined;

beforeAll(async () => {
  own = await startOwnTwin('counters');
  twin = own.twin;
}, 90_000);
afterAll(async () => {
  await own?.stop();
});

const client = () => new ApiClient(twin.url, twin.url);

async function register(role: 'patient' | 'doctor') {
  const api = client();
  const email = uniqueEmail(role);
  await api.post('/api/auth/register', {
    email,
    password: TEST_PASSWORD,
    firstName: 'Count',
    lastName: 'Test',
    role,
  });
  const code = await until(
    async () => {
      const mail = (await readMailbox(twin.mailboxUrl)).find((m) => m.destination.to.includes(email));
      return /\b(\d{6})\b/.exec(mail?.body.html ?? '')?.[1];
    },
    { what: `the verification code for ${email}` },
  );
  expect((await api.post('/api/auth/confirm', { email, code })).status).toBe(200);
  expect((await api.post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  // Booking for oneself needs a date of birth and sex (issue 17).
  if (role === 'patient') expect((await api.patch('/api/me', PATIENT_DETAILS)).status).toBe(200);
  return api;
}

/** A seeded random generator, so a failing sequence can be replayed from the printed seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function scanAll() {
  const items: Record<string, any>[] = [];
  let start: Record<string, any> | undefined;
  do {
    // A test may scan (the application never does): this is the slow recount.
    const page = await documentClient().send(
      new ScanCommand({ TableName: config().TABLE_NAME, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

describe('admin counters', () => {
  it('equal a slow recount after a random sequence of bookings, payments, cancellations, refunds and expiries', async () => {
    const seed = Number(process.env.COUNTERS_SEED ?? Date.now() % 100_000);
    const rand = random(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const patients = await Promise.all([1, 2, 3].map(() => register('patient')));
    const admin = client();
    await signIn(demoPeople.admin.email, DEMO_PASSWORD, admin);
    const doctor = await register('doctor');
    await doctor.patch('/api/me/doctor-profile', {
      specialty: 'pediatrics',
      registrationNumber: 'CNT/1',
      feeRupees: 333,
      languages: ['Hindi'],
    });
    const doctorId = (await doctor.get('/api/me')).body.user.id;
    expect(
      (await admin.post(`/api/admin/doctors/${doctorId}/verification`, { decision: 'verify' })).status,
    ).toBe(200);
    // A day of slots: some 2 days ahead (full refund if the patient cancels), some 3 hours ahead (none).
    const soon = new Date(Date.now() + 3 * 3_600_000);
    const soonTime = localTime(soon, 'Asia/Kolkata');
    const dates: { date: string; start: string }[] = [
      { date: addDays(localDate(new Date(), 'Asia/Kolkata'), 2), start: '06:00' },
    ];
    if (soonTime < '20:00' && soonTime > '01:00')
      dates.push({ date: localDate(soon, 'Asia/Kolkata'), start: soonTime });
    const slotIds: string[] = [];
    for (const { date, start } of dates) {
      const [h, m] = start.split(':').map(Number) as [number, number];
      const end = `${String(h + 3).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const res = await doctor.post('/api/doctor/slots', {
        dates: [date],
        startTime: start,
        endTime: end,
        durationMinutes: 15,
      });
      expect(res.status, res.text).toBe(201);
      slotIds.push(...res.body.slots.map((s: { id: string }) => s.id));
    }

    const booked: { id: string; patient: ApiClient }[] = [];
    const log: string[] = [];
    for (let step = 0; step < 40; step++) {
      const action = pick([
        'book',
        'book',
        'pay',
        'pay',
        'payLate',
        'cancelPatient',
        'cancelDoctor',
        'expire',
      ]);
      if (action === 'book') {
        const patient = pick(patients);
        const res = await patient.post('/api/appointments', { slotId: pick(slotIds), reason: 'Random walk' });
        if (res.status === 201) booked.push({ id: res.body.appointment.id, patient });
        log.push(`book ${res.status}`);
      } else if (booked.length && action === 'pay') {
        const b = pick(booked);
        const order = await b.patient.post(`/api/appointments/${b.id}/payment`);
        if (order.status === 200) {
          const back = await twin.razorpay.pay(order.body.orderId, 'success', pick(['now', 'never']));
          const v = await b.patient.post('/api/payments/verify', {
            orderId: back.razorpay_order_id,
            paymentId: back.razorpay_payment_id,
            signature: back.razorpay_signature,
          });
          log.push(`pay ${v.status}`);
        } else log.push(`pay-order ${order.status}`);
      } else if (booked.length && action === 'payLate') {
        // Checkout opened in time, the hold expired meanwhile, then the payment came: refunded.
        const b = pick(booked);
        const order = await b.patient.post(`/api/appointments/${b.id}/payment`);
        if (order.status === 200) {
          const expired = (await expireHolds(new Date(Date.now() + 16 * 60_000))).expired;
          const back = await twin.razorpay.pay(order.body.orderId, 'success', pick(['now', 'never']));
          const v = await b.patient.post('/api/payments/verify', {
            orderId: back.razorpay_order_id,
            paymentId: back.razorpay_payment_id,
            signature: back.razorpay_signature,
          });
          log.push(`payLate ${expired} ${v.status}`);
        } else log.push(`payLate-order ${order.status}`);
      } else if (booked.length && action === 'cancelPatient') {
        const b = pick(booked);
        log.push(`cancelP ${(await b.patient.post(`/api/appointments/${b.id}/cancel`, {})).status}`);
      } else if (booked.length && action === 'cancelDoctor') {
        log.push(`cancelD ${(await doctor.post(`/api/appointments/${pick(booked).id}/cancel`, {})).status}`);
      } else if (action === 'expire') {
        log.push(`expire ${(await expireHolds(new Date(Date.now() + 16 * 60_000))).expired}`);
      }
    }
    await twin.razorpay.idle(); // the simulated webhooks (and refund.processed) have landed

    const items = await scanAll();
    const of = (entity: string) => items.filter((i) => i.__edb_e__ === entity);
    const counter = (name: string, bucket = 'total') =>
      of('counter').find((c) => c.name === name && c.bucket === bucket)?.value ?? 0;
    const appointments = of('appointment');
    for (const status of ['REQUESTED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW']) {
      expect(counter(`appointments.status.${status}`), `${status} (seed ${seed}: ${log.join(', ')})`).toBe(
        appointments.filter((a) => a.status === status).length,
      );
    }
    const day = (iso: string) => localDate(new Date(iso), 'Asia/Kolkata');
    const bookedToday = appointments.filter((a) => day(a.createdAt) === day(new Date().toISOString())).length;
    expect(counter('appointments.booked', day(new Date().toISOString()))).toBe(bookedToday);
    for (const { date } of dates) {
      expect(counter('appointments.scheduled', date), date).toBe(
        appointments.filter((a) => a.status !== 'CANCELLED' && day(a.startAt) === date).length,
      );
    }
    const payments = of('payment');
    const revenue = payments
      .filter((p) => p.status === 'COMPLETED' || p.status === 'REFUNDED')
      .reduce((sum, p) => sum + p.amountPaise - (p.status === 'REFUNDED' ? p.refundPaise : 0), 0);
    expect(
      counter('revenue.paise', day(new Date().toISOString())),
      `revenue (seed ${seed}: ${log.join(', ')})`,
    ).toBe(revenue);
    const users = of('user');
    for (const role of ['patient', 'doctor', 'admin'])
      expect(counter(`users.role.${role}`), role).toBe(users.filter((u) => u.role === role).length);
    for (const s of ['pending', 'verified', 'rejected']) {
      expect(counter(`doctors.status.${s}`), s).toBe(
        users.filter((u) => u.role === 'doctor' && u.verificationStatus === s).length,
      );
    }

    // Each patient's open-holds counter (booking limits) equals their REQUESTED appointments.
    for (const patient of patients) {
      const patientId = (await patient.get('/api/me')).body.user.id;
      const key = openHoldsKey(patientId);
      expect(counter(key.name, key.bucket), `open holds (seed ${seed}: ${log.join(', ')})`).toBe(
        appointments.filter((a) => a.patientId === patientId && a.status === 'REQUESTED').length,
      );
    }

    const stats = await admin.get('/api/admin/stats');
    expect(stats.body.revenue.todayPaise).toBe(revenue);
    expect(stats.body.appointments.byStatus.CONFIRMED).toBe(
      appointments.filter((a) => a.status === 'CONFIRMED').length,
    );
  }, 180_000);
});
