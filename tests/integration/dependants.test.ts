/**
 * Dependants and who is treated (issue 17, items 2 and 4): a patient keeps family members (name in any
 * script, date of birth, sex, relationship) and books for them; the appointment keeps a snapshot of the
 * person treated, which the doctor sees and the prescription and receipt name, while the account
 * holder pays and consents. Booking for oneself needs a date of birth and sex on the profile and an
 * adult account holder; a refusal writes nothing.
 */
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_DEPENDANTS, TELECONSULTATION_TERMS_VERSION } from '../../functions/contract/api.ts';
import { entities } from '../../functions/core/db/index.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import { currentTwin } from '../helpers/api.ts';
import { confirmedAppointment, daysFromToday } from '../helpers/appointments.ts';
import { type PublishedSlot, publishSlots } from '../helpers/booking-browser.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { readPdf } from '../helpers/pdf.ts';
import { diffItems, scanTable } from '../helpers/table.ts';
import {
  childFeverDraft,
  latestEmailTo,
  prescribingDoctor,
  registerAndSignIn,
  type TestUser,
  verifiedDoctor,
} from '../helpers/users.ts';
import { until } from '../helpers/wait.ts';

const child = { name: 'आरव शर्मा', dateOfBirth: '2019-04-10', sex: 'male', relationship: 'child' } as const;

let doctor: TestUser;
let slots: PublishedSlot[];
beforeAll(async () => {
  doctor = await verifiedDoctor({ firstName: 'Kavita', lastName: 'Bhat' });
  slots = await publishSlots(doctor, [daysFromToday(5)], '08:00', '13:00', 30);
});
const nextSlot = () => {
  const slot = slots.shift();
  if (!slot) throw new Error('The test ran out of slots');
  return slot.id;
};

/** Everything of this user in the table (their profile, family, appointments, holds and counters). */
const itemsOf = async (userId: string) =>
  (await scanTable()).filter((i) => JSON.stringify(i).includes(userId) && i.__edb_e__ !== 'auditEvent');

describe('family members', () => {
  it('adds, lists, edits and removes them; a name in any Indian script', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Priya', lastName: 'Sharma' });
    expect((await patient.client.get('/api/me/dependants')).body.dependants).toEqual([]);

    const added = await patient.client.post('/api/me/dependants', child);
    expect(added.status, added.text).toBe(201);
    expect(added.body.dependant).toMatchObject(child);
    const id = added.body.dependant.id as string;
    const tamil = await patient.client.post('/api/me/dependants', {
      name: 'மீனா',
      dateOfBirth: '1955-01-20',
      sex: 'female',
      relationship: 'parent',
    });
    expect(tamil.status, tamil.text).toBe(201);

    const listed = await patient.client.get('/api/me/dependants');
    expect(listed.body.dependants.map((d: { name: string }) => d.name)).toEqual(['आरव शर्मा', 'மீனா']);

    const edited = await patient.client.patch(`/api/me/dependants/${id}`, { dateOfBirth: '2019-04-11' });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.dependant).toMatchObject({ ...child, dateOfBirth: '2019-04-11' });

    const removed = await patient.client.delete(`/api/me/dependants/${id}`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.deleted).toBe(id);
    expect((await patient.client.get('/api/me/dependants')).body.dependants).toHaveLength(1);
    // Gone is gone: editing or removing it again is a 404.
    expect((await patient.client.patch(`/api/me/dependants/${id}`, { name: 'Aarav' })).status).toBe(404);
    expect((await patient.client.delete(`/api/me/dependants/${id}`)).status).toBe(404);
  });

  it('refuses bad input with the field at fault, and changes nothing', async () => {
    const patient = await registerAndSignIn('patient');
    const before = await itemsOf(patient.userId);
    for (const [body, field] of [
      [{ ...child, name: '' }, 'name'],
      [{ ...child, name: '<script>' }, 'name'],
      [{ ...child, dateOfBirth: '2099-01-01' }, 'dateOfBirth'],
      [{ ...child, dateOfBirth: '2019-02-30' }, 'dateOfBirth'],
      [{ ...child, sex: 'unknown' }, 'sex'],
      [{ ...child, relationship: 'neighbour' }, 'relationship'],
    ] as const) {
      const res = await patient.client.post('/api/me/dependants', body);
      expect(res.status, `${field}: ${res.text}`).toBe(400);
      expect(Object.keys(res.body.error.details)).toContain(field);
    }
    expect(diffItems(before, await itemsOf(patient.userId)).added).toEqual([]);
  });

  it(`keeps at most ${MAX_DEPENDANTS}, also when added at once (409 too_many_dependants)`, async () => {
    const patient = await registerAndSignIn('patient');
    const answers = await Promise.all(
      Array.from({ length: MAX_DEPENDANTS + 3 }, (_, i) =>
        patient.client.post('/api/me/dependants', { ...child, name: `Child ${String.fromCharCode(65 + i)}` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    // Lost races are a 409 too (the count moved under them): never more than the cap, never a 500.
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(MAX_DEPENDANTS);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    while ((await patient.client.get('/api/me/dependants')).body.dependants.length < MAX_DEPENDANTS) {
      expect((await patient.client.post('/api/me/dependants', child)).status).toBe(201);
    }
    const over = await patient.client.post('/api/me/dependants', child);
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'too_many_dependants', params: { max: MAX_DEPENDANTS } });
    expect((await patient.client.get('/api/me/dependants')).body.dependants).toHaveLength(MAX_DEPENDANTS);
    // Removing one makes room again.
    const first = (await patient.client.get('/api/me/dependants')).body.dependants[0].id;
    expect((await patient.client.delete(`/api/me/dependants/${first}`)).status).toBe(200);
    expect((await patient.client.post('/api/me/dependants', child)).status).toBe(201);
  });
});

describe('booking for a family member', () => {
  it('stores who is treated; the holder pays and consents; both parties see the child; removing the child keeps the record', async () => {
    const holder = await registerAndSignIn('patient', { firstName: 'Neha', lastName: 'Kapoor' });
    const { body } = await holder.client.post('/api/me/dependants', child);
    const dependantId = body.dependant.id as string;

    const booked = await holder.client.post('/api/appointments', {
      slotId: nextSlot(),
      reason: 'Fever since yesterday',
      dependantId,
      consent: { termsVersion: TELECONSULTATION_TERMS_VERSION },
    });
    expect(booked.status, booked.text).toBe(201);
    const id = booked.body.appointment.id as string;
    expect(booked.body.appointment).toMatchObject({
      patient: { id: holder.userId, name: 'Neha Kapoor' },
      treated: { name: child.name, dateOfBirth: child.dateOfBirth, sex: 'male', relationship: 'child' },
    });
    const { data: stored } = await entities().appointment.get({ appointmentId: id }).go();
    expect(stored).toMatchObject({ patientId: holder.userId, dependantId, treatedName: child.name });
    // The account holder consented, explicitly.
    const consents = (await entities().consent.query.byAppointment({ appointmentId: id }).go()).data;
    expect(consents).toMatchObject([{ userId: holder.userId, basis: 'explicit', kind: 'teleconsultation' }]);

    // The doctor sees the child: on the appointment and in their list.
    const seen = await doctor.client.get(`/api/appointments/${id}`);
    expect(seen.body.appointment.treated).toEqual({
      name: child.name,
      dateOfBirth: child.dateOfBirth,
      sex: 'male',
      relationship: 'child',
    });
    const list = await doctor.client.get('/api/appointments?scope=upcoming');
    const row = list.body.appointments.find((a: { id: string }) => a.id === id);
    expect(row.treated.name).toBe(child.name);

    // The holder pays; the receipt is billed to them, for the child.
    const paid = await payAndVerify(holder, id);
    expect(paid.receipt).toMatchObject({ patientName: 'Neha Kapoor', treatedName: child.name });
    const pdf = await holder.client.get(`/api/receipts/${id}/pdf`);
    expect(pdf.status).toBe(200);
    expect((await readPdf(pdf.bytes)).texts).toContain(`Neha Kapoor, for ${child.name}`);
    // The emails name the child too: both of the doctor's (request, confirmation), and the holder's receipt email.
    await until(
      async () =>
        (await readMailbox(currentTwin().mailboxUrl)).filter(
          (e) => e.destination.to.includes(doctor.email) && e.subject.includes(child.name),
        ).length === 2 || undefined,
      { what: "the doctor's two emails naming the child" },
    );
    const toHolder = await latestEmailTo(holder.email, paid.receipt.receiptNumber);
    expect(toHolder.body.text).toContain(child.name);

    // Removing the child leaves the appointment's record as it was.
    expect((await holder.client.delete(`/api/me/dependants/${dependantId}`)).status).toBe(200);
    const after = await holder.client.get(`/api/appointments/${id}`);
    expect(after.body.appointment.treated).toEqual(seen.body.appointment.treated);
    expect(after.body.appointment.status).toBe('CONFIRMED');
  });

  it("a stranger's family member is a 404 (as for any id that is not yours), and nothing is written", async () => {
    const owner = await registerAndSignIn('patient');
    const stranger = await registerAndSignIn('patient');
    const { body } = await owner.client.post('/api/me/dependants', child);
    const slotId = nextSlot();
    const before = await itemsOf(stranger.userId);
    for (const dependantId of [body.dependant.id, ulid()]) {
      const res = await stranger.client.post('/api/appointments', {
        slotId,
        reason: 'Not my child',
        dependantId,
      });
      expect(res.status, res.text).toBe(404);
      expect(res.body.error.message).toBe('That family member was not found.');
      expect(res.text).not.toContain(child.name);
    }
    expect(diffItems(before, await itemsOf(stranger.userId))).toMatchObject({ added: [], changed: [] });
    // The slot is still free for anyone.
    expect(
      (
        await owner.client.post('/api/appointments', {
          slotId,
          reason: 'My child',
          dependantId: body.dependant.id,
        })
      ).status,
    ).toBe(201);
  });
});

describe('who the patient is, when booking for oneself', () => {
  it('refuses a booking without date of birth or sex (422 patient_details_required) and writes nothing', async () => {
    const patient = await registerAndSignIn('patient', { details: null });
    const slotId = nextSlot();
    const before = await itemsOf(patient.userId);
    const none = await patient.client.post('/api/appointments', { slotId, reason: 'Headache' });
    expect(none.status, none.text).toBe(422);
    expect(none.body.error.code).toBe('patient_details_required');
    expect(Object.keys(none.body.error.details).sort()).toEqual(['dateOfBirth', 'sex']);

    expect((await patient.client.patch('/api/me', { dateOfBirth: '1985-09-09' })).status).toBe(200);
    const noSex = await patient.client.post('/api/appointments', { slotId, reason: 'Headache' });
    expect(noSex.status).toBe(422);
    expect(Object.keys(noSex.body.error.details)).toEqual(['sex']);
    const after = await itemsOf(patient.userId);
    const diff = diffItems(before, after);
    expect(diff.added).toEqual([]);
    // Only the profile changed (the date of birth saved above); no appointment, hold or counter.
    expect(diff.changed.map((c) => c.after.__edb_e__)).toEqual(['user']);

    // With both (as the booking form saves them), the same slot books, and the snapshot has them.
    const saved = await patient.client.patch('/api/me', { sex: 'other' });
    expect(saved.body.user).toMatchObject({ dateOfBirth: '1985-09-09', sex: 'other' });
    const ok = await patient.client.post('/api/appointments', { slotId, reason: 'Headache' });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.appointment.treated).toMatchObject({
      dateOfBirth: '1985-09-09',
      sex: 'other',
      relationship: 'self',
    });
  });

  it('an account holder under 18 cannot book for themself (422 patient_under_18), nothing written; an adult books them as a dependant', async () => {
    const minor = await registerAndSignIn('patient', {
      details: { dateOfBirth: daysAgoYears(17), sex: 'female' },
    });
    const slotId = nextSlot();
    const before = await itemsOf(minor.userId);
    const res = await minor.client.post('/api/appointments', { slotId, reason: 'Sore throat' });
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.code).toBe('patient_under_18');
    expect(diffItems(before, await itemsOf(minor.userId))).toMatchObject({ added: [], changed: [] });

    const parent = await registerAndSignIn('patient');
    const { body } = await parent.client.post('/api/me/dependants', {
      name: 'Ira Menon',
      dateOfBirth: daysAgoYears(17),
      sex: 'female',
      relationship: 'child',
    });
    const booked = await parent.client.post('/api/appointments', {
      slotId,
      reason: 'Sore throat',
      dependantId: body.dependant.id,
    });
    expect(booked.status, booked.text).toBe(201);
  });
});

/** A date of birth `years` years ago, give or take a few days (so the age is exactly that). */
function daysAgoYears(years: number) {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 30);
  return d.toISOString().slice(0, 10);
}

describe('the prescription names the person treated', () => {
  it("with the child's name, age and sex, and the child's own first-consultation status", async () => {
    const holder = await registerAndSignIn('patient', { firstName: 'Arjun', lastName: 'Das' });
    const { body } = await holder.client.post('/api/me/dependants', child);
    const booked = await confirmedAppointment(5, {}, { patient: holder, dependantId: body.dependant.id });
    await prescribingDoctor(booked.doctor);
    const path = `/api/appointments/${booked.appointmentId}/prescriptions`;
    const drafted = await booked.doctor.client.put(`${path}/draft`, childFeverDraft);
    expect(drafted.status, drafted.text).toBe(200);
    const issued = await booked.doctor.client.post(`${path}/issue`, { password: booked.doctor.password });
    expect(issued.status, issued.text).toBe(200);
    const p = issued.body.prescription;
    expect(p.patient).toMatchObject({ name: child.name, sex: 'male' });
    const years = Math.floor(p.patient.ageMonths / 12);
    expect(years).toBeGreaterThanOrEqual(6);
    expect(years).toBeLessThanOrEqual(8);
    expect(p.consultation).toBe('first');
    const pdf = await holder.client.get(`${path}/${p.version}/pdf`);
    expect(pdf.status).toBe(200);
    expect((await readPdf(pdf.bytes)).texts.join(' ')).toContain(child.name);
  });
});
