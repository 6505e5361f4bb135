/**
 * Razorpay webhooks. The signature over the RAW body is checked before anything is parsed; each event
 * id is handled once (a marker is kept for a week); paid orders never move backwards. Unknown events
 * are acknowledged so Razorpay stops retrying them.
 */
import * as z from 'zod';
import { entities, epochSeconds } from '../core/db/index.ts';
import { badRequest, isConditionalCheckFailed, unauthorized } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { requireSecret } from '../core/secrets.ts';
import { confirmPayment } from './checkout.ts';
import { fetchPayment } from './gateway.ts';
import { recordRefund, recordRefundFailedAtGateway } from './refunds.ts';
import { isValidWebhookSignature } from './signatures.ts';

/**
 * The parts of Razorpay's events we act on. Only a body with Razorpay's signature gets this far, but a
 * signature proves who sent it, not its shape: a handled event that does not match is a 400, never a
 * crash. Unknown keys are ignored; events we do not handle are acknowledged whatever their payload.
 */
const paymentEntity = z.object({
  id: z.string().min(1).max(100),
  order_id: z.string().min(1).max(100),
  amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  status: z.string().max(100),
  error_description: z.string().max(2000).nullish(),
});
const refundEntity = z.object({
  id: z.string().min(1).max(100),
  payment_id: z.string().min(1).max(100),
  amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  status: z.string().max(100),
  notes: z.record(z.string(), z.unknown()).nullish(),
});
const paymentEvent = z.object({ payload: z.object({ payment: z.object({ entity: paymentEntity }) }) });
const refundEvent = z.object({ payload: z.object({ refund: z.object({ entity: refundEntity }) }) });

/** The event in the shape its name promises, or a 400. */
function shaped<T>(schema: z.ZodType<T>, body: unknown, name: string): T {
  const result = schema.safeParse(body);
  if (!result.success) throw badRequest(`The ${name} event does not have the payload Razorpay sends.`);
  return result.data;
}
const anyEvent = z.object({ event: z.string().max(200) });

const DEDUP_DAYS = 7;

export async function handleWebhook(
  rawBody: string,
  signature: string | undefined,
  eventId: string | undefined,
  now = new Date(),
) {
  if (
    !signature ||
    !isValidWebhookSignature(rawBody, signature, await requireSecret('RAZORPAY_WEBHOOK_SECRET'))
  ) {
    throw unauthorized('Invalid webhook signature.');
  }
  if (eventId) {
    const { data: seen } = await entities().marker.get({ namespace: 'razorpay-event', key: eventId }).go();
    if (seen) return { handled: false, duplicate: true };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    throw badRequest('The webhook body is not JSON.');
  }
  const kind = anyEvent.safeParse(parsed);
  if (!kind.success) throw badRequest('The webhook body is not a Razorpay event.');
  const name = kind.data.event;

  switch (name) {
    case 'payment.captured': {
      const p = shaped(paymentEvent, parsed, name).payload.payment.entity;
      await confirmPayment(p.order_id, p.id, p.amount, now).catch(ignoreUnknownOrder);
      break;
    }
    case 'payment.failed': {
      const p = shaped(paymentEvent, parsed, name).payload.payment.entity;
      await recordFailure(p.order_id, p.error_description ?? 'The payment failed.');
      break;
    }
    case 'refund.processed': {
      const r = shaped(refundEvent, parsed, name).payload.refund.entity;
      const appointmentId = await refundAppointment(r);
      if (appointmentId) await recordRefund(appointmentId, r.id, r.amount, now);
      break;
    }
    case 'refund.failed': {
      const r = shaped(refundEvent, parsed, name).payload.refund.entity;
      const appointmentId = await refundAppointment(r);
      if (appointmentId) await recordRefundFailedAtGateway(appointmentId, r.id, now);
      break;
    }
    default:
      logger.info('webhook event ignored', { event: name.slice(0, 100) });
  }
  if (eventId) {
    await entities()
      .marker.put({
        namespace: 'razorpay-event',
        key: eventId,
        ref: name.slice(0, 200),
        expiresAt: epochSeconds(now) + DEDUP_DAYS * 86_400,
      })
      .go();
  }
  return { handled: true, duplicate: false };
}

/** The appointment a refund is for: our refunds note it; one made from the dashboard has no notes. */
async function refundAppointment(r: z.infer<typeof refundEntity>): Promise<string | undefined> {
  const noted = r.notes?.appointmentId;
  return typeof noted === 'string' ? noted : appointmentOfPayment(r.payment_id);
}

/** Finds the appointment through the payment's order. */
async function appointmentOfPayment(providerPaymentId: string): Promise<string | undefined> {
  const charged = await fetchPayment(providerPaymentId);
  if (!charged) return undefined;
  const { data } = await entities().payment.query.byOrder({ orderId: charged.order_id }).go();
  return data[0]?.appointmentId;
}

/** Another merchant integration's order (or a deleted one) is not ours to fail on. */
function ignoreUnknownOrder(error: unknown) {
  if ((error as { status?: number }).status === 404) return;
  throw error;
}

/** Records why a payment attempt failed; the hold still expires normally, and a later success still confirms. */
async function recordFailure(orderId: string, reason: string) {
  const { data } = await entities().payment.query.byOrder({ orderId }).go();
  const payment = data[0];
  if (!payment) return;
  await entities()
    .payment.patch({ appointmentId: payment.appointmentId })
    .set({ status: 'FAILED', failureReason: reason.slice(0, 500) })
    .where(({ status }, { eq }) => `(${eq(status, 'PENDING')} OR ${eq(status, 'FAILED')})`)
    .go()
    .catch(ignoreConditionFailure);
}

/** A paid order is never moved back to FAILED: that condition failing is the expected outcome. */
function ignoreConditionFailure(error: unknown) {
  if (!isConditionalCheckFailed(error)) throw error;
}
