/** Plain reads of an appointment's payment and receipt (both are keyed by the appointment id). */
import { entities, type PaymentItem, type ReceiptItem } from '../core/db/index.ts';

export async function paymentFor(appointmentId: string): Promise<PaymentItem | null> {
  return (await entities().payment.get({ appointmentId }).go()).data;
}

export async function receiptFor(appointmentId: string): Promise<ReceiptItem | null> {
  return (await entities().receipt.get({ appointmentId }).go()).data;
}
