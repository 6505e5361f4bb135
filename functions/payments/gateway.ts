/**
 * Razorpay through its documented REST API (https://razorpay.com/docs/api/), called with `fetch`: four
 * calls with basic auth and JSON bodies. The official SDK did the same through axios and form-data, a
 * quarter of every bundle that reached payment code, for what fits in this file. In the local twin the
 * same calls go to the simulated gateway (RAZORPAY_API_BASE), which speaks the same format, so this code
 * is identical in both worlds; only the endpoint and the keys differ.
 */
import { config } from '../core/config.ts';
import { AppError, unavailable } from '../core/errors.ts';
import { requireSecret } from '../core/secrets.ts';

const RAZORPAY_API = 'https://api.razorpay.com';
/** Inside the function's 10 s: an answer later than this is treated as no answer. */
const TIMEOUT_MS = 8000;

/** A refusal from Razorpay: its HTTP status and its `error` object ({ code, description }). */
class ProviderRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly description: string | undefined,
  ) {
    super(`Razorpay answered ${statusCode}`);
  }
}

async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: object,
  headers: Record<string, string> = {},
): Promise<T> {
  // The base is replaced only by the simulated gateway (never in prod: config refuses).
  const base = config().RAZORPAY_API_BASE || RAZORPAY_API;
  const auth = Buffer.from(`${config().RAZORPAY_KEY_ID}:${await requireSecret('RAZORPAY_KEY_SECRET')}`);
  let response: Response;
  try {
    response = await fetch(`${base}/v1${path}`, {
      method,
      headers: {
        authorization: `Basic ${auth.toString('base64')}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw unavailable('The payment gateway is not responding. Please try again in a minute.');
  }
  const answer = (await response.json().catch(() => null)) as
    | (T & { error?: { description?: string } })
    | null;
  if (!response.ok) throw new ProviderRefusal(response.status, answer?.error?.description);
  if (answer === null) throw new ProviderRefusal(502, 'unreadable answer');
  return answer;
}

/** Razorpay's refusals become our 502, its failures (5xx, no answer) our 503. */
function providerError(error: unknown): never {
  if (error instanceof AppError) throw error;
  const e = error as Partial<ProviderRefusal>;
  if (!e.statusCode || e.statusCode >= 500)
    throw unavailable('The payment gateway is not responding. Please try again in a minute.');
  throw new AppError(
    502,
    'payment_gateway_error',
    `The payment gateway refused the request: ${e.description ?? 'unknown error'}`,
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
    return await call<ProviderOrder>('POST', '/orders', {
      amount: input.amountPaise,
      currency: 'INR',
      receipt: input.receipt,
      notes: input.notes,
      payment_capture: true,
    });
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
    return await call<ProviderPayment>('GET', `/payments/${encodeURIComponent(paymentId)}`);
  } catch (error) {
    // An id Razorpay does not know (or that is malformed) is no payment.
    if (error instanceof ProviderRefusal && (error.statusCode === 400 || error.statusCode === 404))
      return null;
    providerError(error);
  }
}

export async function capturePayment(paymentId: string, amountPaise: number): Promise<ProviderPayment> {
  try {
    return await call<ProviderPayment>('POST', `/payments/${encodeURIComponent(paymentId)}/capture`, {
      amount: amountPaise,
      currency: 'INR',
    });
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
    return await call<ProviderRefund>(
      'POST',
      `/payments/${encodeURIComponent(paymentId)}/refund`,
      { amount: amountPaise, speed: 'normal', notes },
      { 'X-Refund-Idempotency': idempotencyKey },
    );
  } catch (error) {
    providerError(error);
  }
}
