/**
 * Refunds when a confirmed (paid) appointment is cancelled:
 * full when the doctor or an admin cancels, or when the patient cancels at least 24 hours before the
 * start; nothing otherwise. The decision is recorded in the cancellation transaction itself; the
 * gateway call follows, with an idempotency key, and its result is recorded (with the revenue
 * counters) in a second transaction guarded on the payment's status.
 */
import { COUNTERS, counterOps, dayBucket, monthBucket } from '../core/counters.ts';
import type { AppointmentItem, PaymentItem } from '../core/db/index.ts';
import { logger } from '../core/logger.ts';
import { tryTransact } from '../core/transact.ts';
import { refundPayment } from './gateway.ts';
import { sendRefundEmail } from './notifications.ts';
import { paymentFor } from './reads.ts';

export const FULL_REFUND_NOTICE_HOURS = 24;

export type Canceller = 'patient' | 'doctor' | 'admin';

export interface RefundPlan {
  refundPaise: number;
  explanation: string;
}

export function refundPlan(
  a: Pick<AppointmentItem, 'startAt'>,
  amountPaise: number,
  by: Canceller,
  now: Date,
): RefundPlan {
  if (by !== 'patient')
    return {
      refundPaise: amountPaise,
      explanation: 'You will get a full refund because the appointment was cancelled by the clinic.',
    };
  const hoursAhead = (Date.parse(a.startAt) - now.getTime()) / 3_600_000;
  if (hoursAhead >= FULL_REFUND_NOTICE_HOURS) {
    return {
      refundPaise: amountPaise,
      explanation: 'Cancelling at least 24 hours before the start: the full amount is refunded.',
    };
  }
  return { refundPaise: 0, explanation: 'Cancelling less than 24 hours before the start: no refund is due.' };
}

/** Calls the gateway for a refund recorded as owed, then records it as REFUNDED (idempotent end to end). */
export async function issueRefund(
  payment: PaymentItem,
  refundPaise: number,
  now = new Date(),
): Promise<boolean> {
  if (!payment.providerPaymentId || refundPaise <= 0) return false;
  let refundId: string;
  try {
    const refund = await refundPayment(
      payment.providerPaymentId,
      refundPaise,
      `refund-${payment.appointmentId}`,
      {
        appointmentId: payment.appointmentId,
      },
    );
    refundId = refund.id;
  } catch (error) {
    // The refund stays owed (refundRequestedAt is set); the refund.processed webhook or an admin retry completes it.
    logger.error('refund request failed', { appointmentId: payment.appointmentId, error: error as Error });
    return false;
  }
  return recordRefund(payment.appointmentId, refundId, refundPaise, now);
}

/** Marks the payment REFUNDED once (guarded on COMPLETED), moving the revenue counters with it. */
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
      .where(({ status }, { eq }) => eq(status, 'COMPLETED'))
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
