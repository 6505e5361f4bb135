/**
 * Razorpay through its official SDK. In the local twin the same SDK talks to the simulated gateway
 * (RAZORPAY_API_BASE), which speaks Razorpay's documented REST format, so this code is identical in
 * both worlds; only the endpoint and the keys differ.
 */
import { config } from '../core/config.ts';
import { AppError, unavailable } from '../core/errors.ts';
import { requireSecret } from '../core/secrets.ts';

async function client(headers?: Record<string, string>) {
  // Loaded on first use, not at import: the SDK (with axios) is a third of a bundle, and importing this
  // module must not cost a function that never reaches the gateway anything at cold start.
  const { default: Razorpay } = await import('razorpay');
  const instance = new Razorpay({
    key_id: config().RAZORPAY_KEY_ID,
    key_secret: await requireSecret('RAZORPAY_KEY_SECRET'),
    headers,
  });
  const base = config().RAZORPAY_API_BASE;
  // The SDK fixes its base URL; the simulated gateway replaces it (never in prod: config refuses).
  if (base)
    (instance as unknown as { api: { rq: { defaults: { baseURL: string } } } }).api.rq.defaults.baseURL =
      base;
  return instance;
}

/** Razorpay's errors come back as { statusCode, error: { code, description } }. */
function providerError(error: unknown): never {
  const e = error as { statusCode?: number; error?: { description?: string } };
  if (!e.statusCode || e.statusCode >= 500)
    throw unavailable('The payment gateway is not responding. Please try again in a minute.');
  throw new AppError(
    502,
    'payment_gateway_error',
    `The payment gateway refused the request: ${e.error?.description ?? 'unknown error'}`,
  );
}

export interface ProviderOrder {
  id: string;
  amount: number;
  currency: string;
  receipt?: string;
  status: string;
}

export async function createOrder(input: {
  amountPaise: number;
  receipt: string;
  notes: Record<string, string>;
}): Promise<ProviderOrder> {
  try {
    const rzp = await client();
    return (await rzp.orders.create({
      amount: input.amountPaise,
      currency: 'INR',
      receipt: input.receipt,
      notes: input.notes,
      payment_capture: true,
    } as never)) as unknown as ProviderOrder;
  } catch (error) {
    providerError(error);
  }
}

export interface ProviderPayment {
  id: string;
  amount: number;
  currency: string;
  status: 'created' | 'authorized' | 'captured' | 'refunded' | 'failed';
  order_id: string;
  error_description?: string | null;
}

export async function fetchPayment(paymentId: string): Promise<ProviderPayment | null> {
  try {
    return (await (await client()).payments.fetch(paymentId)) as unknown as ProviderPayment;
  } catch (error) {
    if (
      (error as { statusCode?: number }).statusCode === 400 ||
      (error as { statusCode?: number }).statusCode === 404
    )
      return null;
    providerError(error);
  }
}

export async function capturePayment(paymentId: string, amountPaise: number): Promise<ProviderPayment> {
  try {
    return (await (
      await client()
    ).payments.capture(paymentId, amountPaise, 'INR')) as unknown as ProviderPayment;
  } catch (error) {
    providerError(error);
  }
}

export interface ProviderRefund {
  id: string;
  amount: number;
  payment_id: string;
  status: 'pending' | 'processed' | 'failed';
}

/** A full or partial refund; the idempotency key makes a retried request safe (X-Refund-Idempotency). */
export async function refundPayment(
  paymentId: string,
  amountPaise: number,
  idempotencyKey: string,
  notes: Record<string, string>,
) {
  try {
    const rzp = await client({ 'X-Refund-Idempotency': idempotencyKey });
    return (await rzp.payments.refund(paymentId, {
      amount: amountPaise,
      speed: 'normal',
      notes,
    } as never)) as unknown as ProviderRefund;
  } catch (error) {
    providerError(error);
  }
}
