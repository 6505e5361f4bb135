/**
 * The operator's other GST choice (issue 19 part 8): consultations exempt (Notification 12/2017-CT(R),
 * SAC 9993) and a taxable platform fee. Its own twin, started with that configuration, so the shared
 * twin keeps the default (consultation taxable at 18%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../functions/core/time.ts';
import { type OwnTwin, startOwnTwin } from '../helpers/own-twin.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { readPdf } from '../helpers/pdf.ts';
import { registerAndSignIn, verifiedDoctor } from '../helpers/users.ts';

let own: OwnTwin | undefined;
beforeAll(async () => {
  own = await startOwnTwin('gst-exempt', {
    env: { TRANSCRIBER: 'offline', GST_CONSULTATION: 'exempt', GST_PLATFORM_FEE_PAISE: '4900' },
  });
}, 120_000);
afterAll(async () => {
  await own?.stop();
});

async function paidConsultation(feeRupees: number, platformFee: boolean) {
  const doctor = await verifiedDoctor({ firstName: 'Asha', lastName: 'Exempt', feeRupees });
  const slots = await doctor.client.post('/api/doctor/slots', {
    dates: [addDays(localDate(new Date(), 'Asia/Kolkata'), 3)],
    startTime: '11:00',
    endTime: '11:30',
    durationMinutes: 30,
  });
  expect(slots.status, slots.text).toBe(201);
  const patient = await registerAndSignIn('patient', { firstName: 'Ravi', lastName: 'Kumar' });
  expect((await patient.client.patch('/api/me', { state: '27' })).status).toBe(200);
  const booked = await patient.client.post('/api/appointments', {
    slotId: slots.body.slots[0].id,
    reason: 'Cough',
  });
  expect(booked.status, booked.text).toBe(201);
  const appointmentId = booked.body.appointment.id as string;
  const view = (await patient.client.get(`/api/appointments/${appointmentId}`)).body;
  expect(view.appointment.price.lines.map((l: { kind: string }) => l.kind)).toEqual(
    platformFee ? ['consultation', 'platform'] : ['consultation'],
  );
  return { patient, appointmentId, ...(await payAndVerify(patient, appointmentId)) };
}

describe('consultations exempt, a taxable platform fee', () => {
  it('charges GST only on the platform fee, and the invoice says why the consultation is exempt', async () => {
    const { patient, appointmentId, order, receipt } = await paidConsultation(500, true);
    // ₹500 exempt + ₹49 platform fee + 18% IGST on ₹49 (₹8.82): ₹557.82.
    expect(order).toMatchObject({ basePaise: 54_900, gstPaise: 882, amountPaise: 55_782 });
    expect(receipt.invoice).toMatchObject({
      kind: 'tax_invoice',
      placeOfSupply: '27',
      intraState: false,
      exemptPaise: 50_000,
      taxablePaise: 4_900,
      igstPaise: 882,
    });
    expect(receipt.invoice.lines).toEqual([
      expect.objectContaining({
        kind: 'consultation',
        sac: '999312',
        exempt: true,
        taxPaise: 0,
        igstPaise: 0,
      }),
      expect.objectContaining({
        kind: 'platform',
        sac: '998599',
        exempt: false,
        taxPaise: 882,
        igstPaise: 882,
      }),
    ]);
    const pdf = await readPdf((await patient.client.get(`/api/receipts/${appointmentId}/pdf`)).bytes);
    for (const text of [
      'TAX INVOICE',
      'SAC 999312 · Exempt — Notification 12/2017-CT(R), SAC 9993',
      'SAC 998599 · GST 18%',
      'Platform fee',
      'IGST @ 18%',
      '8.82',
      '557.82',
    ])
      expect(pdf.texts, text).toContain(text);
  });
});
