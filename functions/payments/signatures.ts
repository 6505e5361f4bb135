/**
 * Razorpay signature checks, in constant time:
 * - Checkout: HMAC_SHA256(order_id + "|" + payment_id, key_secret)
 * - Webhook:  HMAC_SHA256(raw request body, webhook_secret)
 * Both are hex digests. A test checks these agree with the razorpay package's own validators.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const hmacHex = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest('hex');

function sameHex(expected: string, received: string): boolean {
  // Razorpay sends lower-case hex; anything else is not a signature it made.
  if (!/^[0-9a-f]+$/.test(received) || received.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(received, 'hex'));
}

export const signPayment = (orderId: string, paymentId: string, secret: string) =>
  hmacHex(`${orderId}|${paymentId}`, secret);
export const signWebhook = (rawBody: string, secret: string) => hmacHex(rawBody, secret);

export const isValidPaymentSignature = (
  orderId: string,
  paymentId: string,
  signature: string,
  secret: string,
) => sameHex(signPayment(orderId, paymentId, secret), signature);

export const isValidWebhookSignature = (rawBody: string, signature: string, secret: string) =>
  sameHex(signWebhook(rawBody, secret), signature);
