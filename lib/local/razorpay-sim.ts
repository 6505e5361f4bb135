/**
 * The simulated payment gateway: a local HTTP server that speaks Razorpay's documented REST format
 * (orders, payments, capture, refunds with X-Refund-Idempotency), serves a small "test payment" page
 * in place of Checkout, signs payments with the local key secret and sends signed webhooks. So the
 * SAME SDK calls and verification code run locally as in production. Never part of a cloud stage:
 * functions/core/config.ts refuses it in prod and the CDK stage config refuses it at synth.
 *
 * Tests can make the next refund requests of one payment fail as Razorpay refuses them (400, e.g. a low
 * balance) with `failRefunds(paymentId, n)`, or from another process with
 * `POST /__program {"paymentId": "pay_…", "refundFailures": n}`. Per payment, so test files sharing the
 * twin do not trip each other.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { numberFormat } from '../../functions/contract/format.ts';
import { signPayment, signWebhook } from '../../functions/payments/signatures.ts';

const id = (prefix: string) => `${prefix}_${randomBytes(7).toString('hex').slice(0, 14)}`;
const now = () => Math.floor(Date.now() / 1000);

interface Order {
  id: string;
  entity: 'order';
  amount: number;
  amount_paid: number;
  amount_due: number;
  currency: string;
  receipt: string | null;
  status: 'created' | 'attempted' | 'paid';
  attempts: number;
  notes: Record<string, string>;
  created_at: number;
}

interface Payment {
  id: string;
  entity: 'payment';
  amount: number;
  currency: string;
  status: 'captured' | 'failed' | 'refunded';
  order_id: string;
  method: 'upi';
  captured: boolean;
  amount_refunded: number;
  error_description: string | null;
  email: string;
  contact: string;
  notes: Record<string, string>;
  created_at: number;
}

interface Refund {
  id: string;
  entity: 'refund';
  amount: number;
  currency: string;
  payment_id: string;
  notes: Record<string, string>;
  status: 'processed';
  speed_processed: 'normal';
  created_at: number;
}

/** How long after a payment or refund the simulated Razorpay sends its webhook. */
const WEBHOOK_DELAY_MS = 400;

export interface RazorpaySimulator {
  url: string;
  keyId: string;
  keySecret: string;
  webhookSecret: string;
  /** Completes a checkout the way the test page's buttons do (tests use it without a browser). */
  pay(
    orderId: string,
    outcome: 'success' | 'failure',
    webhook?: 'now' | 'later' | 'never',
  ): Promise<Record<string, string>>;
  /** The payment's next `count` refund requests are refused (400), as when the balance is too low. */
  failRefunds(paymentId: string, count: number): void;
  /** Webhook delivery switch, for tests that want to drive delivery themselves. */
  webhooksEnabled: boolean;
  /** Resolves once no webhook is waiting to go out or on its way (tests wait for them to land). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startRazorpaySimulator(options: {
  port: number;
  appOrigin: string;
}): Promise<RazorpaySimulator> {
  const keyId = 'rzp_test_local';
  const keySecret = randomBytes(24).toString('hex');
  const webhookSecret = randomBytes(24).toString('hex');
  const orders = new Map<string, Order>();
  const payments = new Map<string, Payment>();
  const refundsByKey = new Map<string, { body: string; refund: Refund }>();
  const refundFailures = new Map<string, number>();
  const url = `http://127.0.0.1:${options.port}`;
  /** Webhooks scheduled or under way: Razorpay sends them a moment after the event. */
  const webhooksInFlight = new Set<Promise<void>>();
  const sendLater = (send: () => Promise<void>) => {
    const delivery = new Promise<void>((resolve) => {
      setTimeout(() => void send().finally(resolve), WEBHOOK_DELAY_MS).unref();
    });
    webhooksInFlight.add(delivery);
    void delivery.finally(() => webhooksInFlight.delete(delivery));
  };

  async function sendWebhook(event: string, payload: Record<string, { entity: unknown }>) {
    const body = JSON.stringify({
      entity: 'event',
      account_id: 'acc_local',
      event,
      contains: Object.keys(payload),
      payload,
      created_at: now(),
    });
    await fetch(`${options.appOrigin}/api/payments/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-razorpay-signature': signWebhook(body, webhookSecret),
        'x-razorpay-event-id': id('evt'),
      },
      body,
    }).catch(() => undefined);
  }

  const sim: RazorpaySimulator = {
    url,
    keyId,
    keySecret,
    webhookSecret,
    webhooksEnabled: true,
    failRefunds(paymentId, count) {
      refundFailures.set(paymentId, count);
    },
    idle: async () => {
      while (webhooksInFlight.size) await Promise.all([...webhooksInFlight]);
    },
    async pay(orderId, outcome, webhook = 'later'): Promise<Record<string, string>> {
      const order = orders.get(orderId);
      if (!order) throw new Error(`No such order ${orderId}`);
      const payment: Payment = {
        id: id('pay'),
        entity: 'payment',
        amount: order.amount,
        currency: order.currency,
        status: outcome === 'success' ? 'captured' : 'failed',
        order_id: orderId,
        method: 'upi',
        captured: outcome === 'success',
        amount_refunded: 0,
        error_description: outcome === 'success' ? null : 'Payment declined by the bank (simulated).',
        email: 'patient@example.in',
        contact: '+919999999999',
        notes: order.notes,
        created_at: now(),
      };
      payments.set(payment.id, payment);
      order.attempts++;
      order.status = outcome === 'success' ? 'paid' : 'attempted';
      if (outcome === 'success') {
        order.amount_paid = order.amount;
        order.amount_due = 0;
      }
      const deliver = () =>
        sim.webhooksEnabled
          ? sendWebhook(outcome === 'success' ? 'payment.captured' : 'payment.failed', {
              payment: { entity: payment },
            })
          : Promise.resolve();
      if (webhook === 'now') await deliver();
      else if (webhook === 'later') sendLater(deliver);
      if (outcome === 'failure')
        return { razorpay_error: payment.error_description ?? 'failed', razorpay_order_id: orderId };
      return {
        razorpay_payment_id: payment.id,
        razorpay_order_id: orderId,
        razorpay_signature: signPayment(orderId, payment.id, keySecret),
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, description: string) =>
    json(res, status, {
      error: { code: 'BAD_REQUEST_ERROR', description, source: 'NA', step: 'NA', reason: 'NA', metadata: {} },
    });

  async function api(req: IncomingMessage, res: ServerResponse, path: string) {
    const auth = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
    if (auth !== `${keyId}:${keySecret}`) return error(res, 401, 'The api key provided is invalid');
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    /** The id in the path, when the request is `method` on `pattern` (whose one group is the id). */
    const idIn = (method: string, pattern: RegExp) =>
      req.method === method ? (pattern.exec(path)?.[1] ?? null) : null;
    let pathId: string | null;
    if (req.method === 'POST' && path === '/v1/orders') {
      const amount = Number(body.amount);
      if (!Number.isInteger(amount) || amount < 100)
        return error(res, 400, 'The amount must be atleast INR 1.00');
      const order: Order = {
        id: id('order'),
        entity: 'order',
        amount,
        amount_paid: 0,
        amount_due: amount,
        currency: String(body.currency ?? 'INR'),
        receipt: (body.receipt as string) ?? null,
        status: 'created',
        attempts: 0,
        notes: (body.notes as Record<string, string>) ?? {},
        created_at: now(),
      };
      orders.set(order.id, order);
      return json(res, 200, order);
    }
    pathId = idIn('GET', /^\/v1\/orders\/([\w]+)$/);
    if (pathId) {
      const order = orders.get(pathId);
      return order ? json(res, 200, order) : error(res, 400, 'The id provided does not exist');
    }
    pathId = idIn('GET', /^\/v1\/payments\/([\w]+)$/);
    if (pathId) {
      const payment = payments.get(pathId);
      return payment ? json(res, 200, payment) : error(res, 400, 'The id provided does not exist');
    }
    pathId = idIn('POST', /^\/v1\/payments\/([\w]+)\/capture$/);
    if (pathId) {
      const payment = payments.get(pathId);
      if (!payment) return error(res, 400, 'The id provided does not exist');
      if (payment.status !== 'captured') return error(res, 400, 'This payment has already been captured');
      return json(res, 200, payment);
    }
    pathId = idIn('POST', /^\/v1\/payments\/([\w]+)\/refund$/);
    if (pathId) {
      const payment = payments.get(pathId);
      if (!payment) return error(res, 400, 'The id provided does not exist');
      const key = String(req.headers['x-refund-idempotency'] ?? '');
      const previous = key ? refundsByKey.get(key) : undefined;
      if (previous) {
        if (previous.body !== raw)
          return error(
            res,
            400,
            'Different request with the same idempotency key has already been processed.',
          );
        return json(res, 200, previous.refund);
      }
      const failures = refundFailures.get(payment.id) ?? 0;
      if (failures > 0) {
        refundFailures.set(payment.id, failures - 1);
        return error(
          res,
          400,
          'Your account does not have enough balance to carry out the refund operation.',
        );
      }
      const amount =
        body.amount === undefined ? payment.amount - payment.amount_refunded : Number(body.amount);
      if (!Number.isInteger(amount) || amount <= 0 || amount > payment.amount - payment.amount_refunded) {
        return error(res, 400, 'The refund amount provided is greater than amount captured');
      }
      const refund: Refund = {
        id: id('rfnd'),
        entity: 'refund',
        amount,
        currency: payment.currency,
        payment_id: payment.id,
        notes: (body.notes as Record<string, string>) ?? {},
        status: 'processed',
        speed_processed: 'normal',
        created_at: now(),
      };
      payment.amount_refunded += amount;
      if (payment.amount_refunded === payment.amount) payment.status = 'refunded';
      if (key) refundsByKey.set(key, { body: raw, refund });
      if (sim.webhooksEnabled)
        sendLater(() => sendWebhook('refund.processed', { refund: { entity: refund } }));
      return json(res, 200, refund);
    }
    return error(res, 404, 'The requested URL was not found on the server.');
  }

  function checkoutPage(res: ServerResponse, query: URLSearchParams) {
    const order = orders.get(query.get('order_id') ?? '');
    const returnUrl = query.get('return_url') ?? '';
    if (!order || !returnUrl.startsWith(`${options.appOrigin}/`)) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      return res.end('Unknown order or return address.');
    }
    const rupees = numberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(order.amount / 100);
    const hidden = `<input type="hidden" name="order_id" value="${escapeHtml(order.id)}"><input type="hidden" name="return_url" value="${escapeHtml(returnUrl)}">`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Test payment · Chikitsa360</title>
<style>body{font-family:system-ui,sans-serif;background:#f1f5f9;margin:0;display:grid;place-items:center;min-height:100vh;color:#0f172a}
main{background:#fff;border-radius:16px;box-shadow:0 10px 30px #0f172a1a;padding:32px;max-width:380px;width:90%}
h1{font-size:20px;margin:0 0 4px}.amt{font-size:32px;font-weight:700;margin:16px 0}.note{color:#475569;font-size:14px;line-height:1.5}
.badge{display:inline-block;background:#fef3c7;color:#92400e;border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600}
button{width:100%;padding:12px;border-radius:10px;border:0;font-size:16px;font-weight:600;cursor:pointer;margin-top:12px}
.ok{background:#0f766e;color:#fff}.fail{background:#fff;color:#b91c1c;border:1px solid #fecaca}</style></head>
<body><main><span class="badge">Simulated gateway · no real money</span><h1>Chikitsa360</h1><p class="note">Order ${escapeHtml(order.id)}</p>
<div class="amt" data-testid="sim-amount">${rupees}</div>
<form method="post" action="/checkout/pay">${hidden}<input type="hidden" name="outcome" value="success"><button class="ok" data-testid="sim-pay">Pay ${rupees}</button></form>
<form method="post" action="/checkout/pay">${hidden}<input type="hidden" name="outcome" value="failure"><button class="fail" data-testid="sim-fail">Fail this payment</button></form>
<p class="note">This page stands in for Razorpay Checkout in the local twin. It signs the payment with the local key secret and sends a signed webhook, exactly like the real gateway.</p></main></body></html>`);
  }

  async function completeCheckout(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    const returnUrl = form.get('return_url') ?? '';
    const orderId = form.get('order_id') ?? '';
    if (!orders.has(orderId) || !returnUrl.startsWith(`${options.appOrigin}/`)) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      return res.end('Unknown order or return address.');
    }
    // Tests may choose when the webhook goes out ('now', 'later' or 'never'); the page's buttons use 'later'.
    const webhook = (['now', 'later', 'never'] as const).find((w) => w === form.get('webhook')) ?? 'later';
    const result = await sim.pay(orderId, form.get('outcome') === 'failure' ? 'failure' : 'success', webhook);
    const target = new URL(returnUrl);
    for (const [k, v] of Object.entries(result)) target.searchParams.set(k, v);
    res.writeHead(303, { location: target.toString() });
    res.end();
  }

  /** The tests' switch from another process (the shared twin runs in the suite's global setup). */
  async function program(req: IncomingMessage, res: ServerResponse) {
    const body = JSON.parse((await readBody(req)) || '{}') as {
      paymentId?: unknown;
      refundFailures?: unknown;
    };
    const count = Number(body.refundFailures ?? 0);
    if (typeof body.paymentId !== 'string' || !Number.isInteger(count) || count < 0)
      return error(res, 400, 'Give paymentId and refundFailures (a count).');
    sim.failRefunds(body.paymentId, count);
    return json(res, 200, { paymentId: body.paymentId, refundFailures: count });
  }

  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', url);
    const work = u.pathname.startsWith('/v1/')
      ? api(req, res, u.pathname)
      : req.method === 'GET' && u.pathname === '/checkout'
        ? Promise.resolve(checkoutPage(res, u.searchParams))
        : req.method === 'POST' && u.pathname === '/checkout/pay'
          ? completeCheckout(req, res)
          : req.method === 'POST' && u.pathname === '/__program'
            ? program(req, res)
            : Promise.resolve(error(res, 404, 'Not found'));
    work.catch((e) => {
      if (!res.headersSent) error(res, 500, String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', () => resolve()));
  return sim;
}
