import { Entity } from 'electrodb';
import { paymentProviders, paymentStatuses } from '../../contract/api.ts';
import { SERVICE, timestamps } from './common.ts';

/** The payment for one appointment (money in integer paise). */
export const paymentEntity = () =>
  new Entity({
    model: { entity: 'payment', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      paymentRecordId: { type: 'string', required: true, readOnly: true },
      patientId: { type: 'string', required: true },
      doctorId: { type: 'string', required: true },
      provider: { type: paymentProviders, required: true },
      orderId: { type: 'string', required: true },
      providerPaymentId: { type: 'string' },
      basePaise: { type: 'number', required: true },
      gstPaise: { type: 'number', required: true },
      /** The priced lines charged (contract/api.ts PriceLine); absent on payments made before lines. */
      lines: { type: 'any' },
      amountPaise: { type: 'number', required: true },
      currency: { type: 'string', required: true, default: 'INR' },
      status: { type: paymentStatuses, required: true },
      failureReason: { type: 'string' },
      paidAt: { type: 'string' },
      /** Set in the cancellation transaction when a refund is owed; the gateway call follows it. */
      refundRequestedAt: { type: 'string' },
      refundId: { type: 'string' },
      refundPaise: { type: 'number' },
      refundedAt: { type: 'string' },
      /** The last refund attempt's failure (status REFUND_FAILED), for the admin who retries it. */
      refundFailure: { type: 'string' },
      refundFailedAt: { type: 'string' },
      /**
       * Which idempotency key the next refund request uses: it moves on only after the gateway refused
       * a request (nothing was refunded), so a retry after no answer replays the same key.
       */
      refundKeySeq: { type: 'number' },
      /** A refund Razorpay accepted and then reported failed (`refund.failed`): never settles the payment. */
      failedRefundId: { type: 'string' },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: [] },
      },
      byOrder: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['orderId'] },
        sk: { field: 'gsi1sk', composite: [] },
      },
      byStatus: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['status'] },
        sk: { field: 'gsi2sk', composite: ['createdAt', 'appointmentId'] },
      },
    },
  });

/** The GST receipt of a completed payment; immutable once written. */
export const receiptEntity = () =>
  new Entity({
    model: { entity: 'receipt', version: '1', service: SERVICE },
    attributes: {
      appointmentId: { type: 'string', required: true, readOnly: true },
      receiptNumber: { type: 'string', required: true, readOnly: true },
      patientName: { type: 'string', required: true },
      /** The dependant treated ("for <name>"), when the account holder paid for a family member. */
      treatedName: { type: 'string' },
      doctorName: { type: 'string', required: true },
      doctorRegistrationNumber: { type: 'string' },
      appointmentStartAt: { type: 'string', required: true },
      timeZone: { type: 'string', required: true },
      basePaise: { type: 'number', required: true },
      gstPaise: { type: 'number', required: true },
      totalPaise: { type: 'number', required: true },
      currency: { type: 'string', required: true },
      providerPaymentId: { type: 'string', required: true },
      paidAt: { type: 'string', required: true },
      /**
       * The GST invoice as issued (contract/api.ts Invoice: supplier, place of supply, lines and their
       * split), fixed at confirmation so a later change of configuration or address never rewrites it.
       * Absent on receipts issued before invoices (payments/receipts.ts reads those as they were).
       */
      invoice: { type: 'any' },
      ...timestamps,
    },
    indexes: {
      byAppointment: {
        pk: { field: 'pk', composite: ['appointmentId'] },
        sk: { field: 'sk', composite: [] },
      },
    },
  });
