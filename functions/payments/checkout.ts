/**
 * Paying for a held appointment: the order (created once, reused on retries), the confirmation that
 * both the browser's verify call and the gateway's webhook lead to, and the receipt.
 *
 * Confirmation is ONE transaction: payment PENDING/FAILED → COMPLETED, appointment REQUESTED →
 * CONFIRMED, the receipt and its unique number, and the counters. Whichever of verify and webhook
 * arrives second finds the payment COMPLETED and returns the same receipt.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type PaymentOrder, paidStatuses } from '../contract/api.ts';
import { isDisabled } from '../core/account-state.ts';
import { releaseHoldOp } from '../core/booking-limits.ts';
import { config } from '../core/config.ts';
import { COUNTERS, counterOps, dayBucket, monthBucket, statusChange } from '../core/counters.ts';
import {
  type AppointmentItem,
  db,
  entities,
  type PaymentItem,
  type ReceiptItem,
  type UserItem,
} from '../core/db/index.ts';
import { AppError, badRequest, conflict, notFound } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { legacyLines, priceOfAppointment } from '../core/price.ts';
import { requireSecret } from '../core/secrets.ts';
import { type Cancelled, tryTransact } from '../core/transact.ts';
import { syncReminders } from '../reminders/index.ts';
import { capturePayment, createOrder, fetchPayment } from './gateway.ts';
import { buildInvoice, financialYear, invoiceSerial } from './invoice.ts';
import { sendPaymentConfirmation } from './notifications.ts';
import { receiptFor } from './reads.ts';
import { issueRefund } from './refunds.ts';
import { isValidPaymentSignature } from './signatures.ts';

export const holdExpired = (a: AppointmentItem, now: Date) => Date.parse(a.holdExpiresAt) <= now.getTime();

const doctorUnavailable = (a: AppointmentItem) =>
  conflict(
    `Dr. ${a.doctorName} is no longer taking consultations, so this booking cannot be paid. Please book another doctor.`,
    'doctor_unavailable',
  );

/** Creates (or returns the existing) order for a REQUESTED appointment whose hold is still on. */
export async function startPayment(
  a: AppointmentItem,
  patientEmail: string,
  now = new Date(),
): Promise<PaymentOrder> {
  const [existing, doctorDisabled] = await Promise.all([
    entities()
      .payment.get({ appointmentId: a.appointmentId })
      .go()
      .then((r) => r.data),
    isDisabled(a.doctorId, now.getTime()),
  ]);
  if (doctorDisabled && a.status === 'REQUESTED') throw doctorUnavailable(a);
  if (existing && paidStatuses.includes(existing.status)) {
    throw conflict('This appointment is already paid.', 'already_paid');
  }
  if (a.status !== 'REQUESTED')
    throw conflict('Only a booking waiting for payment can be paid.', 'not_payable');
  if (holdExpired(a, now))
    throw conflict('The 15-minute hold on this slot has expired. Please book again.', 'hold_expired');

  let payment = existing;
  if (!payment) {
    // What was quoted at booking, not today's configuration.
    const price = priceOfAppointment(a);
    const order = await createOrder({
      amountPaise: price.totalPaise,
      receipt: a.appointmentId,
      notes: { appointmentId: a.appointmentId, patientId: a.patientId, doctorId: a.doctorId },
    });
    const candidate: PaymentItem = {
      appointmentId: a.appointmentId,
      paymentRecordId: randomUUID(),
      patientId: a.patientId,
      doctorId: a.doctorId,
      provider: config().PAYMENT_PROVIDER,
      orderId: order.id,
      basePaise: price.basePaise,
      gstPaise: price.gstPaise,
      lines: price.lines,
      amountPaise: price.totalPaise,
      currency: 'INR',
      status: 'PENDING',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    try {
      await entities().payment.create(candidate).go();
      payment = candidate;
    } catch {
      // A concurrent request created it first; use that one (this order is simply never paid).
      payment = (await entities().payment.get({ appointmentId: a.appointmentId }).go()).data;
      if (!payment) throw conflict('Please try again.');
    }
  }
  return {
    provider: payment.provider,
    keyId: config().RAZORPAY_KEY_ID,
    orderId: payment.orderId,
    currency: payment.currency,
    basePaise: payment.basePaise,
    gstPaise: payment.gstPaise,
    amountPaise: payment.amountPaise,
    holdExpiresAt: a.holdExpiresAt,
    prefill: { name: a.patientName, email: patientEmail },
    checkoutUrl: config().PAYMENT_PROVIDER === 'simulated' ? `${config().RAZORPAY_API_BASE}/checkout` : null,
  };
}

async function paymentByOrder(orderId: string): Promise<PaymentItem | null> {
  const { data } = await entities().payment.query.byOrder({ orderId }).go();
  return data[0] ?? null;
}

/** The last invoice serial issued in a financial year (0: none yet), read strongly consistent. */
async function lastSerial(year: string): Promise<number> {
  const { data } = await entities()
    .counter.get({ name: COUNTERS.invoiceSerial, bucket: year })
    .go({ consistent: true });
  return data?.value ?? 0;
}

/**
 * Serials are gap-free, so each is taken with a condition on the year's counter (its value must still
 * be the one read) inside the confirming transaction: payments confirmed at the same moment conflict
 * on the counter, one wins, the others read the new value and try again. Bounded: past this many
 * lost races the confirmation answers 409 and the gateway's webhook retry confirms it later.
 */
const SERIAL_ATTEMPTS = 40;

/**
 * Whether a cancelled confirmation lost only the race for the serial: its counter (item 0) moved, or
 * a concurrent transaction touched a shared item, while the payment, the appointment and the receipt
 * (items 1-3) were still as read. The receipt-number marker (item 5) fails with the counter when the
 * winner took the same serial.
 */
const lostSerialRace = (result: Cancelled) =>
  [1, 2, 3].every((i) => result.reasons[i] !== 'ConditionalCheckFailed') &&
  (result.reasons[0] === 'ConditionalCheckFailed' || result.reasons.includes('TransactionConflict'));

export type ConfirmOutcome =
  /** `payment`: the payment as this confirmation left it (so callers need not read it back). */
  | { outcome: 'confirmed'; receipt: ReceiptItem; payment: PaymentItem }
  | { outcome: 'already_confirmed'; receipt: ReceiptItem }
  | { outcome: 'late_refunded' | 'late_refund_pending' }
  /**
   * A party was disabled before the payment arrived: not confirmed, the money goes back. A disabled
   * patient's payment can only come by the webhook (their own verify call is refused at sign-in).
   */
  | { outcome: 'party_disabled'; party: 'doctor' | 'patient'; refunded: boolean };

/**
 * The appointment and both parties in ONE read (a TransactGetItems over the three items) instead of
 * three GetItems: confirmation then costs two reads in all (this and the payment by order). A
 * transactional read is refused while a write transaction on one of the items is in flight (a racing
 * confirmation); then it falls back to plain reads, which never conflict.
 */
async function confirmationParties(payment: PaymentItem): Promise<{
  appointment: AppointmentItem | null;
  doctor: UserItem | null;
  patient: UserItem | null;
}> {
  const together = await db()
    .transaction.get(({ appointment, user }) => [
      appointment.get({ appointmentId: payment.appointmentId }).commit(),
      user.get({ userId: payment.doctorId }).commit(),
      user.get({ userId: payment.patientId }).commit(),
    ])
    .go();
  if (!together.canceled) {
    const [appointment, doctor, patient] = together.data;
    return { appointment: appointment.item, doctor: doctor.item, patient: patient.item };
  }
  const [{ data: appointment }, { data: people }] = await Promise.all([
    entities().appointment.get({ appointmentId: payment.appointmentId }).go(),
    entities()
      .user.get([{ userId: payment.doctorId }, { userId: payment.patientId }])
      .go(),
  ]);
  const person = (userId: string) => people.find((u) => u.userId === userId) ?? null;
  return { appointment, doctor: person(payment.doctorId), patient: person(payment.patientId) };
}

/**
 * Confirms a captured payment of `amountPaise` for the order. Idempotent: a replay (or the other of
 * verify/webhook) gets the same receipt. A payment that arrives after the hold was released is
 * recorded and refunded in full. `found`: the order's payment when the caller has just read it.
 */
export async function confirmPayment(
  orderId: string,
  providerPaymentId: string,
  amountPaise: number,
  now = new Date(),
  found?: PaymentItem,
): Promise<ConfirmOutcome> {
  const payment = found ?? (await paymentByOrder(orderId));
  if (!payment) throw notFound('Payment not found.');
  if (amountPaise !== payment.amountPaise) {
    logger.warn('payment amount mismatch', {
      appointmentId: payment.appointmentId,
      expected: payment.amountPaise,
      got: amountPaise,
    });
    throw badRequest('The amount paid does not match the amount due.');
  }
  if (paidStatuses.includes(payment.status)) {
    const receipt = await receiptFor(payment.appointmentId);
    if (receipt) return { outcome: 'already_confirmed', receipt };
  }
  const { appointment, doctor, patient } = await confirmationParties(payment);
  if (!appointment) throw notFound('Appointment not found.');

  if (appointment.status !== 'REQUESTED') return lateOrDuplicate(payment, providerPaymentId, now);
  const disabledParty = doctor?.disabled ? 'doctor' : patient?.disabled ? 'patient' : null;
  if (disabledParty) {
    // Nobody would hold this consultation (the doctor), or the clinic closed the account while its
    // checkout was open (the patient): keep the appointment unconfirmed and give the money back.
    const late = await lateOrDuplicate(payment, providerPaymentId, now);
    if (late.outcome === 'already_confirmed') return late;
    return { outcome: 'party_disabled', party: disabledParty, refunded: late.outcome === 'late_refunded' };
  }

  const paidAt = now.toISOString();
  const year = financialYear(now);
  // Fixed now, with the patient's state and address as they are at payment (Rule 46(f)).
  const invoice = buildInvoice(payment.lines ?? legacyLines(payment.basePaise, payment.gstPaise), {
    stateCode: patient?.state,
    address: patient?.address,
  });
  const issue = (serial: number): ReceiptItem => ({
    appointmentId: payment.appointmentId,
    receiptNumber: invoiceSerial(config().INVOICE_PREFIX, year, serial),
    patientName: appointment.patientName,
    // A family member's consultation: the receipt says whom it was for, billed to the account holder.
    ...(appointment.treatedRelationship && appointment.treatedRelationship !== 'self'
      ? { treatedName: appointment.treatedName }
      : {}),
    doctorName: `Dr. ${appointment.doctorName}`,
    doctorRegistrationNumber: doctor?.registrationNumber ?? '',
    appointmentStartAt: appointment.startAt,
    timeZone: appointment.timeZone,
    basePaise: payment.basePaise,
    gstPaise: payment.gstPaise,
    totalPaise: payment.amountPaise,
    currency: payment.currency,
    providerPaymentId,
    paidAt,
    invoice,
    createdAt: paidAt,
    updatedAt: paidAt,
  });
  let receipt: ReceiptItem;
  let result: Awaited<ReturnType<typeof tryTransact>>;
  let attempt = 0;
  do {
    // A lost race waits a random moment, so the losers do not all collide again at once.
    if (attempt > 0) await sleep(Math.floor(Math.random() * 20 * Math.min(attempt, 5)));
    const last = await lastSerial(year);
    const issued = issue(last + 1);
    receipt = issued;
    result = await tryTransact((tx) => [
      // Item 0 (lostSerialRace): the year's serial moves from the value read to this invoice's.
      tx.counter
        .update({ name: COUNTERS.invoiceSerial, bucket: year })
        .set({ value: last + 1 })
        .where(({ value }, { eq, notExists }) => (last === 0 ? notExists(value) : eq(value, last)))
        .commit(),
      tx.payment
        .patch({ appointmentId: payment.appointmentId })
        .set({ status: 'COMPLETED', providerPaymentId, paidAt })
        .where(({ status }, { eq }) => `(${eq(status, 'PENDING')} OR ${eq(status, 'FAILED')})`)
        .commit(),
      tx.appointment
        .patch({ appointmentId: appointment.appointmentId })
        .set({ status: 'CONFIRMED', holdExpiresAt: appointment.holdExpiresAt })
        .where(({ status }, { eq }) => eq(status, 'REQUESTED'))
        .commit(),
      tx.receipt.create(issued).commit(),
      // The reminders are scheduled after this commits; until then the sweeper can see they are owed.
      tx.pendingReminder.put({ appointmentId: appointment.appointmentId }).commit(),
      tx.marker
        .create({ namespace: 'receipt-number', key: issued.receiptNumber, ref: payment.appointmentId })
        .commit(),
      releaseHoldOp(tx, appointment.patientId),
      ...counterOps(tx, [
        ...statusChange('REQUESTED', 'CONFIRMED'),
        [COUNTERS.revenuePaise, dayBucket(now), payment.amountPaise],
        [COUNTERS.revenuePaise, monthBucket(now), payment.amountPaise],
      ]),
    ]);
    attempt += 1;
  } while (result.canceled && lostSerialRace(result) && attempt < SERIAL_ATTEMPTS);
  // Still only the serial race: nothing was written; the caller (or the webhook's retry) tries again.
  if (result.canceled && lostSerialRace(result))
    throw conflict('Many payments are being confirmed at once. Please try again.');
  if (result.canceled) {
    // Lost a race: to the other confirmation path (→ same receipt), or to the hold sweeper (→ refund).
    const again = await receiptFor(payment.appointmentId);
    if (again) return { outcome: 'already_confirmed', receipt: again };
    const fresh = await paymentByOrder(orderId);
    return lateOrDuplicate(fresh ?? payment, providerPaymentId, now);
  }
  await sendPaymentConfirmation(appointment, receipt, doctor, patient);
  // Best effort: the booking is confirmed and paid whatever happens here; a failure leaves the
  // pending-reminders row for the sweeper (functions/reminders/repair.ts).
  await syncReminders(appointment).catch((error) =>
    logger.error('reminders not scheduled', { appointmentId: appointment.appointmentId, error }),
  );
  return {
    outcome: 'confirmed',
    receipt,
    payment: { ...payment, status: 'COMPLETED', providerPaymentId, paidAt },
  };
}

/** The appointment is no longer waiting for payment (the hold was released): keep the money safe by refunding it. */
async function lateOrDuplicate(
  payment: PaymentItem,
  providerPaymentId: string,
  now: Date,
): Promise<ConfirmOutcome> {
  const receipt = await receiptFor(payment.appointmentId);
  if (receipt) return { outcome: 'already_confirmed', receipt };
  const paidAt = now.toISOString();
  // The money was received: it counts as revenue like any payment, in the same transaction, so the
  // refund that follows (which takes it off again) leaves the revenue counters where they were.
  // Canceled: the other path recorded it already.
  await tryTransact((tx) => [
    tx.payment
      .patch({ appointmentId: payment.appointmentId })
      .set({ status: 'COMPLETED', providerPaymentId, paidAt, refundRequestedAt: paidAt })
      .where(({ status }, { eq }) => `(${eq(status, 'PENDING')} OR ${eq(status, 'FAILED')})`)
      .commit(),
    ...counterOps(tx, [
      [COUNTERS.revenuePaise, dayBucket(now), payment.amountPaise],
      [COUNTERS.revenuePaise, monthBucket(now), payment.amountPaise],
    ]),
  ]);
  const fresh = (await entities().payment.get({ appointmentId: payment.appointmentId }).go()).data ?? payment;
  if (fresh.status === 'REFUNDED') return { outcome: 'late_refunded' };
  const refunded = await issueRefund({ ...fresh, providerPaymentId }, fresh.amountPaise, now);
  return { outcome: refunded ? 'late_refunded' : 'late_refund_pending' };
}

/**
 * The browser's verify call after Checkout: signature, ownership, the charged amount, then confirmation.
 * `payment` is set when this call confirmed it (its state is then known without reading it back).
 */
export async function verifyCheckout(
  patientId: string,
  input: { orderId: string; paymentId: string; signature: string },
  now = new Date(),
): Promise<{ receipt: ReceiptItem; payment?: PaymentItem }> {
  const payment = await paymentByOrder(input.orderId);
  if (!payment || payment.patientId !== patientId) throw notFound('Payment not found.');
  if (
    !isValidPaymentSignature(
      input.orderId,
      input.paymentId,
      input.signature,
      await requireSecret('RAZORPAY_KEY_SECRET'),
    )
  ) {
    throw badRequest('The payment signature is not valid.', { signature: ['Invalid signature.'] });
  }
  let charged = await fetchPayment(input.paymentId);
  if (!charged || charged.order_id !== input.orderId)
    throw badRequest('That payment does not belong to this order.');
  if (charged.status === 'authorized') charged = await capturePayment(input.paymentId, charged.amount);
  if (charged.status !== 'captured')
    throw conflict('The payment has not been completed.', 'payment_incomplete');
  // The payment read above is passed on: a change since (the webhook confirming it first) fails the
  // transaction's conditions, and the cancelled path reads everything afresh.
  const result = await confirmPayment(input.orderId, input.paymentId, charged.amount, now, payment);
  if (result.outcome === 'confirmed') return { receipt: result.receipt, payment: result.payment };
  if (result.outcome === 'already_confirmed') return { receipt: result.receipt };
  if (result.outcome === 'party_disabled' && result.party === 'patient')
    throw new AppError(403, 'account_disabled', 'This account has been disabled. Contact support.');
  if (result.outcome === 'party_disabled')
    throw conflict(
      result.refunded
        ? 'The doctor is no longer taking consultations, so this booking was not confirmed. We have refunded the full amount.'
        : 'The doctor is no longer taking consultations, so this booking was not confirmed. A full refund has been requested.',
      'doctor_unavailable',
    );
  throw new AppError(
    409,
    'hold_expired',
    result.outcome === 'late_refunded'
      ? 'The payment arrived after the 15-minute hold ended, so the slot was released. We have refunded the full amount.'
      : 'The payment arrived after the 15-minute hold ended, so the slot was released. A full refund has been requested.',
  );
}
