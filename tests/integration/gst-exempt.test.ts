/**
 * The operator's other GST choice (issue 19 part 8): consultations exempt (Notification 12/2017-CT(R),
 * SAC 9993) and a taxable platform fee. Its own twin, started with that configuration, so the shared
 * twin keeps the default (consultation taxable at 18%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceWith } from '../../functions/contract/price.ts';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate } from '../../functions/core/time.ts';
import { type OwnTwin, startOwnTwin } from '../helpers/own-twin.ts';
import { payAndVerify, startPayment } from '../helpers/payments.ts';
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

/** A verified doctor at this fee with 30-minute slots from `startTime` to `endTime`, `days` ahead. */
async function doctorWithSlots(
  lastName: string,
  feeRupees: number,
  days: number,
  startTime: string,
  endTime: string,
) {
  const doctor = await verifiedDoctor({ firstName: 'Asha', lastName, feeRupees });
  const slots = await doctor.client.post('/api/doctor/slots', {
    dates: [addDays(localDate(new Date(), 'Asia/Kolkata'), days)],
    startTime,
    endTime,
    durationMinutes: 30,
  });
  expect(slots.status, slots.text).toBe(201);
  return slots.body.slots as { id: string }[];
}

async function paidConsultation(feeRupees: number, platformFee: boolean) {
  const slots = await doctorWithSlots('Exempt', feeRupees, 3, '11:00', '11:30');
  const patient = await registerAndSignIn('patient', { firstName: 'Ravi', lastName: 'Kumar' });
  expect((await patient.client.patch('/api/me', { state: '27' })).status).toBe(200);
  const booked = await patient.client.post('/api/appointments', {
    slotId: slots[0]!.id,
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
      'SAC 999312 · Exempt — Notification 12/2017-CT(R), Sl. No. 74',
      'SAC 998599 · GST 18%',
      'Platform fee',
      'IGST @ 18%',
      '8.82',
      '557.82',
    ])
      expect(pdf.texts, text).toContain(text);
  });

  it("gives the doctor's own profile the exempt total and the rules its fee form quotes with", async () => {
    const doctor = await verifiedDoctor({ firstName: 'Meera', lastName: 'Exempt', feeRupees: 500 });
    const profile = (await doctor.client.get('/api/me')).body.user.doctorProfile;
    expect(profile.taxRules).toEqual({ consultation: 'exempt', platformFeePaise: 4_900, ratePercent: 18 });
    expect(profile.price).toMatchObject({ basePaise: 54_900, gstPaise: 882, totalPaise: 55_782 });
    expect(profile.price.lines[0]).toMatchObject({ kind: 'consultation', exempt: true, taxPaise: 0 });
  });

  it('keeps the price quoted at booking, whatever the configuration is when it is viewed or paid', async () => {
    const slots = await doctorWithSlots('Fixed', 500, 4, '15:00', '16:00');
    const patient = await registerAndSignIn('patient', { firstName: 'Sunil', lastName: 'Rao' });
    const book = async (slotId: string) => {
      const res = await patient.client.post('/api/appointments', { slotId, reason: 'Fever' });
      expect(res.status, res.text).toBe(201);
      return res.body.appointment.id as string;
    };
    const priceOf = async (id: string) =>
      (await patient.client.get(`/api/appointments/${id}`)).body.appointment.price;

    // Booked under this twin's configuration: its lines are stored on the appointment.
    const quoted = await book(slots[0]!.id);
    const stored = (await entities().appointment.get({ appointmentId: quoted }).go()).data;
    expect(stored?.priceLines).toEqual((await priceOf(quoted)).lines);

    // As if it had been booked when the consultation was taxable at 18%: the stored lines are what it
    // costs and what the checkout charges, not today's exempt configuration.
    const taxable = priceWith(50_000, { consultation: 'taxable', platformFeePaise: 0, ratePercent: 18 });
    expect(taxable.totalPaise).toBe(59_000);
    await entities().appointment.patch({ appointmentId: quoted }).set({ priceLines: taxable.lines }).go();
    expect(await priceOf(quoted)).toEqual(taxable);
    expect(await startPayment(patient, quoted)).toMatchObject({ amountPaise: 59_000, gstPaise: 9_000 });

    // A booking from before lines were stored is priced as before, by the configuration.
    await patient.client.post(`/api/appointments/${quoted}/cancel`, { reason: 'Moving it' });
    const old = await book(slots[1]!.id);
    await entities().appointment.patch({ appointmentId: old }).remove(['priceLines']).go();
    expect(await priceOf(old)).toMatchObject({ basePaise: 54_900, gstPaise: 882, totalPaise: 55_782 });
  });
});
