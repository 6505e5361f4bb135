/** Paying through the simulated gateway exactly as the browser does (order → test page → redirect back). */
import { expect } from 'vitest';
import { signWebhook } from '../../functions/payments/signatures.ts';
import { ApiClient, currentTwin } from './api.ts';
import type { TestUser } from './users.ts';

export async function startPayment(patient: TestUser, appointmentId: string) {
  const res = await patient.client.post(`/api/appointments/${appointmentId}/payment`);
  expect(res.status, res.text).toBe(200);
  return res.body as {
    orderId: string;
    amountPaise: number;
    basePaise: number;
    gstPaise: number;
    checkoutUrl: string;
  };
}

/** Completes the simulated checkout page's form and returns the query the browser would come back with. */
export async function checkout(
  order: { orderId: string; checkoutUrl: string },
  outcome: 'success' | 'failure' = 'success',
  webhook: 'now' | 'later' | 'never' = 'never',
) {
  const returnUrl = `${currentTwin().url}/appointments/pay/`;
  const res = await fetch(`${order.checkoutUrl}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      order_id: order.orderId,
      outcome,
      return_url: returnUrl,
      webhook,
    }).toString(),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  return Object.fromEntries(new URL(res.headers.get('location')!).searchParams) as Record<string, string>;
}

export async function payAndVerify(patient: TestUser, appointmentId: string) {
  const order = await startPayment(patient, appointmentId);
  const back = await checkout(order);
  const verified = await patient.client.post('/api/payments/verify', {
    orderId: back.razorpay_order_id,
    paymentId: back.razorpay_payment_id,
    signature: back.razorpay_signature,
  });
  expect(verified.status, verified.text).toBe(200);
  return { order, back, receipt: verified.body.receipt };
}

let eventSeq = 0;

/** A webhook signed with the twin's webhook secret, in Razorpay's event format. */
export function signedWebhook(
  event: string,
  entity: Record<string, unknown>,
  eventId = `evt_test${Date.now()}${eventSeq++}`,
) {
  const key = event.startsWith('refund') ? 'refund' : 'payment';
  const body = JSON.stringify({
    entity: 'event',
    account_id: 'acc_local',
    event,
    contains: [key],
    payload: { [key]: { entity } },
    created_at: 0,
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-razorpay-signature': signWebhook(body, process.env.RAZORPAY_WEBHOOK_SECRET!),
      'x-razorpay-event-id': eventId,
    },
  };
}

/** Delivers a webhook to the API as Razorpay does: no cookie, the raw signed body. */
export const webhook = (w: ReturnType<typeof signedWebhook>) =>
  new ApiClient(undefined, null).request('POST', '/api/payments/webhook', undefined, {
    raw: w.body,
    headers: w.headers,
  });
