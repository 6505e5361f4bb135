/**
 * A refund the gateway refuses is recorded as REFUND_FAILED, listed in the admin console, and retried
 * from there exactly once however many admins click. Razorpay is the simulated gateway (faked at its
 * HTTP boundary), told to refuse a payment's next refunds through its `/__program` switch.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import { bookedAppointment } from '../helpers/appointments.ts';
import { payAndVerify, signedWebhook, webhook } from '../helpers/payments.ts';
import { latestEmailTo, signIn, type TestUser } from '../helpers/users.ts';

const env = () => process.env as Record<string, string>;

/** The simulated Razorpay refuses this payment's next `count` refund requests. */
async function refuseRefunds(paymentId: string, count: number) {
  const res = await fetch(`${env().RAZORPAY_API_BASE}/__program`, {
    method: 'POST',
    body: JSON.stringify({ paymentId, refundFailures: count }),
  });
  expect(res.status).toBe(200);
}

/** The payment as Razorpay holds it (what was really refunded). */
async function atGateway(paymentId: string) {
  const auth = Buffer.from(`${env().RAZORPAY_KEY_ID}:${env().RAZORPAY_KEY_SECRET}`).toString('base64');
  const res = await fetch(`${env().RAZORPAY_API_BASE}/v1/payments/${paymentId}`, {
    headers: { authorization: `Basic ${auth}` },
  });
  return (await res.json()) as { amount: number; amount_refunded: number; status: string };
}

/** A paid appointment three days ahead whose patient cancels it (a full refund is due), refused once. */
async function refusedRefund(times = 1) {
  const booked = await bookedAppointment(60 * 24 * 3, { doctor: 'Refund', patient: 'Refund' });
  const { back } = await payAndVerify(booked.patient, booked.appointmentId);
  const paymentId = back.razorpay_payment_id as string;
  await refuseRefunds(paymentId, times);
  const cancelled = await booked.patient.client.post(`/api/appointments/${booked.appointmentId}/cancel`, {});
  expect(cancelled.status, cancelled.text).toBe(200);
  return { ...booked, paymentId };
}

const listFailed = async (admin: TestUser) => {
  const res = await admin.client.get('/api/admin/payments?status=REFUND_FAILED&limit=100');
  expect(res.status, res.text).toBe(200);
  return res.body.payments as { appointmentId: string; status: string; refundFailure: string | null }[];
};

describe('failed refunds', () => {
  it('records a refused refund, lists it for the admin, and two admins retrying at once refund it once', async () => {
    const admin = await signIn(demoPeople.admin.email);
    const other = await signIn(demoPeople.admin.email);
    const { patient, appointmentId, paymentId } = await refusedRefund();

    const view = (await patient.client.get(`/api/appointments/${appointmentId}`)).body;
    expect(view.appointment.status).toBe('CANCELLED');
    expect(view.payment).toMatchObject({ status: 'REFUND_FAILED', refundPaise: view.payment.amountPaise });
    const listed = (await listFailed(admin)).find((p) => p.appointmentId === appointmentId);
    expect(listed?.refundFailure).toMatch(/enough balance/);
    expect((await atGateway(paymentId)).amount_refunded).toBe(0);

    // A double click and a second admin: three retries at once.
    const path = `/api/admin/payments/${appointmentId}/refund`;
    const answers = await Promise.all([
      admin.client.post(path),
      admin.client.post(path),
      other.client.post(path),
    ]);
    for (const a of answers) expect([200, 409], a.text).toContain(a.status);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    for (const a of answers.filter((x) => x.status === 409))
      expect(a.body.error.code).toBe('refund_not_failed');

    const charged = await atGateway(paymentId);
    expect(charged.amount_refunded).toBe(charged.amount); // refunded once, not twice
    const after = (await patient.client.get(`/api/appointments/${appointmentId}`)).body;
    expect(after.payment).toMatchObject({ status: 'REFUNDED', refundPaise: charged.amount });
    expect((await listFailed(admin)).some((p) => p.appointmentId === appointmentId)).toBe(false);
    expect((await latestEmailTo(patient.email, 'Refund')).body.text).toContain('₹');

    // Once refunded, a retry answers with the refund as it is.
    const again = await admin.client.post(path);
    expect(again.status, again.text).toBe(200);
    expect(again.body.payment.status).toBe('REFUNDED');
  });

  it('keeps a refund that fails again listed with the new reason, and refunds it on the next retry', async () => {
    const admin = await signIn(demoPeople.admin.email);
    const { appointmentId, paymentId } = await refusedRefund(2);
    const path = `/api/admin/payments/${appointmentId}/refund`;
    const first = await admin.client.post(path);
    expect(first.status, first.text).toBe(200);
    expect(first.body.payment).toMatchObject({ status: 'REFUND_FAILED' });
    expect(first.body.payment.refundFailure).toMatch(/enough balance/);
    const second = await admin.client.post(path);
    expect(second.body.payment).toMatchObject({ status: 'REFUNDED', refundFailure: null });
    const charged = await atGateway(paymentId);
    expect(charged.amount_refunded).toBe(charged.amount);
  });

  it('refuses to retry a payment with no failed refund (409) and an unknown appointment (404)', async () => {
    const admin = await signIn(demoPeople.admin.email);
    const booked = await bookedAppointment(60 * 24 * 3, { doctor: 'Refund', patient: 'Paid' });
    await payAndVerify(booked.patient, booked.appointmentId);
    const paid = await admin.client.post(`/api/admin/payments/${booked.appointmentId}/refund`);
    expect(paid.status, paid.text).toBe(409);
    expect(paid.body.error.code).toBe('refund_not_failed');
    const view = (await booked.patient.client.get(`/api/appointments/${booked.appointmentId}`)).body;
    expect(view.payment.status).toBe('COMPLETED');
    const unknown = await admin.client.post(`/api/admin/payments/${crypto.randomUUID()}/refund`);
    expect(unknown.status).toBe(404);
  });

  it('records a refund Razorpay accepted and then reports failed (refund.failed) once, for the admin to retry', async () => {
    const admin = await signIn(demoPeople.admin.email);
    const booked = await bookedAppointment(60 * 24 * 3, { doctor: 'Refund', patient: 'Failed' });
    const { back } = await payAndVerify(booked.patient, booked.appointmentId);
    const cancelled = await booked.patient.client.post(
      `/api/appointments/${booked.appointmentId}/cancel`,
      {},
    );
    expect(cancelled.status, cancelled.text).toBe(200);
    const refunded = (await booked.patient.client.get(`/api/appointments/${booked.appointmentId}`)).body
      .payment;
    expect(refunded.status).toBe('REFUNDED');
    const stored = async () =>
      (await entities().payment.get({ appointmentId: booked.appointmentId }).go()).data!;
    const { refundId } = await stored();

    // Razorpay's documented payload: the refund entity (status failed) beside the payment.
    const failed = (refundId: string, eventId?: string) =>
      signedWebhook(
        'refund.failed',
        {
          id: refundId,
          entity: 'refund',
          amount: refunded.refundPaise,
          currency: 'INR',
          payment_id: back.razorpay_payment_id,
          notes: { appointmentId: booked.appointmentId },
          status: 'failed',
        },
        eventId,
      );
    const event = failed(refundId!);
    const first = await webhook(event);
    expect(first.status, first.text).toBe(200);
    const listed = (await listFailed(admin)).find((p) => p.appointmentId === booked.appointmentId);
    expect(listed).toMatchObject({ status: 'REFUND_FAILED' });
    expect(listed?.refundFailure).toContain(refundId);
    // The next request uses a new idempotency key: replaying the old one would return the failed refund.
    expect(await stored()).toMatchObject({ refundKeySeq: 1 });
    expect((await stored()).refundId).toBeUndefined();
    const view = (await booked.patient.client.get(`/api/appointments/${booked.appointmentId}`)).body;
    expect(view.payment.status).toBe('REFUND_FAILED');

    // The same event redelivered, and the same failure under another event id: nothing moves twice.
    expect((await webhook(event)).body).toMatchObject({ duplicate: true });
    expect((await webhook(failed(refundId!))).status).toBe(200);
    // A failure of some other refund of this payment does not touch it either.
    expect((await webhook(failed('rfnd_someoneelse'))).status).toBe(200);
    // Nor does a late `refund.processed` of the refund that failed (the simulator sends one as well).
    const processed = signedWebhook('refund.processed', {
      id: refundId,
      payment_id: back.razorpay_payment_id,
      amount: refunded.refundPaise,
      status: 'processed',
      notes: { appointmentId: booked.appointmentId },
    });
    expect((await webhook(processed)).status).toBe(200);
    expect(await stored()).toMatchObject({ status: 'REFUND_FAILED', refundKeySeq: 1 });
    const still = (await listFailed(admin)).filter((p) => p.appointmentId === booked.appointmentId);
    expect(still).toHaveLength(1);
    expect(still[0]?.refundFailure).toContain(refundId);
  });
});
