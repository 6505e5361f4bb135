import { describe, expect, it } from 'vitest';
import { COUNTERS, dayBucket } from '../../functions/core/counters.ts';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate, localTime } from '../../functions/core/time.ts';
import { signPayment } from '../../functions/payments/signatures.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import { checkout, payAndVerify, signedWebhook, startPayment, webhook } from '../helpers/payments.ts';
import { readPdf } from '../helpers/pdf.ts';
import { latestEmailTo, registerAndSignIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

const day = (n: number) => addDays(localDate(new Date(), 'Asia/Kolkata'), n);

/** A doctor (fee ₹600) with one slot, and a patient holding it. */
async function heldAppointment(
  opts: { dayOffset?: number; startTime?: string; date?: string; timeZone?: string } = {},
) {
  const doctor = await verifiedDoctor({
    firstName: 'Sunil',
    lastName: 'Gavaskar',
    feeRupees: 600,
    timeZone: opts.timeZone,
  });
  const date = opts.date ?? day(opts.dayOffset ?? 3);
  const startTime = opts.startTime ?? '10:00';
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  const endMinutes = h * 60 + m + 30;
  const endTime = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
  const slots = await doctor.client.post('/api/doctor/slots', {
    dates: [date],
    startTime,
    endTime,
    durationMinutes: 30,
  });
  expect(slots.status, slots.text).toBe(201);
  const patient = await registerAndSignIn('patient', { firstName: 'Kavya', lastName: 'Rao' });
  const booked = await patient.client.post('/api/appointments', {
    slotId: slots.body.slots[0].id,
    reason: 'Chest pain on exertion',
  });
  expect(booked.status, booked.text).toBe(201);
  return { doctor, patient, appointmentId: booked.body.appointment.id as string };
}

const statusOf = async (who: TestUser, id: string) => (await who.client.get(`/api/appointments/${id}`)).body;

describe('paying for an appointment', () => {
  it('charges fee + 18% GST, confirms on verify, and issues a receipt that matches the charge to the paisa', async () => {
    const { doctor, patient, appointmentId } = await heldAppointment();
    const order = await startPayment(patient, appointmentId);
    expect(order).toMatchObject({
      basePaise: 60_000,
      gstPaise: 10_800,
      amountPaise: 70_800,
      currency: 'INR',
    });
    expect(order.orderId).toMatch(/^order_/);
    expect((await startPayment(patient, appointmentId)).orderId).toBe(order.orderId); // reused

    const back = await checkout(order);
    const verified = await patient.client.post('/api/payments/verify', {
      orderId: back.razorpay_order_id,
      paymentId: back.razorpay_payment_id,
      signature: back.razorpay_signature,
    });
    expect(verified.status, verified.text).toBe(200);
    const receipt = verified.body.receipt;
    expect(receipt).toMatchObject({
      basePaise: 60_000,
      gstPaise: 10_800,
      totalPaise: 70_800,
      doctorName: 'Dr. Sunil Gavaskar',
      doctorRegistrationNumber: 'TEST/12345',
      patientName: 'Kavya Rao',
    });
    expect(receipt.receiptNumber).toMatch(/^C360\/\d{4}\/\d{6}$/);

    const view = await statusOf(patient, appointmentId);
    expect(view.appointment.status).toBe('CONFIRMED');
    expect(view.payment).toMatchObject({ status: 'COMPLETED', amountPaise: 70_800, hasReceipt: true });

    // The replay is idempotent: same receipt, 200.
    const replay = await patient.client.post('/api/payments/verify', {
      orderId: back.razorpay_order_id,
      paymentId: back.razorpay_payment_id,
      signature: back.razorpay_signature,
    });
    expect(replay.status).toBe(200);
    expect(replay.body.receipt.receiptNumber).toBe(receipt.receiptNumber);

    expect((await latestEmailTo(patient.email, 'Confirmed')).body.text).toContain(receipt.receiptNumber);
    expect((await latestEmailTo(doctor.email, 'Confirmed')).body.text).toContain('Kavya Rao');

    const fetched = await doctor.client.get(`/api/receipts/${appointmentId}`);
    expect(fetched.body.receipt.totalPaise).toBe(70_800);
    const pdf = await patient.client.get(`/api/receipts/${appointmentId}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);
    const stranger = await registerAndSignIn('patient');
    expect((await stranger.client.get(`/api/receipts/${appointmentId}`)).status).toBe(404);
    expect((await stranger.client.get(`/api/receipts/${appointmentId}/pdf`)).status).toBe(404);
  });

  it('rejects a tampered signature, another patient’s order and a wrong amount, changing nothing', async () => {
    const { patient, appointmentId } = await heldAppointment();
    const order = await startPayment(patient, appointmentId);
    const back = await checkout(order);
    const tampered = await patient.client.post<ErrorBody>('/api/payments/verify', {
      orderId: back.razorpay_order_id,
      paymentId: back.razorpay_payment_id,
      signature: signPayment(back.razorpay_order_id!, back.razorpay_payment_id!, 'not-the-secret'),
    });
    expect(tampered.status).toBe(400);

    const other = await registerAndSignIn('patient');
    const foreign = await other.client.post('/api/payments/verify', {
      orderId: back.razorpay_order_id,
      paymentId: back.razorpay_payment_id,
      signature: back.razorpay_signature,
    });
    expect(foreign.status).toBe(404);
    expect((await other.client.post(`/api/appointments/${appointmentId}/payment`)).status).toBe(404);

    const cheap = signedWebhook('payment.captured', {
      id: back.razorpay_payment_id,
      order_id: order.orderId,
      amount: 100,
      status: 'captured',
    });
    expect((await webhook(cheap)).status).toBe(400);

    const forged = signedWebhook('payment.captured', {
      id: back.razorpay_payment_id,
      order_id: order.orderId,
      amount: order.amountPaise,
      status: 'captured',
    });
    expect(
      (await webhook({ ...forged, headers: { ...forged.headers, 'x-razorpay-signature': '0'.repeat(64) } }))
        .status,
    ).toBe(401);

    const view = await statusOf(patient, appointmentId);
    expect(view.appointment.status).toBe('REQUESTED');
    expect(view.payment.status).toBe('PENDING');
    expect((await entities().receipt.get({ appointmentId }).go()).data).toBeNull();
  });

  it('confirms from the webhook alone when the browser closed before verify, and ignores a replayed event', async () => {
    const { patient, appointmentId } = await heldAppointment();
    const order = await startPayment(patient, appointmentId);
    const back = await checkout(order);
    const event = signedWebhook('payment.captured', {
      id: back.razorpay_payment_id,
      order_id: order.orderId,
      amount: order.amountPaise,
      status: 'captured',
    });
    const first = await webhook(event);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ handled: true, duplicate: false });
    expect((await webhook(event)).body).toEqual({ handled: false, duplicate: true });
    expect((await statusOf(patient, appointmentId)).appointment.status).toBe('CONFIRMED');
    // A late payment.failed for the same order never moves a paid order back.
    await webhook(
      signedWebhook('payment.failed', {
        id: 'pay_late0000000',
        order_id: order.orderId,
        amount: order.amountPaise,
        status: 'failed',
        error_description: 'late',
      }),
    );
    expect((await statusOf(patient, appointmentId)).payment.status).toBe('COMPLETED');
    expect((await webhook(signedWebhook('account.app.authorization_revoked', { id: 'x' }))).status).toBe(200);
  });

  it('records a failed attempt without releasing the hold, and a later success still confirms', async () => {
    const { patient, appointmentId } = await heldAppointment();
    const order = await startPayment(patient, appointmentId);
    const failed = await checkout(order, 'failure', 'now');
    expect(failed.razorpay_error).toBeTruthy();
    const afterFailure = await statusOf(patient, appointmentId);
    expect(afterFailure.appointment.status).toBe('REQUESTED');
    expect(afterFailure.payment).toMatchObject({
      status: 'FAILED',
      failureReason: 'Payment declined by the bank (simulated).',
    });
    await payAndVerify(patient, appointmentId);
    expect((await statusOf(patient, appointmentId)).appointment.status).toBe('CONFIRMED');
  });

  it('gives exactly one receipt when verify and the webhook race 50 times', async () => {
    const { patient, appointmentId } = await heldAppointment();
    const order = await startPayment(patient, appointmentId);
    const back = await checkout(order);
    const revenueBefore =
      (
        await entities()
          .counter.get({ name: COUNTERS.revenuePaise, bucket: dayBucket(new Date()) })
          .go()
      ).data?.value ?? 0;
    const calls = Array.from({ length: 50 }, (_, i) =>
      i % 2
        ? patient.client.post('/api/payments/verify', {
            orderId: back.razorpay_order_id,
            paymentId: back.razorpay_payment_id,
            signature: back.razorpay_signature,
          })
        : webhook(
            signedWebhook('payment.captured', {
              id: back.razorpay_payment_id,
              order_id: order.orderId,
              amount: order.amountPaise,
              status: 'captured',
            }),
          ),
    );
    const results = await Promise.all(calls);
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const numbers = new Set(results.filter((r) => r.body?.receipt).map((r) => r.body.receipt.receiptNumber));
    expect(numbers.size).toBe(1);
    const { data: markers } = await entities()
      .marker.query.byKey({ namespace: 'receipt-number', key: [...numbers][0] as string })
      .go();
    expect(markers).toHaveLength(1);
    const revenueAfter =
      (
        await entities()
          .counter.get({ name: COUNTERS.revenuePaise, bucket: dayBucket(new Date()) })
          .go()
      ).data?.value ?? 0;
    expect(revenueAfter - revenueBefore).toBe(70_800);
  });

  it('refuses to pay for an expired hold, and refunds a payment that lands after the hold was released', async () => {
    const expired = await heldAppointment();
    await entities()
      .appointment.patch({ appointmentId: expired.appointmentId })
      .set({ holdExpiresAt: new Date(Date.now() - 1000).toISOString(), status: 'REQUESTED' })
      .go();
    const refused = await expired.patient.client.post<ErrorBody>(
      `/api/appointments/${expired.appointmentId}/payment`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('hold_expired');

    const late = await heldAppointment();
    const order = await startPayment(late.patient, late.appointmentId);
    const { expireHolds } = await import('../../functions/appointments/booking.ts');
    await expireHolds(new Date(Date.now() + 16 * 60_000));
    const back = await checkout(order);
    const verify = await late.patient.client.post<ErrorBody>('/api/payments/verify', {
      orderId: back.razorpay_order_id,
      paymentId: back.razorpay_payment_id,
      signature: back.razorpay_signature,
    });
    expect(verify.status).toBe(409);
    expect(verify.body.error.message).toMatch(/refunded the full amount/);
    const view = await statusOf(late.patient, late.appointmentId);
    expect(view.appointment.status).toBe('CANCELLED');
    expect(view.payment).toMatchObject({ status: 'REFUNDED', refundPaise: 70_800 });
  });
});

describe('cancelling a paid appointment', () => {
  it('refunds in full when the patient cancels 24 hours or more ahead', async () => {
    const { patient, appointmentId } = await heldAppointment({ dayOffset: 3 });
    await payAndVerify(patient, appointmentId);
    const before = await statusOf(patient, appointmentId);
    expect(before.appointment.cancellation).toMatchObject({
      refundPaise: 70_800,
      rule: 'notice',
      noticeHours: 24,
    });
    const cancelled = await patient.client.post(`/api/appointments/${appointmentId}/cancel`, {});
    expect(cancelled.status, cancelled.text).toBe(200);
    const after = await statusOf(patient, appointmentId);
    expect(after.appointment.status).toBe('CANCELLED');
    expect(after.payment).toMatchObject({ status: 'REFUNDED', refundPaise: 70_800 });
    expect((await latestEmailTo(patient.email, 'Refund')).body.text).toContain('₹708');
    const receipt = await patient.client.get(`/api/receipts/${appointmentId}`);
    expect(receipt.body.receipt.refund.amountPaise).toBe(70_800);
  });

  it('refunds nothing when the patient cancels less than 24 hours ahead, but in full when the doctor does', async () => {
    // A slot about 3 hours ahead, in a doctor's zone where that is not near midnight (whatever time CI runs).
    const soon = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 1_800_000) * 1_800_000);
    const timeZone = ['Asia/Kolkata', 'Europe/London', 'America/New_York', 'Asia/Tokyo'].find((z) => {
      const t = localTime(soon, z);
      return t >= '01:00' && t <= '22:00';
    })!;
    const start = { date: localDate(soon, timeZone), startTime: localTime(soon, timeZone), timeZone };
    const byPatient = await heldAppointment(start);
    await payAndVerify(byPatient.patient, byPatient.appointmentId);
    expect(
      (await statusOf(byPatient.patient, byPatient.appointmentId)).appointment.cancellation,
    ).toMatchObject({ refundPaise: 0, rule: 'late' });
    await byPatient.patient.client.post(`/api/appointments/${byPatient.appointmentId}/cancel`, {});
    expect((await statusOf(byPatient.patient, byPatient.appointmentId)).payment.status).toBe('COMPLETED');

    const byDoctor = await heldAppointment(start);
    await payAndVerify(byDoctor.patient, byDoctor.appointmentId);
    await byDoctor.doctor.client.post(`/api/appointments/${byDoctor.appointmentId}/cancel`, {
      reason: 'Emergency surgery',
    });
    expect((await statusOf(byDoctor.patient, byDoctor.appointmentId)).payment).toMatchObject({
      status: 'REFUNDED',
      refundPaise: 70_800,
    });
  });
});

describe('receipt PDFs in the scripts our users write their names in', () => {
  // A patient named "प्रिया" got a 500 ("WinAnsi cannot encode"): the standard PDF fonts are Latin only.
  it.each([
    ['Devanagari', 'प्रिया', 'अनीता', 'NotoSansDevanagari'],
    ['Tamil', 'பிரியா', 'கௌசல்யா', 'NotoSansTamil'],
    ['Bengali', 'প্রিয়া', 'অনিতা', 'NotoSansBengali'],
    ['Latin with accents', 'Łucja', 'Zoë', 'NotoSans'],
  ])(
    'renders a receipt for a %s name, with the font embedded and the names extractable',
    async (_script, patientName, doctorName, font) => {
      const { patient, appointmentId } = await confirmedAppointment(60 * 24, {
        patient: patientName,
        doctor: doctorName,
      });
      const pdf = await patient.client.get(`/api/receipts/${appointmentId}/pdf`);
      expect(pdf.status, pdf.text.slice(0, 300)).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const facts = await readPdf(pdf.bytes);
      expect(facts.pages).toBe(1);
      // Every font is embedded (a subset) with a ToUnicode map: no reliance on the reader's fonts.
      expect(facts.fonts.length).toBeGreaterThan(0);
      for (const f of facts.fonts) expect(f, f.baseFont).toMatchObject({ embedded: true, toUnicode: true });
      expect(facts.fonts.some((f) => f.baseFont.startsWith(`${font}-`))).toBe(true);
      // The text as people wrote it (shaping reorders glyphs; /ActualText keeps the spoken order).
      expect(facts.texts).toContain(`${patientName} Das`);
      expect(facts.texts).toContain(`Online video consultation with Dr. ${doctorName} Menon`);
      expect(facts.texts.every((t) => t.length > 0)).toBe(true);
    },
  );
});
