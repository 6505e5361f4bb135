/**
 * Paying in real Chromium against the twin: book, pay on the simulated gateway's page (the local
 * stand-in for Razorpay Checkout), come back verified and CONFIRMED, a receipt correct to the paisa
 * with its PDF, then a cancellation at least 24 hours ahead refunded in full, shown on the appointment
 * and the receipt. Also: a declined payment, a bad signature and an expired hold, each explained.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromToday } from '../helpers/appointments.ts';
import {
  bookOnPage,
  expireHold,
  type PublishedSlot,
  publishSlots,
  shootAndCheck,
  signInAt,
  squash,
} from '../helpers/booking-browser.ts';
import { type ErrorLog, launchBrowser, MOBILE, openContext } from '../helpers/browser.ts';
import { startPayment } from '../helpers/payments.ts';
import { registerAndSignIn, type TestUser, uniqueWord, verifiedDoctor } from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

let browser: Browser;
/** The long journeys drive several browsers through many pages; on a busy 2-core machine they need more than the default. */
const JOURNEY_TIMEOUT = 300_000;
let doctor: TestUser;
let slots: PublishedSlot[];
// Three days ahead: far enough for a patient's cancellation to be refunded in full.
const DAY = daysFromToday(3);

beforeAll(async () => {
  browser = await launchBrowser();
  // ₹12,345.67 + 18% GST (₹2,222.22, rounded half-up to the paisa) = ₹14,567.89.
  doctor = await verifiedDoctor({ firstName: 'Nikhil', lastName: `Pai${uniqueWord()}`, feeRupees: 12345.67 });
  slots = await publishSlots(doctor, [DAY], '14:00', '17:00', 30);
});
afterAll(async () => {
  await browser?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const text = async (page: Page, id: string) => squash(await byTestId(page, id).first().textContent());

/**
 * Console problems, minus the simulated gateway's missing favicon: its test page (the twin's stand-in
 * for Razorpay, on its own port) has none, and Chromium asks for one.
 */
const pageProblems = (errors: ErrorLog, allow: number[] = []) =>
  errors.problems({ allowApiStatuses: allow }).filter((p) => !/:\d+\/favicon\.ico\)$/.test(p));

/** From the appointment page: the checkout, then the simulated gateway's page. */
async function toGateway(page: Page) {
  await Promise.all([page.waitForURL(/\/appointments\/pay\/\?id=/), byTestId(page, 'pay-button').click()]);
  await byTestId(page, 'pay-now').waitFor();
  await Promise.all([page.waitForURL(/\/checkout\?order_id=order_/), byTestId(page, 'pay-now').click()]);
}

describe('paying for a consultation', () => {
  it(
    'pays on the gateway page, gets a receipt to the paisa and its PDF, cancels ≥24 h ahead and is refunded',
    async () => {
      const a11y: string[] = [];
      const patient = await registerAndSignIn('patient', { firstName: 'Lakshmi', lastName: 'Rao' });
      const { context, page, errors } = await openContext(browser);
      await signInAt(page, patient, `/doctors/view/?id=${doctor.userId}&date=${DAY}`);
      await byTestId(page, 'day-tabs').waitFor();
      await expect.poll(() => text(page, 'profile-fee-total')).toBe('₹14,567.89 in total, with GST and fees');
      const appointmentId = await bookOnPage(page, slots[0]!.id, 'Second opinion on an ECG report');

      // The appointment page shows the price and the way to pay.
      await expect.poll(() => text(page, 'price-fee')).toBe('₹12,345.67');
      await expect.poll(() => text(page, 'price-gst')).toBe('₹2,222.22');
      await expect.poll(() => text(page, 'price-total')).toBe('₹14,567.89');
      await expect.poll(() => text(page, 'pay-button')).toBe('Pay ₹14,567.89');

      // Checkout: the same amounts, the live hold countdown, then the gateway.
      await Promise.all([
        page.waitForURL(/\/appointments\/pay\/\?id=/),
        byTestId(page, 'pay-button').click(),
      ]);
      await byTestId(page, 'pay-now').waitFor();
      await expect.poll(() => text(page, 'checkout-doctor')).toContain('Dr. Nikhil Pai');
      await expect.poll(() => text(page, 'checkout-fee')).toBe('₹12,345.67');
      await expect.poll(() => text(page, 'checkout-gst')).toBe('₹2,222.22');
      await expect.poll(() => text(page, 'checkout-total')).toBe('₹14,567.89');
      await expect.poll(() => text(page, 'pay-now')).toBe('Pay ₹14,567.89');
      const clock = await text(page, 'checkout-countdown');
      // The hold is 15 minutes from booking; on a fast machine the page still shows the full 15:00.
      expect(clock).toMatch(/^(1[0-4]:\d\d|15:00)$/);
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="checkout-countdown"]')?.textContent !== before,
        clock,
      );
      a11y.push(...(await shootAndCheck(page, 'checkout-desktop')));
      await Promise.all([page.waitForURL(/\/checkout\?order_id=order_/), byTestId(page, 'pay-now').click()]);
      await expect
        .poll(async () => squash(await byTestId(page, 'sim-amount').textContent()))
        .toBe('₹14,567.89');
      await Promise.all([
        page.waitForURL(/\/appointments\/pay\/\?id=.*razorpay_payment_id=/),
        byTestId(page, 'sim-pay').click(),
      ]);

      // Back from the gateway: verified, with the receipt number; the signature is gone from the address.
      await byTestId(page, 'payment-success').waitFor();
      const receiptNumber = await text(page, 'receipt-number');
      expect(receiptNumber).toMatch(/^C360\/\d{4}\/\d{6}$/);
      await expect.poll(() => text(page, 'amount-paid')).toBe('₹14,567.89');
      expect(new URL(page.url()).search).toBe(`?id=${appointmentId}`);
      a11y.push(...(await shootAndCheck(page, 'checkout-paid-desktop')));

      // The appointment: CONFIRMED and paid.
      await Promise.all([
        page.waitForURL(/\/appointments\/view\//),
        byTestId(page, 'view-appointment').click(),
      ]);
      await byTestId(page, 'paid-notice').waitFor();
      await expect.poll(() => byTestId(page, 'status-badge').getAttribute('data-status')).toBe('CONFIRMED');
      await expect.poll(() => byTestId(page, 'payment-status').getAttribute('data-status')).toBe('COMPLETED');
      await expect.poll(() => text(page, 'payment-status')).toBe('Paid ₹14,567.89');
      await expect.poll(() => byTestId(page, 'join-disabled').isDisabled()).toBe(true);
      await expect.poll(() => text(page, 'join-opens')).toContain('15 minutes before the start');
      a11y.push(...(await shootAndCheck(page, 'appointment-confirmed-desktop')));

      // The receipt, to the paisa; and its PDF.
      await Promise.all([page.waitForURL(/\/receipts\/view\//), byTestId(page, 'receipt-link').click()]);
      await byTestId(page, 'receipt-total').waitFor();
      await expect.poll(() => text(page, 'receipt-number')).toBe(receiptNumber);
      await expect.poll(() => text(page, 'receipt-fee')).toBe('₹12,345.67');
      // No state in the profile: the place of supply is the supplier's, so CGST + SGST, half each.
      await expect.poll(() => text(page, 'receipt-cgst')).toBe('₹1,111.11');
      await expect.poll(() => text(page, 'receipt-sgst')).toBe('₹1,111.11');
      await expect.poll(() => text(page, 'receipt-kind')).toBe('Tax invoice');
      await expect.poll(() => text(page, 'receipt-gstin')).toMatch(/^GSTIN \d{2}[0-9A-Z]{13}$/);
      await expect.poll(() => text(page, 'receipt-place-of-supply')).toBe('Karnataka (code 29)');
      await expect.poll(() => text(page, 'receipt-total')).toBe('₹14,567.89');
      await expect.poll(() => text(page, 'receipt-patient')).toBe('Lakshmi Rao');
      await expect.poll(() => text(page, 'receipt-doctor')).toContain('Dr. Nikhil Pai');
      await expect.poll(() => byTestId(page, 'receipt-refund').count()).toBe(0);
      a11y.push(...(await shootAndCheck(page, 'receipt-desktop')));
      const pdfHref = await until(() => byTestId(page, 'receipt-pdf').getAttribute('href'));
      expect(pdfHref).toBe(`/api/receipts/${appointmentId}/pdf`);
      const pdf = await context.request.get(pdfHref);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      // Printing shows the receipt alone.
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.locator('body > header').isVisible()).toBe(false);
      await expect.poll(() => byTestId(page, 'print-receipt').isVisible()).toBe(false);
      await shootAndCheck(page, 'receipt-print');
      await page.emulateMedia({ media: 'screen' });

      // Cancelling three days ahead: the dialog promises the full amount back.
      await page.goto(`/appointments/view/?id=${appointmentId}`);
      await byTestId(page, 'cancel-button').click();
      await byTestId(page, 'cancel-dialog').waitFor();
      await expect.poll(() => text(page, 'cancel-explanation')).toContain('the full amount is refunded');
      await expect.poll(() => text(page, 'cancel-refund')).toContain('₹14,567.89');
      a11y.push(...(await shootAndCheck(page, 'appointment-cancel-refund-dialog-desktop')));
      await byTestId(page, 'cancel-dialog-confirm').click();
      await byTestId(page, 'cancelled-notice').waitFor();
      await expect.poll(() => text(page, 'cancelled-notice')).toContain('₹14,567.89 is being refunded');
      await expect.poll(() => byTestId(page, 'status-badge').getAttribute('data-status')).toBe('CANCELLED');
      await expect.poll(() => byTestId(page, 'payment-status').getAttribute('data-status')).toBe('REFUNDED');
      await expect.poll(() => text(page, 'payment-status')).toBe('Refunded ₹14,567.89');
      a11y.push(...(await shootAndCheck(page, 'appointment-refunded-desktop')));

      // The receipt now carries the refund.
      await page.goto(`/receipts/view/?id=${appointmentId}`);
      await byTestId(page, 'receipt-refund').waitFor();
      await expect.poll(() => text(page, 'receipt-refund')).toBe('− ₹14,567.89');
      await expect.poll(() => text(page, 'receipt-net')).toBe('₹0');
      await expect.poll(() => byTestId(page, 'receipt-refunded-badge').isVisible()).toBe(true);
      a11y.push(...(await shootAndCheck(page, 'receipt-refunded-desktop')));

      expect(a11y).toEqual([]);
      expect(pageProblems(errors)).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it('explains a declined payment and lets the patient try again', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Imran', lastName: 'Sheikh' });
    const { context, page, errors } = await openContext(browser, { viewport: MOBILE });
    await signInAt(page, patient, `/doctors/view/?id=${doctor.userId}&date=${DAY}`);
    await byTestId(page, 'day-tabs').waitFor();
    await bookOnPage(page, slots[1]!.id);
    await toGateway(page);
    await Promise.all([page.waitForURL(/razorpay_error=/), byTestId(page, 'sim-fail').click()]);
    await byTestId(page, 'payment-failed').waitFor();
    await expect.poll(() => text(page, 'payment-failed')).toContain('declined by the bank');
    await expect.poll(() => text(page, 'payment-failed')).toContain('Nothing was charged');
    expect(new URL(page.url()).searchParams.has('razorpay_error')).toBe(false);
    await expect.poll(() => byTestId(page, 'pay-now').isEnabled()).toBe(true);
    const a11y = await shootAndCheck(page, 'checkout-failed-mobile');
    // Trying again reuses the same order and succeeds.
    await Promise.all([page.waitForURL(/\/checkout\?order_id=order_/), byTestId(page, 'pay-now').click()]);
    await Promise.all([page.waitForURL(/razorpay_payment_id=/), byTestId(page, 'sim-pay').click()]);
    await byTestId(page, 'payment-success').waitFor();
    a11y.push(...(await shootAndCheck(page, 'checkout-paid-mobile')));
    await page.goto(`/receipts/view/?id=${new URL(page.url()).searchParams.get('id')}`);
    await byTestId(page, 'receipt-total').waitFor();
    a11y.push(...(await shootAndCheck(page, 'receipt-mobile')));
    expect(a11y).toEqual([]);
    expect(pageProblems(errors)).toEqual([]);
    await context.close();
  });

  it('explains a payment whose signature does not check out', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Gauri', lastName: 'Joshi' });
    const booked = await patient.client.post('/api/appointments', {
      slotId: slots[2]!.id,
      reason: 'Palpitations',
    });
    expect(booked.status, booked.text).toBe(201);
    const id: string = booked.body.appointment.id;
    const order = await startPayment(patient, id);
    const { context, page, errors } = await openContext(browser);
    await signInAt(
      page,
      patient,
      `/appointments/pay/?id=${id}&razorpay_order_id=${order.orderId}&razorpay_payment_id=pay_Forged123456&razorpay_signature=${'0'.repeat(64)}`,
    );
    await byTestId(page, 'verify-error').waitFor();
    await expect.poll(() => text(page, 'verify-error')).toContain('did not check out');
    // Still held and unpaid: the way to pay properly is right there.
    await expect.poll(() => byTestId(page, 'pay-now').isEnabled()).toBe(true);
    expect(new URL(page.url()).search).toBe(`?id=${id}`);
    const a11y = await shootAndCheck(page, 'checkout-bad-signature-desktop');
    expect(a11y).toEqual([]);
    expect(pageProblems(errors, [400])).toEqual([]);
    await context.close();
  });

  it('says when the hold has expired and offers to book again', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Omar', lastName: 'Siddiqui' });
    const { context, page, errors } = await openContext(browser);
    await signInAt(page, patient, `/doctors/view/?id=${doctor.userId}&date=${DAY}`);
    await byTestId(page, 'day-tabs').waitFor();
    const id = await bookOnPage(page, slots[3]!.id);
    await expireHold(id);
    await page.reload();
    await byTestId(page, 'hold-expired').waitFor();
    await expect.poll(() => byTestId(page, 'status-badge').textContent()).toContain('Hold expired');
    await expect
      .poll(() => byTestId(page, 'book-again').getAttribute('href'))
      .toBe(`/doctors/view/?id=${doctor.userId}`);
    const a11y = await shootAndCheck(page, 'appointment-hold-expired-desktop');
    await page.goto(`/appointments/pay/?id=${id}`);
    await byTestId(page, 'checkout-expired').waitFor();
    a11y.push(...(await shootAndCheck(page, 'checkout-expired-desktop')));
    await Promise.all([page.waitForURL(/\/doctors\/view\//), byTestId(page, 'book-again').click()]);
    await byTestId(page, 'day-tabs').waitFor();
    expect(a11y).toEqual([]);
    expect(pageProblems(errors)).toEqual([]);
    await context.close();
  });
});

describe('screens', () => {
  it('the checkout and receipt look right on a phone', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Vivek', lastName: 'Menon' });
    const { context, page, errors } = await openContext(browser, { viewport: MOBILE });
    await signInAt(page, patient, `/doctors/view/?id=${doctor.userId}&date=${DAY}`);
    await byTestId(page, 'day-tabs').waitFor();
    await bookOnPage(page, slots[4]!.id);
    const a11y = await shootAndCheck(page, 'appointment-requested-pay-mobile');
    await Promise.all([page.waitForURL(/\/appointments\/pay\/\?id=/), byTestId(page, 'pay-button').click()]);
    await byTestId(page, 'pay-now').waitFor();
    a11y.push(...(await shootAndCheck(page, 'checkout-mobile')));
    expect(a11y).toEqual([]);
    expect(pageProblems(errors)).toEqual([]);
    await context.close();
  });
});
