/**
 * Follow-ups, the visit record and the Health records page (issue 18, parts 2 and 3) through the real
 * API against DynamoDB Local and the emulators: the window counted from the original's end, a free
 * follow-up confirmed without payment or receipt, a paid one through checkout, one live follow-up per
 * original (a race is a 409), strangers 404; the record's events in time order as each party may see
 * them; the patient's records across dependants, filtered by person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bookSlot } from '../../functions/appointments/booking.ts';
import { entities } from '../../functions/core/db/index.ts';
import type { ApiResponse } from '../helpers/api.ts';
import { type Booked, confirmedAppointment, daysFromToday } from '../helpers/appointments.ts';
import { docsPath, pdfBytes, settled, textPretendingToBePdf, upload } from '../helpers/documents.ts';
import { payAndVerify } from '../helpers/payments.ts';
import {
  childFeverDraft,
  prescribingDoctor,
  registerAndSignIn,
  type TestUser,
  verifiedDoctor,
} from '../helpers/users.ts';

const DAY_MS = 86_400_000;

/** Each visit starts 35 minutes after the one before, so one doctor's slots never overlap. */
let nextVisitMinutes = 5;

/** A consultation that took place: paid, then completed by the doctor with the clock after its start. */
async function completedVisit(doctor: TestUser, patient: TestUser, dependantId?: string): Promise<Booked> {
  const minutes = nextVisitMinutes;
  nextVisitMinutes += 35;
  const visit = await confirmedAppointment(
    minutes,
    {},
    { doctor, patient, ...(dependantId ? { dependantId } : {}) },
  );
  const { updateByDoctor } = await import('../../functions/appointments/booking.ts');
  const { data } = await entities().appointment.get({ appointmentId: visit.appointmentId }).go();
  await updateByDoctor(data!, { status: 'COMPLETED' }, new Date(Date.parse(visit.startAt) + 60_000));
  return visit;
}

/** Free 30-minute slots of the doctor on a day `days` ahead (India time), as ids. */
async function slotsOn(doctor: TestUser, days: number, count: number): Promise<string[]> {
  const end = `${String(9 + Math.ceil(count / 2)).padStart(2, '0')}:00`;
  const res = await doctor.client.post('/api/doctor/slots', {
    dates: [daysFromToday(days)],
    startTime: '09:00',
    endTime: end,
    durationMinutes: 30,
    timeZone: 'Asia/Kolkata',
  });
  expect(res.status, res.text).toBe(201);
  return res.body.slots.map((s: { id: string }) => s.id);
}

const followUp = (patient: TestUser, originalId: string, slotId: string) =>
  patient.client.post(`/api/appointments/${originalId}/follow-up`, { slotId, reason: 'Review after a week' });

const slotStatus = async (slotId: string) => {
  const [doctorId, start] = slotId.split('_') as [string, string];
  const { data } = await entities()
    .slot.get({ doctorId, startAt: new Date(Number(start)).toISOString() })
    .go();
  return data?.status;
};

const followUpsOf = async (patientId: string, originalId: string) => {
  const { data } = await entities().appointment.query.byPatient({ patientId }).go({ pages: 'all' });
  return data.filter((a) => a.followUpOf === originalId);
};

let doctor: TestUser;
/** A patient of their own for every test: the booking rate limit is 5 bookings a patient in 10 minutes. */
const newPatient = () => registerAndSignIn('patient', { firstName: 'Kavya', lastName: 'Rao' });
let inWindow: string[];
let outOfWindow: string[];

beforeAll(async () => {
  doctor = await verifiedDoctor({ firstName: 'Neha', lastName: 'Follow' });
  await prescribingDoctor(doctor);
  const set = await doctor.client.patch('/api/me/doctor-profile', { followUpDays: 7, followUpFeeRupees: 0 });
  expect(set.status, set.text).toBe(200);
  expect(set.body.user.doctorProfile).toMatchObject({ followUpDays: 7, followUpFeePaise: 0 });
  inWindow = await slotsOn(doctor, 3, 8);
  outOfWindow = await slotsOn(doctor, 10, 2);
});

describe('the follow-up settings', () => {
  it('are validated on the doctor profile: 0–30 days, a fee from ₹0', async () => {
    for (const body of [
      { followUpDays: 31 },
      { followUpDays: 1.5 },
      { followUpDays: -1 },
      { followUpFeeRupees: -1 },
    ]) {
      const res = await doctor.client.patch('/api/me/doctor-profile', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const me = await doctor.client.get('/api/me');
    expect(me.body.user.doctorProfile).toMatchObject({ followUpDays: 7, followUpFeePaise: 0 });
  });
});

describe('booking a follow-up', () => {
  it('is refused until the consultation is completed, and outside the window; nothing is written', async () => {
    const patient = await newPatient();
    const minutes = nextVisitMinutes;
    nextVisitMinutes += 35;
    const visit = await confirmedAppointment(minutes, {}, { doctor, patient });
    const early = await followUp(patient, visit.appointmentId, inWindow[0]!);
    expect(early.status, early.text).toBe(409);
    expect(early.body.error.code).toBe('not_completed');

    const { updateByDoctor } = await import('../../functions/appointments/booking.ts');
    const { data } = await entities().appointment.get({ appointmentId: visit.appointmentId }).go();
    await updateByDoctor(data!, { status: 'COMPLETED' }, new Date(Date.parse(visit.startAt) + 60_000));

    const late = await followUp(patient, visit.appointmentId, outOfWindow[0]!);
    expect(late.status, late.text).toBe(422);
    expect(late.body.error.code).toBe('follow_up_slot_outside_window');
    expect(Date.parse(late.body.error.params.until)).toBe(Date.parse(data!.endAt) + 7 * DAY_MS);
    expect(await slotStatus(outOfWindow[0]!)).toBe('free');

    // The window counted from the end: eight days after it, the follow-up is refused whatever the slot.
    const after = new Date(Date.parse(data!.endAt) + 8 * DAY_MS);
    const original = (await entities().appointment.get({ appointmentId: visit.appointmentId }).go()).data!;
    await expect(
      bookSlot(patient.userId, outOfWindow[1]!, 'Too late', after, { followUpOf: original }),
    ).rejects.toMatchObject({ status: 422, code: 'follow_up_window_closed' });
    expect(await slotStatus(outOfWindow[1]!)).toBe('free');
    expect(await followUpsOf(patient.userId, visit.appointmentId)).toEqual([]);
  });

  it('a free follow-up is confirmed at once, with no payment and no receipt, linked to the original; one per original', async () => {
    const patient = await newPatient();
    const visit = await completedVisit(doctor, patient);
    // The original's prescription, which the doctor sees beside the follow-up.
    const path = `/api/appointments/${visit.appointmentId}/prescriptions`;
    expect((await doctor.client.put(`${path}/draft`, childFeverDraft)).status).toBe(200);
    const issued = await doctor.client.post(`${path}/issue`, { password: doctor.password });
    expect(issued.status, issued.text).toBe(200);

    const offered = await patient.client.get(`/api/appointments/${visit.appointmentId}`);
    expect(offered.body.followUp).toMatchObject({ state: 'open', feePaise: 0, canBook: true });
    const doctorSees = await doctor.client.get(`/api/appointments/${visit.appointmentId}`);
    expect(doctorSees.body.followUp.canBook).toBe(false);

    const holdsBefore = await openHolds(patient.userId);
    const booked = await followUp(patient, visit.appointmentId, inWindow[1]!);
    expect(booked.status, booked.text).toBe(201);
    const id = booked.body.appointment.id;
    expect(booked.body.appointment).toMatchObject({
      status: 'CONFIRMED',
      feePaise: 0,
      followUpOf: visit.appointmentId,
      price: { basePaise: 0, gstPaise: 0, totalPaise: 0 },
      actions: { canPay: false },
    });
    expect(await openHolds(patient.userId)).toBe(holdsBefore);
    expect((await entities().payment.get({ appointmentId: id }).go()).data).toBeNull();
    expect((await patient.client.get(`/api/receipts/${id}`)).status).toBe(404);
    const pay = await patient.client.post(`/api/appointments/${id}/payment`, {});
    expect(pay.status).toBe(409);

    // The original says it is booked; the doctor sees the original's prescription beside the follow-up.
    const original = await patient.client.get(`/api/appointments/${visit.appointmentId}`);
    expect(original.body.followUp).toMatchObject({ state: 'booked', appointmentId: id, canBook: false });
    const beside = await doctor.client.get(`/api/appointments/${id}`);
    expect(beside.body.original).toMatchObject({
      id: visit.appointmentId,
      prescriptions: [{ version: 1, status: 'ISSUED' }],
    });

    // One per original: a second is refused and holds nothing.
    const second = await followUp(patient, visit.appointmentId, inWindow[2]!);
    expect(second.status, second.text).toBe(409);
    expect(second.body.error.code).toBe('follow_up_exists');
    expect(await slotStatus(inWindow[2]!)).toBe('free');

    // Cancelling the follow-up frees the original for another.
    const cancelled = await patient.client.post(`/api/appointments/${id}/cancel`, {});
    expect(cancelled.status, cancelled.text).toBe(200);
    const again = await followUp(patient, visit.appointmentId, inWindow[2]!);
    expect(again.status, again.text).toBe(201);
  });

  it('two follow-ups of one original at the same moment: one is booked, the other is a 409', async () => {
    const patient = await newPatient();
    const visit = await completedVisit(doctor, patient);
    const answers = await Promise.all(
      [inWindow[3]!, inWindow[4]!].map((slot) => followUp(patient, visit.appointmentId, slot)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await followUpsOf(patient.userId, visit.appointmentId)).toHaveLength(1);
    const lost = answers.find((a) => a.status === 409)!;
    expect(['follow_up_exists', 'slot_taken', 'conflict']).toContain(lost.body.error.code);
  });

  it('is only for the original’s patient, with its doctor: strangers get 404, the doctor 403, another doctor’s slot 422', async () => {
    const patient = await newPatient();
    const visit = await completedVisit(doctor, patient);
    const stranger = await registerAndSignIn('patient');
    const otherDoctor = await verifiedDoctor();
    for (const who of [stranger, otherDoctor]) {
      const res = await followUp(who, visit.appointmentId, inWindow[5]!);
      expect(res.status, res.text).toBe(404);
    }
    expect((await followUp(doctor, visit.appointmentId, inWindow[5]!)).status).toBe(403);
    const [elsewhere] = await slotsOn(otherDoctor, 3, 2);
    const wrong = await followUp(patient, visit.appointmentId, elsewhere!);
    expect(wrong.status, wrong.text).toBe(422);
    expect(wrong.body.error.code).toBe('follow_up_other_doctor');
    expect(await slotStatus(elsewhere!)).toBe('free');
    expect((await followUp(stranger, visit.appointmentId, 'not-a-slot')).status).toBe(404);
  });

  it('a doctor who offers no follow-ups: the window is closed', async () => {
    const patient = await newPatient();
    const plain = await verifiedDoctor();
    const visit = await completedVisit(plain, patient);
    const [slot] = await slotsOn(plain, 2, 2);
    const res = await followUp(patient, visit.appointmentId, slot!);
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.code).toBe('follow_up_window_closed');
    expect((await patient.client.get(`/api/appointments/${visit.appointmentId}`)).body.followUp).toBeNull();
  });

  it('a paid follow-up is held at the follow-up fee and confirmed through checkout, with its receipt', async () => {
    const patient = await newPatient();
    const paid = await verifiedDoctor({ feeRupees: 800 });
    await paid.client.patch('/api/me/doctor-profile', { followUpDays: 5, followUpFeeRupees: 300 });
    const visit = await completedVisit(paid, patient);
    const [slot] = await slotsOn(paid, 2, 2);
    const held = await followUp(patient, visit.appointmentId, slot!);
    expect(held.status, held.text).toBe(201);
    expect(held.body.appointment).toMatchObject({
      status: 'REQUESTED',
      feePaise: 30_000,
      actions: { canPay: true },
    });
    await payAndVerify(patient, held.body.appointment.id);
    const receipt = await patient.client.get(`/api/receipts/${held.body.appointment.id}`);
    expect(receipt.status, receipt.text).toBe(200);
    expect(receipt.body.receipt).toMatchObject({ basePaise: 30_000, gstPaise: 5_400, totalPaise: 35_400 });
  });
});

async function openHolds(patientId: string) {
  const { data } = await entities()
    .counter.get({ name: `patient.${patientId}.holds`, bucket: 'open' })
    .go();
  return data?.value ?? 0;
}

describe('the record of a visit', () => {
  it('lists the whole visit in time order for both parties, drafts for the doctor only; strangers 404', async () => {
    const patient = await newPatient();
    const visit = await completedVisit(doctor, patient);
    const path = `/api/appointments/${visit.appointmentId}`;
    expect((await doctor.client.patch(path, { notes: 'Rest and fluids.' })).status).toBe(200);
    expect((await doctor.client.put(`${path}/prescriptions/draft`, childFeverDraft)).status).toBe(200);
    expect(
      (await doctor.client.post(`${path}/prescriptions/issue`, { password: doctor.password })).status,
    ).toBe(200);
    // A correction in progress: a draft the patient must not see.
    expect((await doctor.client.put(`${path}/prescriptions/draft`, childFeverDraft)).status).toBe(200);
    expect((await followUp(patient, visit.appointmentId, inWindow[6]!)).status).toBe(201);

    const kinds = (r: ApiResponse<any>) => r.body.events.map((e: { kind: string }) => e.kind);
    const forPatient = await patient.client.get(`${path}/record`);
    expect(forPatient.status, forPatient.text).toBe(200);
    expect(kinds(forPatient)).toEqual(
      expect.arrayContaining([
        'booked',
        'consent',
        'payment',
        'consultation',
        'notes',
        'prescription',
        'followUpBooked',
      ]),
    );
    const times = forPatient.body.events.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort());
    const rx = (r: ApiResponse<any>) =>
      r.body.events
        .filter((e: { kind: string }) => e.kind === 'prescription')
        .map((e: any) => e.prescription.status);
    expect(rx(forPatient)).toEqual(['ISSUED']);
    const forDoctor = await doctor.client.get(`${path}/record`);
    expect(rx(forDoctor)).toEqual(['ISSUED', 'DRAFT']);
    expect(forPatient.body.events.find((e: any) => e.kind === 'notes').text).toBe('Rest and fluids.');

    // The follow-up's own record starts from the original.
    const followUpId = forPatient.body.events.find((e: any) => e.kind === 'followUpBooked').appointmentId;
    const itsRecord = await doctor.client.get(`/api/appointments/${followUpId}/record`);
    expect(itsRecord.body.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'followUpOf', appointmentId: visit.appointmentId }),
      ]),
    );

    for (const stranger of [await registerAndSignIn('patient'), await verifiedDoctor()]) {
      const res = await stranger.client.get(`${path}/record`);
      expect(res.status).toBe(404);
    }
  });
});

describe('the record and shared reports', () => {
  it('lists a checked report for both parties, and not one the checker refused', async () => {
    const patient = await newPatient();
    const visit = await confirmedAppointment(nextVisitMinutes, {}, { doctor, patient });
    nextVisitMinutes += 35;
    const path = docsPath(visit.appointmentId);
    const report = await upload(patient, path, pdfBytes(), { fileName: 'cbc-report.pdf' });
    const fake = await upload(patient, path, textPretendingToBePdf(), { fileName: 'fake.pdf' });
    expect((await settled(patient, visit.appointmentId, report)).status).toBe('ready');
    expect((await settled(patient, visit.appointmentId, fake)).status).toBe('rejected');

    for (const party of [patient, doctor]) {
      const res = await party.client.get(`/api/appointments/${visit.appointmentId}/record`);
      expect(res.status, res.text).toBe(200);
      const shared = res.body.events.filter((e: { kind: string }) => e.kind === 'document');
      expect(shared).toEqual([
        expect.objectContaining({ fileName: 'cbc-report.pdf', contentType: 'application/pdf' }),
      ]);
    }
    // Health records: the visit is there for its report alone (no prescription yet), the refused file not.
    const records = await patient.client.get('/api/me/health-records');
    expect(records.status, records.text).toBe(200);
    const listed = records.body.visits.find(
      (v: { appointmentId: string }) => v.appointmentId === visit.appointmentId,
    );
    expect(listed.prescriptions).toEqual([]);
    expect(listed.documents).toEqual([
      expect.objectContaining({ id: report, fileName: 'cbc-report.pdf', status: 'ready' }),
    ]);
  });
});

describe('the Health records page', () => {
  it('lists issued prescriptions across the patient’s and their dependants’ visits, filtered by person', async () => {
    const holder = await registerAndSignIn('patient', { firstName: 'Sunita', lastName: 'Iyer' });
    const child = await holder.client.post('/api/me/dependants', {
      name: 'Aarav Iyer',
      dateOfBirth: '2018-04-02',
      sex: 'male',
      relationship: 'child',
    });
    expect(child.status, child.text).toBe(201);
    const childId = child.body.dependant.id;
    const own = await completedVisit(doctor, holder);
    const childs = await completedVisit(doctor, holder, childId);
    const noRecord = await completedVisit(doctor, holder);
    for (const v of [own, childs]) {
      const path = `/api/appointments/${v.appointmentId}/prescriptions`;
      expect((await doctor.client.put(`${path}/draft`, childFeverDraft)).status).toBe(200);
      expect((await doctor.client.post(`${path}/issue`, { password: doctor.password })).status).toBe(200);
    }

    const empty = await (await registerAndSignIn('patient')).client.get('/api/me/health-records');
    expect(empty.body).toEqual({ visits: [], nextCursor: null });

    const all = await holder.client.get('/api/me/health-records');
    expect(all.status, all.text).toBe(200);
    const ids = (r: ApiResponse<any>) => r.body.visits.map((v: { appointmentId: string }) => v.appointmentId);
    expect(ids(all).sort()).toEqual([own.appointmentId, childs.appointmentId].sort());
    expect(ids(all)).not.toContain(noRecord.appointmentId);
    const childVisit = all.body.visits.find((v: any) => v.appointmentId === childs.appointmentId);
    expect(childVisit).toMatchObject({
      person: childId,
      treated: { name: 'Aarav Iyer', relationship: 'child' },
    });
    expect(childVisit.prescriptions).toMatchObject([{ version: 1, status: 'ISSUED' }]);

    expect(ids(await holder.client.get('/api/me/health-records?person=self'))).toEqual([own.appointmentId]);
    expect(ids(await holder.client.get(`/api/me/health-records?person=${childId}`))).toEqual([
      childs.appointmentId,
    ]);
    // Another holder asking for this child's records gets nothing (their own index holds none of it).
    const other = await newPatient();
    expect(ids(await other.client.get(`/api/me/health-records?person=${childId}`))).toEqual([]);

    // Paged: one visit a page, the cursor leads to the other.
    const first = await holder.client.get('/api/me/health-records?limit=1');
    expect(first.body.visits).toHaveLength(1);
    const second = await holder.client.get(`/api/me/health-records?limit=1&cursor=${first.body.nextCursor}`);
    expect([...ids(first), ...ids(second)].sort()).toEqual([own.appointmentId, childs.appointmentId].sort());

    expect((await holder.client.get('/api/me/health-records?person=nobody')).status).toBe(400);
    expect((await doctor.client.get('/api/me/health-records')).status).toBe(403);
  });
});
