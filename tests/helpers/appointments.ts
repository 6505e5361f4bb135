/** Appointments in the states tests need, made through the real API (booking, simulated payment). */
import { expect } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate, localTime } from '../../functions/core/time.ts';
import { payAndVerify } from './payments.ts';
import { registerAndSignIn, type TestUser, verifiedDoctor } from './users.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const plusMinutes = (time: string, minutes: number) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
};

/** A zone where `instant` is well inside the local day, so a short slot never crosses midnight. */
export function zoneAwayFromMidnight(instant: Date): string {
  return ['Asia/Kolkata', 'Europe/London', 'America/New_York', 'Asia/Tokyo'].find((zone) => {
    const t = localTime(instant, zone);
    return t >= '01:00' && t <= '22:00';
  })!;
}

export interface Booked {
  doctor: TestUser;
  patient: TestUser;
  appointmentId: string;
  startAt: string;
}

/**
 * A doctor's slot `minutesFromNow` ahead (30 min long), held by a patient: new ones, unless `people`
 * names them (the doctor's other slots must not overlap this one).
 */
export async function bookedAppointment(
  minutesFromNow: number,
  names: { doctor?: string; patient?: string } = {},
  people: { doctor?: TestUser; patient?: TestUser; dependantId?: string } = {},
): Promise<Booked> {
  const start = new Date(Math.ceil((Date.now() + minutesFromNow * 60_000) / 60_000) * 60_000);
  const timeZone = zoneAwayFromMidnight(start);
  const doctor =
    people.doctor ??
    (await verifiedDoctor({ firstName: names.doctor ?? 'Rhea', lastName: 'Menon', timeZone }));
  const startTime = localTime(start, timeZone);
  const created = await doctor.client.post('/api/doctor/slots', {
    dates: [localDate(start, timeZone)],
    startTime,
    endTime: plusMinutes(startTime, 30),
    durationMinutes: 30,
    timeZone,
  });
  expect(created.status, created.text).toBe(201);
  const patient =
    people.patient ??
    (await registerAndSignIn('patient', {
      firstName: names.patient ?? 'Arjun',
      lastName: 'Das',
    }));
  const appointment = await holdSlot(patient, created.body.slots[0].id, undefined, people.dependantId);
  return { doctor, patient, appointmentId: appointment.id, startAt: appointment.startAt };
}

/** The patient books the slot (a REQUESTED hold); returns the appointment as the API shows it. */
export async function holdSlot(
  patient: TestUser,
  slotId: string,
  reason = 'Follow-up consultation',
  dependantId?: string,
) {
  const booked = await patient.client.post('/api/appointments', {
    slotId,
    reason,
    ...(dependantId ? { dependantId } : {}),
  });
  expect(booked.status, booked.text).toBe(201);
  return booked.body.appointment as { id: string; startAt: string; status: string };
}

/** Booked and paid: CONFIRMED, and (for small `minutesFromNow`) inside the join window. */
export async function confirmedAppointment(
  minutesFromNow = 5,
  names?: { doctor?: string; patient?: string },
  people?: { doctor?: TestUser; patient?: TestUser; dependantId?: string },
): Promise<Booked> {
  const booked = await bookedAppointment(minutesFromNow, names, people);
  await payAndVerify(booked.patient, booked.appointmentId);
  return booked;
}

export const daysFromToday = (n: number) => addDays(localDate(new Date(), 'Asia/Kolkata'), n);

/** A new verified doctor (Dr. Ira Kapoor, ₹600) with `count` free 30-minute slots on one day (India time). */
export async function doctorWithSlots(count = 2, dayOffset = 3, startTime = '10:00') {
  const doctor = await verifiedDoctor({ firstName: 'Ira', lastName: 'Kapoor', feeRupees: 600 });
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  const endTime = plusMinutes(`${pad(h)}:${pad(m)}`, count * 30);
  const res = await doctor.client.post('/api/doctor/slots', {
    dates: [daysFromToday(dayOffset)],
    startTime,
    endTime,
    durationMinutes: 30,
  });
  expect(res.status, res.text).toBe(201);
  return { doctor, slots: res.body.slots as { id: string; startAt: string }[] };
}

/**
 * The consultation took place: completed by the doctor's own domain function with the clock a minute
 * past its start, then reviewed by the patient (a pending testimonial). Returns the testimonial's id.
 */
export async function completeAndReview(booked: Booked, content: string): Promise<string> {
  const { data: item } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
  await updateByDoctor(item!, { status: 'COMPLETED' }, new Date(Date.parse(booked.startAt) + 60_000));
  const reviewed = await booked.patient.client.post('/api/testimonials', {
    appointmentId: booked.appointmentId,
    rating: 5,
    content,
  });
  expect(reviewed.status, reviewed.text).toBe(201);
  return reviewed.body.testimonial.id;
}
