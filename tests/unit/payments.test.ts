import Razorpay from 'razorpay';
import { validatePaymentVerification } from 'razorpay/dist/utils/razorpay-utils.js';
import { describe, expect, it } from 'vitest';
import { gstOn, priceOf } from '../../functions/core/price.ts';
import { refundPlan } from '../../functions/payments/refunds.ts';
import {
  isValidPaymentSignature,
  isValidWebhookSignature,
  signPayment,
  signWebhook,
} from '../../functions/payments/signatures.ts';

/** The twin's default: the consultation taxable at 18%, no platform fee. */
const TAXABLE = { consultation: 'taxable', platformFeePaise: 0, ratePercent: 18 } as const;
const totals = ({
  basePaise,
  gstPaise,
  totalPaise,
}: {
  basePaise: number;
  gstPaise: number;
  totalPaise: number;
}) => ({
  basePaise,
  gstPaise,
  totalPaise,
});

describe('money', () => {
  it('adds 18% GST in integer paise, rounding half up', () => {
    expect(totals(priceOf(50_000, TAXABLE))).toEqual({
      basePaise: 50_000,
      gstPaise: 9_000,
      totalPaise: 59_000,
    });
    expect(totals(priceOf(75_050, TAXABLE))).toEqual({
      basePaise: 75_050,
      gstPaise: 13_509,
      totalPaise: 88_559,
    });
    expect(gstOn(25, 18)).toBe(5); // 4.5 paise → 5
    expect(gstOn(24, 18)).toBe(4); // 4.32 → 4
    expect(gstOn(3, 18)).toBe(1); // 0.54 → 1
    expect(gstOn(2, 18)).toBe(0); // 0.36 → 0
    expect(() => gstOn(10.5, 18)).toThrow();
    expect(() => gstOn(-1, 18)).toThrow();
  });

  it('never lets the total drift from base + GST', () => {
    for (let base = 0; base < 200_000; base += 137) {
      const p = priceOf(base, TAXABLE);
      expect(p.totalPaise).toBe(p.basePaise + p.gstPaise);
      expect(Math.abs(p.gstPaise - base * 0.18)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('Razorpay signatures agree with the official razorpay package', () => {
  const secret = 'sekrit_key_123';
  const orderId = 'order_Kq3cB1vHyTzJ9a';
  const paymentId = 'pay_Kq3cTn8FvEe2Xb';

  it('accepts exactly what validatePaymentVerification accepts', () => {
    const good = signPayment(orderId, paymentId, secret);
    const cases = [
      good,
      good.toUpperCase(),
      `${good.slice(0, -1)}${good.at(-1) === '0' ? '1' : '0'}`,
      signPayment(orderId, 'pay_other', secret),
      signPayment(orderId, paymentId, 'other_secret'),
      '',
      'zz',
    ];
    for (const signature of cases) {
      const theirs = validatePaymentVerification(
        { order_id: orderId, payment_id: paymentId },
        signature,
        secret,
      );
      expect(isValidPaymentSignature(orderId, paymentId, signature, secret), signature).toBe(theirs);
    }
  });

  it('accepts exactly what validateWebhookSignature accepts', () => {
    const body = JSON.stringify({
      event: 'payment.captured',
      payload: { payment: { entity: { id: paymentId, amount: 59000 } } },
    });
    const good = signWebhook(body, secret);
    for (const [raw, signature] of [
      [body, good],
      [body.replace('59000', '59001'), good],
      [body, signWebhook(body, 'wrong')],
      [`${body} `, good],
    ] as const) {
      expect(isValidWebhookSignature(raw, signature, secret)).toBe(
        Razorpay.validateWebhookSignature(raw, signature, secret),
      );
    }
  });
});

describe('refund policy', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const inHours = (h: number) => ({ startAt: new Date(now.getTime() + h * 3_600_000).toISOString() });

  it('refunds in full when the doctor or an admin cancels, whenever it is', () => {
    expect(refundPlan(inHours(1), 59_000, 'doctor', now).refundPaise).toBe(59_000);
    expect(refundPlan(inHours(1), 59_000, 'admin', now).refundPaise).toBe(59_000);
  });

  it('refunds the patient in full from 24 hours ahead, nothing later', () => {
    expect(refundPlan(inHours(24), 59_000, 'patient', now).refundPaise).toBe(59_000);
    expect(refundPlan(inHours(23.99), 59_000, 'patient', now).refundPaise).toBe(0);
  });
});
