/**
 * What other contexts may use of payments: the price of a fee, reading a payment, refunds, and the
 * receipt with its PDF (for the patient's export).
 */
export { paymentFor } from './reads.ts';
export { receiptFileStem, receiptPdf, toReceiptView } from './receipts.ts';
export {
  issueRefund,
  type RefundPlan,
  refundPlan,
  refundRuleText,
  toAdminPayment,
} from './refunds.ts';
