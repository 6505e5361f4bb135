/**
 * GST invoices (issue 19 part 8) through the API and the real table: the place of supply and the
 * split from the patient's state, the invoice's PDF in English and Hindi, the gap-free serial of the
 * financial year under concurrent confirmations, and a state the profile does not take.
 */
import { describe, expect, it } from 'vitest';
import type { FieldIssues } from '../../functions/contract/errors.ts';
import { DEMO_SUPPLIER } from '../../functions/core/config.ts';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate } from '../../functions/core/time.ts';
import { financialYear, invoiceSerial } from '../../functions/payments/invoice.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { checkout, payAndVerify, startPayment } from '../helpers/payments.ts';
import { readPdf } from '../helpers/pdf.ts';
import { latestEmailTo, registerAndSignIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

const day = (n: number) => addDays(localDate(new Date(), 'Asia/Kolkata'), n);

/** A doctor (fee ₹600) with `count` half-hour slots on one day. */
async function doctorWithSlots(count: number, lastName: string) {
  const doctor = await verifiedDoctor({ firstName: 'Meera', lastName, feeRupees: 600 });
  const end = 9 * 60 + 30 * count;
  const slots = await doctor.client.post('/api/doctor/slots', {
    dates: [day(4)],
    startTime: '09:00',
    endTime: `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`,
    durationMinutes: 30,
  });
  expect(slots.status, slots.text).toBe(201);
  return { doctor, slotIds: (slots.body.slots as { id: string }[]).map((s) => s.id) };
}

/** A patient living in `state` (a GST state code; null: not given) who has booked this slot. */
async function patientBooking(slotId: string, state: string | null, locale: 'en' | 'hi' = 'en') {
  const patient = await registerAndSignIn('patient', { firstName: 'Kavya', lastName: 'Rao' });
  if (state || locale !== 'en') {
    const saved = await patient.client.patch('/api/me', {
      ...(state ? { state, address: '14 Residency Road' } : {}),
      locale,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.user.state).toBe(state ?? '');
  }
  const booked = await patient.client.post('/api/appointments', { slotId, reason: 'Fever for three days' });
  expect(booked.status, booked.text).toBe(201);
  return { patient, appointmentId: booked.body.appointment.id as string };
}

const pdfTexts = async (who: TestUser, appointmentId: string) => {
  const pdf = await who.client.get(`/api/receipts/${appointmentId}/pdf`);
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get('content-disposition')).toMatch(/filename="C360-\d{4}-\d{6}\.pdf"/);
  return (await readPdf(pdf.bytes)).texts;
};

describe('the GST invoice of a paid consultation', () => {
  it("charges CGST + SGST to a patient in the supplier's state, with the supplier, serial and place of supply on it", async () => {
    const { slotIds } = await doctorWithSlots(1, 'Intra');
    const { patient, appointmentId } = await patientBooking(slotIds[0]!, DEMO_SUPPLIER.stateCode);
    const { receipt } = await payAndVerify(patient, appointmentId);
    expect(receipt.receiptNumber).toMatch(new RegExp(`^C360/${financialYear(new Date())}/\\d{6}$`));
    expect(receipt.receiptNumber.length).toBeLessThanOrEqual(16);
    expect(receipt.invoice).toMatchObject({
      kind: 'tax_invoice',
      supplier: { gstin: DEMO_SUPPLIER.gstin, stateCode: '29', legalName: DEMO_SUPPLIER.legalName },
      recipientStateCode: '29',
      recipientAddress: '14 Residency Road',
      placeOfSupply: '29',
      intraState: true,
      rates: { cgst: 9, sgst: 9, igst: 0 },
      taxablePaise: 60_000,
      cgstPaise: 5_400,
      sgstPaise: 5_400,
      igstPaise: 0,
    });
    expect(receipt.invoice.lines).toEqual([
      expect.objectContaining({ kind: 'consultation', sac: '999312', exempt: false, valuePaise: 60_000 }),
    ]);
    const texts = await pdfTexts(patient, appointmentId);
    for (const expected of [
      'TAX INVOICE',
      receipt.receiptNumber,
      `GSTIN ${DEMO_SUPPLIER.gstin}`,
      DEMO_SUPPLIER.legalName,
      'Karnataka (code 29)',
      'CGST @ 9%',
      'SGST @ 9%',
      '54', // ₹54 each
      '600',
      '708',
      'SAC 999312 · GST 18%',
    ])
      expect(texts, expected).toContain(expected);
    expect(texts.join(' ')).not.toContain('IGST');
    expect(texts.join(' ')).not.toMatch(/\.00\b/); // whole rupees have no paise
  });

  it('charges IGST to a patient in another state, in Hindi in their PDF, and the email shows the same split', async () => {
    const { slotIds } = await doctorWithSlots(1, 'Inter');
    const { patient, appointmentId } = await patientBooking(slotIds[0]!, '07', 'hi');
    const { receipt } = await payAndVerify(patient, appointmentId);
    expect(receipt.invoice).toMatchObject({
      placeOfSupply: '07',
      intraState: false,
      rates: { cgst: 0, sgst: 0, igst: 18 },
      igstPaise: 10_800,
      cgstPaise: 0,
      sgstPaise: 0,
    });
    const texts = await pdfTexts(patient, appointmentId);
    for (const expected of [
      'टैक्स इनवॉइस',
      receipt.receiptNumber,
      `GSTIN ${DEMO_SUPPLIER.gstin}`,
      'दिल्ली (कोड 07)',
      'कर्नाटक (कोड 29)',
      'IGST @ 18%',
      '108',
    ])
      expect(texts, expected).toContain(expected);
    expect(texts.join(' ')).not.toContain('CGST');
    const email = await latestEmailTo(patient.email, receipt.receiptNumber);
    expect(email.body.text).toContain('IGST @ 18%');
    expect(email.body.text).toContain('₹108');
    expect(email.body.text).not.toContain('CGST');
  });

  it("takes the supplier's state as the place of supply when the patient gave none, and keeps the number on reread", async () => {
    const { slotIds } = await doctorWithSlots(1, 'Unknown');
    const { patient, appointmentId } = await patientBooking(slotIds[0]!, null);
    const { receipt } = await payAndVerify(patient, appointmentId);
    expect(receipt.invoice).toMatchObject({
      recipientStateCode: null,
      placeOfSupply: '29',
      intraState: true,
    });
    // A later change of address does not rewrite an issued invoice.
    expect((await patient.client.patch('/api/me', { state: '07' })).status).toBe(200);
    const again = (await patient.client.get(`/api/receipts/${appointmentId}`)).body.receipt;
    expect(again.receiptNumber).toBe(receipt.receiptNumber);
    expect(again.invoice.placeOfSupply).toBe('29');
  });

  it('refuses a state that is not on the list with a 400 and an issue code, changing nothing', async () => {
    const patient = await registerAndSignIn('patient');
    for (const state of ['25', 'KA', '99', 29]) {
      const res = await patient.client.patch<ErrorBody & { error: { issues?: FieldIssues } }>('/api/me', {
        state,
      });
      expect(res.status, JSON.stringify(state)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.issues?.state?.[0]?.code, JSON.stringify(res.body.error)).toBe('not_in_list');
    }
    expect((await patient.client.get('/api/me')).body.user.state).toBe('');
  });

  it('gives payments confirmed at the same moment distinct, consecutive serials', async () => {
    const count = 6;
    const { slotIds } = await doctorWithSlots(count, 'Serial');
    const held = await Promise.all(slotIds.map((slotId) => patientBooking(slotId, null)));
    const ready = await Promise.all(
      held.map(async ({ patient, appointmentId }) => {
        const back = await checkout(await startPayment(patient, appointmentId));
        return { patient, back };
      }),
    );
    const verified = await Promise.all(
      ready.map(({ patient, back }) =>
        patient.client.post('/api/payments/verify', {
          orderId: back.razorpay_order_id,
          paymentId: back.razorpay_payment_id,
          signature: back.razorpay_signature,
        }),
      ),
    );
    expect(
      verified.map((r) => r.status),
      verified.map((r) => r.text).join('\n'),
    ).toEqual(verified.map(() => 200));
    const numbers = verified.map((r) => r.body.receipt.receiptNumber as string);
    expect(new Set(numbers).size).toBe(count);
    // Gap-free: other tests pay at the same time, so every serial from the lowest to the highest of
    // these was issued to someone (each has its receipt-number marker).
    const year = financialYear(new Date());
    const serials = numbers.map((n) => Number(n.split('/')[2])).sort((a, b) => a - b);
    for (let n = serials[0]!; n <= serials.at(-1)!; n++) {
      const key = invoiceSerial('C360', year, n);
      const { data } = await entities().marker.query.byKey({ namespace: 'receipt-number', key }).go();
      expect(data, key).toHaveLength(1);
    }
  });
});
