/**
 * Disabling an account (issue 14, item 1): a disabled doctor disappears from search, the public
 * directory and their profile page, cannot be booked or paid, and their future appointments are shown
 * to the admin, who can cancel them with refunds. A disabled account's session is refused at once.
 * Re-enabling lists a doctor again only if they are still verified.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import { ApiClient, type ApiResponse, type ErrorBody } from '../helpers/api.ts';
import { doctorWithSlots, holdSlot } from '../helpers/appointments.ts';
import { checkout, payAndVerify, signedWebhook, startPayment, webhook } from '../helpers/payments.ts';
import { latestEmailTo, registerAndSignIn, signIn, type TestUser, uniqueWord } from '../helpers/users.ts';

const admin = () => signIn(demoPeople.admin.email);

/** Every doctor GET /api/doctors lists with no filter, following the cursor to the end. */
async function directoryIds(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res: ApiResponse<{ doctors: { id: string }[]; nextCursor: string | null }> =
      await new ApiClient().get(
        `/api/doctors?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.doctors.map((d) => d.id));
    cursor = res.body.nextCursor;
  } while (cursor);
  return ids;
}

const searchIds = async (query: string) =>
  (await new ApiClient().get(`/api/doctors?${query}`)).body.doctors.map((d: { id: string }) => d.id);

async function renamedDoctor(lastName: string) {
  const { doctor, slots } = await doctorWithSlots(5, 2);
  // A unique surname makes the doctor findable alone (letters only, as names accept).
  expect((await doctor.client.patch('/api/me', { lastName })).status).toBe(200);
  return { doctor, slots };
}

describe('a disabled doctor', () => {
  it('disappears from search, the directory and the profile page, cannot be booked or paid, and the admin sees and can cancel their future appointments', async () => {
    const surname = uniqueWord('Zed');
    const { doctor, slots } = await renamedDoctor(surname);
    // Renaming sent the verified doctor back to the queue (item 5); the admin verifies the new name.
    const a = await admin();
    expect(
      (await a.client.post(`/api/admin/doctors/${doctor.userId}/verification`, { decision: 'verify' }))
        .status,
    ).toBe(200);
    expect(await searchIds(`q=${surname}`)).toEqual([doctor.userId]);
    expect(await directoryIds()).toContain(doctor.userId);

    // A paid consultation, an unpaid hold with an order already open, and free slots.
    const paidBy = await registerAndSignIn('patient');
    const paid = await holdSlot(paidBy, slots[0]!.id);
    await payAndVerify(paidBy, paid.id);
    const heldBy = await registerAndSignIn('patient');
    const held = await holdSlot(heldBy, slots[1]!.id);
    const order = await startPayment(heldBy, held.id);

    const detail = await a.client.get(`/api/admin/users/${doctor.userId}`);
    expect(detail.body.futureAppointments.map((x: { id: string }) => x.id).sort()).toEqual(
      [paid.id, held.id].sort(),
    );

    const off = await a.client.post(`/api/admin/users/${doctor.userId}/status`, { disabled: true });
    expect(off.status, off.text).toBe(200);
    expect(off.body.user.disabled).toBe(true);
    expect(off.body.cancelled).toEqual([]);
    // Soonest first: the paid one has the earlier slot.
    expect(off.body.futureAppointments.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([
      [paid.id, 'CONFIRMED'],
      [held.id, 'REQUESTED'],
    ]);

    // Gone from every public way in.
    expect(await searchIds(`q=${surname}`)).toEqual([]);
    expect(await searchIds('specialty=general-medicine&limit=50')).not.toContain(doctor.userId);
    expect(await directoryIds()).not.toContain(doctor.userId);
    expect((await new ApiClient().get(`/api/doctors/${doctor.userId}`)).status).toBe(404);
    const { data: item } = await entities().user.get({ userId: doctor.userId }).go();
    expect(item).toMatchObject({ directory: 'doctor-disabled', disabled: true });
    expect(item?.listedSpecialty).toBeUndefined();

    // Not bookable, even from a page opened before.
    const late = await registerAndSignIn('patient');
    const refused = await late.client.post<ErrorBody>('/api/appointments', {
      slotId: slots[2]!.id,
      reason: 'Opened the page earlier',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('doctor_unavailable');

    // Not payable: a new order is refused, and a payment made on the order opened before is refunded.
    const again = await heldBy.client.post<ErrorBody>(`/api/appointments/${held.id}/payment`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('doctor_unavailable');
    const back = await checkout(order);
    const verify = await heldBy.client.post<ErrorBody>('/api/payments/verify', {
      orderId: back.razorpay_order_id,
      paymentId: back.razorpay_payment_id,
      signature: back.razorpay_signature,
    });
    expect(verify.status, verify.text).toBe(409);
    expect(verify.body.error.code).toBe('doctor_unavailable');
    expect((await heldBy.client.get(`/api/appointments/${held.id}`)).body.appointment.status).toBe(
      'REQUESTED',
    );
    expect((await entities().receipt.get({ appointmentId: held.id }).go()).data).toBeNull();
    await expect
      .poll(async () => (await entities().payment.get({ appointmentId: held.id }).go()).data?.status)
      .toBe('REFUNDED');

    // The doctor's session still holds a valid id token; our own flag refuses it.
    const me = await doctor.client.get<ErrorBody>('/api/me');
    expect(me.status).toBe(403);
    expect(me.body.error.code).toBe('account_disabled');

    // The admin lists disabled doctors apart, and cancels the future appointments with refunds.
    const disabledList = await a.client.get('/api/admin/users?directory=doctor-disabled&limit=100');
    expect(disabledList.body.users.map((u: { id: string }) => u.id)).toContain(doctor.userId);
    const cancel = await a.client.post(`/api/admin/users/${doctor.userId}/status`, {
      disabled: true,
      cancelAppointments: true,
      reason: 'The doctor is no longer practising with us.',
    });
    expect(cancel.status, cancel.text).toBe(200);
    expect(cancel.body.futureAppointments).toEqual([]);
    expect(cancel.body.cancelled.map((x: { id: string; status: string }) => [x.id, x.status]).sort()).toEqual(
      [
        [held.id, 'CANCELLED'],
        [paid.id, 'CANCELLED'],
      ].sort(),
    );
    await expect
      .poll(async () => (await entities().payment.get({ appointmentId: paid.id }).go()).data)
      .toMatchObject({ status: 'REFUNDED', refundPaise: 70800 });
    expect((await latestEmailTo(paidBy.email, 'Appointment cancelled')).body.text).toContain(
      'no longer practising with us',
    );
  });

  it('is listed again on re-enabling only while still verified', async () => {
    const a = await admin();
    const surname = uniqueWord('Yel');
    const { doctor } = await renamedDoctor(surname);
    // Pending (the rename): disabling and enabling again keeps them out of search, in the queue.
    await a.client.post(`/api/admin/users/${doctor.userId}/status`, { disabled: true });
    const on = await a.client.post(`/api/admin/users/${doctor.userId}/status`, { disabled: false });
    expect(on.status, on.text).toBe(200);
    expect(await searchIds(`q=${surname}`)).toEqual([]);
    expect((await entities().user.get({ userId: doctor.userId }).go()).data?.directory).toBe(
      'doctor-pending',
    );

    // Verified, disabled, enabled: back in search and the directory.
    expect(
      (await a.client.post(`/api/admin/doctors/${doctor.userId}/verification`, { decision: 'verify' }))
        .status,
    ).toBe(200);
    await a.client.post(`/api/admin/users/${doctor.userId}/status`, { disabled: true });
    expect(await searchIds(`q=${surname}`)).toEqual([]);
    await a.client.post(`/api/admin/users/${doctor.userId}/status`, { disabled: false });
    expect(await searchIds(`q=${surname}`)).toEqual([doctor.userId]);
    expect((await new ApiClient().get(`/api/doctors/${doctor.userId}`)).status).toBe(200);
    expect((await entities().user.get({ userId: doctor.userId }).go()).data?.directory).toBe(
      'doctor-verified',
    );
    expect((await doctor.client.get('/api/me')).status).toBe(200);
  });

  it('cannot be verified into search while disabled', async () => {
    const a = await admin();
    const surname = uniqueWord('Xan');
    const { doctor } = await renamedDoctor(surname);
    await a.client.post(`/api/admin/users/${doctor.userId}/status`, { disabled: true });
    const verified = await a.client.post(`/api/admin/doctors/${doctor.userId}/verification`, {
      decision: 'verify',
    });
    expect(verified.status, verified.text).toBe(200);
    expect(await searchIds(`q=${surname}`)).toEqual([]);
    expect((await new ApiClient().get(`/api/doctors/${doctor.userId}`)).status).toBe(404);
    expect((await entities().user.get({ userId: doctor.userId }).go()).data?.directory).toBe(
      'doctor-disabled',
    );
  });
});

describe('a disabled patient', () => {
  it('is refused on every signed-in route at once, and can neither book nor pay', async () => {
    const a = await admin();
    const { doctor, slots } = await doctorWithSlots(2, 3);
    const patient: TestUser = await registerAndSignIn('patient');
    const held = await holdSlot(patient, slots[0]!.id);
    expect(
      (await a.client.post(`/api/admin/users/${patient.userId}/status`, { disabled: true })).status,
    ).toBe(200);
    for (const [method, path, body] of [
      ['GET', '/api/me', undefined],
      ['GET', `/api/appointments/${held.id}`, undefined],
      ['POST', '/api/appointments', { slotId: slots[1]!.id, reason: 'Still trying' }],
      ['POST', `/api/appointments/${held.id}/payment`, {}],
    ] as const) {
      const res = await patient.client.request<ErrorBody>(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('account_disabled');
    }
    // Public pages still answer.
    expect((await patient.client.get('/api/specialties')).status).toBe(200);
    const { data: slot } = await entities()
      .slot.get({ doctorId: doctor.userId, startAt: slots[1]!.startAt })
      .go();
    expect(slot?.status).toBe('free');
  });

  it('whose payment arrives by webhook after the account was disabled is refunded, not confirmed', async () => {
    const a = await admin();
    const { slots } = await doctorWithSlots(2, 1);
    const patient: TestUser = await registerAndSignIn('patient');
    const held = await holdSlot(patient, slots[0]!.id);
    const order = await startPayment(patient, held.id);
    const back = await checkout(order); // paid at the gateway; the browser never comes back to verify
    expect(
      (await a.client.post(`/api/admin/users/${patient.userId}/status`, { disabled: true })).status,
    ).toBe(200);
    const delivered = await webhook(
      signedWebhook('payment.captured', {
        id: back.razorpay_payment_id,
        order_id: order.orderId,
        amount: order.amountPaise,
        status: 'captured',
      }),
    );
    expect(delivered.status, delivered.text).toBe(200);
    const { data: appointment } = await entities().appointment.get({ appointmentId: held.id }).go();
    expect(appointment?.status).toBe('REQUESTED');
    expect((await entities().receipt.get({ appointmentId: held.id }).go()).data).toBeNull();
    await expect
      .poll(async () => (await entities().payment.get({ appointmentId: held.id }).go()).data?.status)
      .toBe('REFUNDED');
  });
});
