import * as z from 'zod';
import { getUser } from '../accounts/index.ts';
import { auditStore } from '../core/audit-store.ts';
import { notFound } from '../core/errors.ts';
import { httpHandler, ok, operation, Reply } from '../core/http.ts';
import { localeOf } from '../core/i18n.ts';
import { startPayment, verifyCheckout } from './checkout.ts';
import { paymentFor, receiptFor } from './reads.ts';
import { receiptFileStem, receiptPdf, toReceiptView } from './receipts.ts';
import { retryRefund, toAdminPayment } from './refunds.ts';
import { handleWebhook } from './webhook.ts';

const appointmentParams = z.object({ id: z.uuid() });
const adminAppointmentParams = z.object({ appointmentId: z.uuid() });
const razorpayId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]{6,40}$`), `Expected a Razorpay ${prefix} id.`);

async function receiptView(appointmentId: string) {
  const [receipt, payment] = await Promise.all([receiptFor(appointmentId), paymentFor(appointmentId)]);
  if (!receipt) throw notFound('There is no receipt for this appointment yet.');
  return toReceiptView(receipt, payment);
}

export const handler = httpHandler('payments', auditStore, {
  startPayment: operation({
    params: appointmentParams,
    // The email (for Checkout's prefill) is in the verified id token; the profile is read only without it.
    run: async ({ auth, appointment }) =>
      startPayment(appointment, auth.email || (await getUser(auth.userId)).email),
  }),
  verifyPayment: operation({
    body: z
      .object({
        orderId: razorpayId('order'),
        paymentId: razorpayId('pay'),
        signature: z.string().regex(/^[0-9a-f]{64}$/, 'Invalid signature.'),
      })
      .strict(),
    run: async ({ auth, body }) => {
      const { receipt, payment: confirmed } = await verifyCheckout(auth.userId, body);
      const payment = confirmed ?? (await paymentFor(receipt.appointmentId));
      return { appointmentId: receipt.appointmentId, receipt: toReceiptView(receipt, payment) };
    },
  }),
  razorpayWebhook: operation({
    run: async ({ rawBody, headers }) =>
      ok(await handleWebhook(rawBody, headers['x-razorpay-signature'], headers['x-razorpay-event-id'])),
  }),
  getReceipt: operation({
    params: appointmentParams,
    run: async ({ appointment }) => ({ receipt: await receiptView(appointment.appointmentId) }),
  }),
  getReceiptPdf: operation({
    params: appointmentParams,
    run: async ({ appointment, auth }) => {
      // In the caller's language: each party downloads their own.
      const [view, caller] = await Promise.all([
        receiptView(appointment.appointmentId),
        getUser(auth.userId),
      ]);
      return new Reply(200, undefined, {
        binary: await receiptPdf(view, localeOf(caller)),
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${receiptFileStem(view.receiptNumber)}.pdf"`,
        },
      });
    },
  }),
  adminRetryRefund: operation({
    params: adminAppointmentParams,
    run: async ({ params, audit }) => {
      const payment = await retryRefund(params.appointmentId);
      audit.note(`status=${payment.status}`);
      return { payment: toAdminPayment(payment) };
    },
  }),
});
