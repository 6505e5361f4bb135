/** What other contexts may use of payments: the price of a fee, reading a payment, and refunds. */
export { GST_PERCENT, priceOf } from './money.ts';
export { paymentFor } from './reads.ts';
export { issueRefund, type RefundPlan, refundPlan, refundRuleText } from './refunds.ts';
