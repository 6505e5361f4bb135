/**
 * Razorpay webhooks. The signature over the RAW body is checked before anything is parsed; each event
 * id is handled once (a marker is kept for a week); paid orders never move backwards. Unknown events
 * are acknowledged so Razorpay stops retrying them.
 */
import { entities, epochSeconds } from '../core/db/index.ts';
import { badRequest, isConditionalCheckFailed, unauthorized } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { requireSecret } from '../core/secrets.ts';
import { confirmPayment } from './checkout.ts';
import { fetchPayment } from './gateway.ts';
import { recordRefund } from './refunds.ts';
import { isValidWebhookSignature } from './signatures.ts';

interface WebhookEvent {
  event: string;
  payload: {
    payment?: {
      entity: {
        id: string;
        order_id: string;
        amount: number;
        status: string;
        error_description?: string | null;
      };
    };
    refund?: {
      entity: {
        id: string;
        payment_id: string;
        amount: number;
        status: string;
        notes?: Record<string, string>;
      };
    };
  };
}

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
  let event: WebhookEvent;
  try {
    event = JSON.parse(rawBody) as WebhookEvent;
  } catch {
    throw badRequest('The webhook body is not JSON.');
  }

  switch (event.event) {
    case 'payment.captured': {
      const p = event.payload.payment?.entity;
      if (p) await confirmPayment(p.order_id, p.id, p.amount, now).catch(ignoreUnknownOrder);
      break;
    }
    case 'payment.failed': {
      const p = event.payload.payment?.entity;
      if (p) await recordFailure(p.order_id, p.error_description ?? 'The payment failed.');
      break;
    }
    case 'refund.processed': {
      const r = event.payload.refund?.entity;
      const appointmentId = r && (r.notes?.appointmentId ?? (await appointmentOfPayment(r.payment_id)));
      if (r && appointmentId) await recordRefund(appointmentId, r.id, r.amount, now);
      break;
    }
    default:
      logger.info('webhook event ignored', { event: event.event });
  }
  if (eventId) {
    await entities()
      .marker.put({
        namespace: 'razorpay-event',
        key: eventId,
        ref: event.event,
        expiresAt: epochSeconds(now) + DEDUP_DAYS * 86_400,
      })
      .go();
  }
  return { handled: true, duplicate: false };
}

/** A refund made from the Razorpay dashboard carries no notes: find the appointment through its order. */
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
