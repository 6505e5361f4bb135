/**
 * Refunds when a confirmed (paid) appointment is cancelled:
 * full when the doctor or an admin cancels, or when the patient cancels at least 24 hours before the
 * start; nothing otherwise. The decision is recorded in the cancellation transaction itself; the
 * gateway call follows, with an idempotency key, and its result is recorded (with the revenue
 * counters) in a second transaction guarded on the payment's status.
 */

import type { AdminPayment, RefundRule } from '../contract/api.ts';
import { COUNTERS, counterOps, dayBucket, monthBucket } from '../core/counters.ts';
import { type AppointmentItem, entities, type PaymentItem } from '../core/db/index.ts';
import { AppError, conflict, isConditionalCheckFailed, notFound } from '../core/errors.ts';
import type { Locale } from '../core/i18n.ts';
import { logger } from '../core/logger.ts';
import * as m from '../core/paraglide/messages.js';
import { tryTransact } from '../core/transact.ts';
import { refundPayment } from './gateway.ts';
import { sendRefundEmail } from './notifications.ts';
import { paymentFor } from './reads.ts';

export const FULL_REFUND_NOTICE_HOURS = 24;

export type Canceller = 'patient' | 'doctor' | 'admin';

export interface RefundPlan {
  refundPaise: number;
  /** Which rule applied, for the catalog's `refund_rule_<rule>` ({hours}: noticeHours). */
  rule: RefundRule;
  noticeHours: number;
  /** The English sentence, for clients that do not phrase the rule yet. */
  explanation: string;
}

export function refundPlan(
  a: Pick<AppointmentItem, 'startAt'>,
  amountPaise: number,
  by: Canceller,
  now: Date,
): RefundPlan {
  const noticeHours = FULL_REFUND_NOTICE_HOURS;
  if (by !== 'patient')
    return {
      refundPaise: amountPaise,
      rule: 'clinic',
      noticeHours,
      explanation: 'You will get a full refund because the appointment was cancelled by the clinic.',
    };
  const hoursAhead = (Date.parse(a.startAt) - now.getTime()) / 3_600_000;
  if (hoursAhead >= FULL_REFUND_NOTICE_HOURS) {
    return {
      refundPaise: amountPaise,
      rule: 'notice',
      noticeHours,
      explanation: 'Cancelling at least 24 hours before the start: the full amount is refunded.',
    };
  }
  return {
    refundPaise: 0,
    rule: 'late',
    noticeHours,
    explanation: 'Cancelling less than 24 hours before the start: no refund is due.',
  };
}

/** The rule's sentence in a reader's language. */
export const refundRuleText = (plan: Pick<RefundPlan, 'rule' | 'noticeHours'>, locale: Locale) =>
  REFUND_RULES[plan.rule]({ hours: plan.noticeHours }, { locale });

const REFUND_RULES = {
  clinic: m.refund_rule_clinic,
  notice: m.refund_rule_notice,
  late: m.refund_rule_late,
  unpaid: m.refund_rule_unpaid,
};

/**
 * The idempotency key of a payment's refund request. The first is `refund-<appointment>` (as before
 * failures were recorded); it moves on only after the gateway refused a request, when nothing was
 * refunded. After no answer the key is kept, so a retry gets the refund Razorpay may have made.
 */
export const refundKey = (p: Pick<PaymentItem, 'appointmentId' | 'refundKeySeq'>) =>
  p.refundKeySeq ? `refund-${p.appointmentId}-${p.refundKeySeq}` : `refund-${p.appointmentId}`;

/**
 * Calls the gateway for a refund recorded as owed, then records it as REFUNDED (idempotent end to end).
 * A refusal or no answer is recorded as REFUND_FAILED, which the admin console lists and retries.
 */
export async function issueRefund(
  payment: PaymentItem,
  refundPaise: number,
  now = new Date(),
): Promise<boolean> {
  if (!payment.providerPaymentId || refundPaise <= 0) return false;
  let refundId: string;
  try {
    const refund = await refundPayment(payment.providerPaymentId, refundPaise, refundKey(payment), {
      appointmentId: payment.appointmentId,
    });
    refundId = refund.id;
  } catch (error) {
    logger.error('refund request failed', { appointmentId: payment.appointmentId, error: error as Error });
    await recordRefundFailure(payment, refundPaise, error, now);
    return false;
  }
  return recordRefund(payment.appointmentId, refundId, refundPaise, now);
}

/** COMPLETED (refund owed) → REFUND_FAILED, with why; a refund recorded meanwhile (webhook) stays. */
async function recordRefundFailure(payment: PaymentItem, refundPaise: number, error: unknown, now: Date) {
  // A refusal (our 502) made no refund: the next attempt may use a new key. No answer (503) may have.
  const refused = error instanceof AppError && error.code === 'payment_gateway_error';
  const reason = error instanceof AppError ? error.message : 'The payment gateway did not answer.';
  try {
    await entities()
      .payment.patch({ appointmentId: payment.appointmentId })
      .set({
        status: 'REFUND_FAILED',
        refundPaise,
        refundRequestedAt: payment.refundRequestedAt ?? now.toISOString(),
        refundFailure: reason.slice(0, 500),
        refundFailedAt: now.toISOString(),
        refundKeySeq: (payment.refundKeySeq ?? 0) + (refused ? 1 : 0),
      })
      .where(({ status }, { eq }) => eq(status, 'COMPLETED'))
      .go();
  } catch (e) {
    if (!isConditionalCheckFailed(e)) throw e;
  }
}

/**
 * An admin's retry of a failed refund. Idempotent: the first caller moves REFUND_FAILED back to
 * COMPLETED (a refund owed, under way) with a conditional write, so a double click or a second admin
 * cannot start another request; the gateway's idempotency key guards the request itself. A payment
 * already REFUNDED is answered as it is.
 */
export async function retryRefund(appointmentId: string, now = new Date()): Promise<PaymentItem> {
  const payment = await paymentFor(appointmentId);
  if (!payment) throw notFound('Payment not found.');
  if (payment.status === 'REFUNDED') return payment;
  const notFailed = () => conflict('Only a failed refund can be retried.', 'refund_not_failed');
  if (payment.status !== 'REFUND_FAILED') throw notFailed();
  try {
    await entities()
      .payment.patch({ appointmentId })
      .set({ status: 'COMPLETED' })
      .where(({ status }, { eq }) => eq(status, 'REFUND_FAILED'))
      .go();
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const fresh = await paymentFor(appointmentId);
    if (fresh?.status === 'REFUNDED') return fresh;
    throw notFailed(); // another admin's retry is under way
  }
  await issueRefund({ ...payment, status: 'COMPLETED' }, payment.refundPaise ?? payment.amountPaise, now);
  return (await paymentFor(appointmentId)) ?? payment;
}

/** Marks the payment REFUNDED once (guarded on COMPLETED or REFUND_FAILED), moving the revenue counters with it. */
export async function recordRefund(
  appointmentId: string,
  refundId: string,
  refundPaise: number,
  now = new Date(),
) {
  const result = await tryTransact((tx) => [
    tx.payment
      .patch({ appointmentId })
      .set({ status: 'REFUNDED', refundId, refundPaise, refundedAt: now.toISOString() })
      .remove(['refundFailure'])
      // A late `refund.processed` of a refund reported failed must not settle it.
      .where(
        ({ status, failedRefundId }, { eq, ne, notExists }) =>
          `(${eq(status, 'COMPLETED')} OR ${eq(status, 'REFUND_FAILED')}) AND (${notExists(failedRefundId)} OR ${ne(failedRefundId, refundId)})`,
      )
      .commit(),
    ...counterOps(tx, [
      [COUNTERS.revenuePaise, dayBucket(now), -refundPaise],
      [COUNTERS.revenuePaise, monthBucket(now), -refundPaise],
    ]),
  ]);
  if (result.canceled) return false;
  const payment = await paymentFor(appointmentId);
  if (payment) await sendRefundEmail(payment);
  return true;
}

/**
 * Razorpay's `refund.failed`: a refund it accepted (so recorded REFUNDED, or still COMPLETED if its
 * answer was lost) could not be carried out, so nothing reached the patient. The payment goes to
 * REFUND_FAILED as when the gateway refuses at once, and is listed for a retry. Guarded on this refund's
 * id, so a replay, or a late event for a refund a retry already replaced, changes nothing. The revenue
 * the refund took off is put back in the same transaction (the retry's refund takes it off again), and
 * the idempotency key moves on: replaying the old key would return the failed refund.
 */
export async function recordRefundFailedAtGateway(
  appointmentId: string,
  refundId: string,
  now = new Date(),
): Promise<boolean> {
  const payment = await paymentFor(appointmentId);
  if (!payment) return false;
  const reason = `Razorpay could not process refund ${refundId}.`;
  const refunded = payment.status === 'REFUNDED';
  if (refunded && payment.refundId !== refundId) return false;
  if (!refunded && payment.status !== 'COMPLETED') return false;
  const owed = payment.refundPaise ?? payment.amountPaise;
  const result = await tryTransact((tx) => [
    tx.payment
      .patch({ appointmentId })
      .set({
        status: 'REFUND_FAILED',
        refundPaise: owed,
        refundRequestedAt: payment.refundRequestedAt ?? now.toISOString(),
        refundFailure: reason,
        refundFailedAt: now.toISOString(),
        refundKeySeq: (payment.refundKeySeq ?? 0) + 1,
        failedRefundId: refundId,
      })
      .remove(refunded ? ['refundId', 'refundedAt'] : [])
      .where(({ status, refundId: id }, { eq }) =>
        refunded ? `${eq(status, 'REFUNDED')} AND ${eq(id, refundId)}` : eq(status, 'COMPLETED'),
      )
      .commit(),
    ...(refunded
      ? counterOps(tx, [
          [COUNTERS.revenuePaise, dayBucket(now), owed],
          [COUNTERS.revenuePaise, monthBucket(now), owed],
        ])
      : []),
  ]);
  return !result.canceled;
}

/** A payment as the admin console lists it. */
export function toAdminPayment(p: PaymentItem): AdminPayment {
  return {
    appointmentId: p.appointmentId,
    status: p.status,
    provider: p.provider,
    orderId: p.orderId,
    providerPaymentId: p.providerPaymentId ?? null,
    amountPaise: p.amountPaise,
    refundPaise: p.refundPaise ?? null,
    failureReason: p.failureReason ?? null,
    refundFailure: p.status === 'REFUND_FAILED' ? (p.refundFailure ?? null) : null,
    refundFailedAt: p.refundFailedAt ?? null,
    createdAt: p.createdAt,
    paidAt: p.paidAt ?? null,
    refundedAt: p.refundedAt ?? null,
  };
}
