/** What other contexts may use of payments: the price of a fee, reading a payment, and refunds. */
export { priceOf } from './money.ts';
export { paymentFor } from './reads.ts';
export { issueRefund, refundPlan } from './refunds.ts';
