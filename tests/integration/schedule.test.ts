/**
 * A doctor's weekly schedule (issue 19, part 7): validation, publishing on the rolling window,
 * overlaps skipped and named in the doctor's local time, idempotent re-publishing, leave days, and the
 * daily extension (the sweeper's once-a-day run, called here with the clock moved on).
 */
import { describe, expect, it } from 'vitest';
import { extendSchedule, extendSchedulesDaily } from '../../functions/appointments/schedule.ts';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate, zonedTimeToUtc } from '../../functions/core/time.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { registerAndSignIn, verifiedDoctor } from '../helpers/users.ts';

const IST = 'Asia/Kolkata';
const day = (n: number, tz = IST) => addDays(localDate(new Date(), tz), n);
const everyDay = (start: string, end: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));
/** How many of these wall times today, in the zone, are still ahead (publishing leaves out the past). */
const aheadToday = (times: string[], tz = IST) =>
  times.filter((t) => zonedTimeToUtc(day(0, tz), t, tz).getTime() > Date.now()).length;

type Doctor = Awaited<ReturnType<typeof verifiedDoctor>>;
const slotsOn = async (doctor: Doctor, from: string, to = from) =>
  (await doctor.client.get(`/api/doctor/slots?from=${from}&to=${to}`)).body.slots as {
    startAt: string;
    endAt: string;
    localDate: string;
    status: string;
  }[];

describe('a doctor’s weekly schedule', () => {
  it('publishes 28 days at once, skips and names the overlaps in local time, and re-publishes idempotently', async () => {
    const doctor = await verifiedDoctor();
    expect((await doctor.client.get('/api/doctor/schedule')).body).toEqual({
      schedule: null,
      publishDays: 28,
    });
    // A one-off slot already there, 10:15–10:45 on day 2: both 30-minute schedule slots of 10–11 touch it.
    const oneOff = await doctor.client.post('/api/doctor/slots', {
      dates: [day(2)],
      startTime: '10:15',
      endTime: '10:45',
      durationMinutes: 30,
    });
    expect(oneOff.status, oneOff.text).toBe(201);

    const body = { slotMinutes: 30, windows: everyDay('10:00', '11:00'), breaks: [], leaveDates: [day(3)] };
    const saved = await doctor.client.put('/api/doctor/schedule', body);
    expect(saved.status, saved.text).toBe(200);
    // Days 0..27, two slots a day, none on the leave day, two skipped on day 2.
    const expected = aheadToday(['10:00', '10:30']) + 27 * 2 - 2 - 2;
    expect(saved.body.published).toMatchObject({
      from: day(0),
      to: day(27),
      timeZone: IST,
      created: expected,
      alreadyPublished: 0,
      skippedCount: 2,
      removedOnLeave: 0,
      withdrawn: 0,
    });
    expect(saved.body.published.skipped).toEqual([
      expect.objectContaining({ localDate: day(2), localStart: '10:00', localEnd: '10:30' }),
      expect.objectContaining({ localDate: day(2), localStart: '10:30', localEnd: '11:00' }),
    ]);
    expect(saved.body.schedule).toMatchObject({ ...body, timeZone: IST, publishedThrough: day(27) });
    expect(await slotsOn(doctor, day(3))).toEqual([]);
    expect((await slotsOn(doctor, day(2))).map((s) => s.startAt)).toEqual([`${day(2)}T04:45:00.000Z`]);
    expect((await slotsOn(doctor, day(27))).map((s) => s.startAt)).toEqual([
      `${day(27)}T04:30:00.000Z`,
      `${day(27)}T05:00:00.000Z`,
    ]);
    expect(await slotsOn(doctor, day(28))).toEqual([]);

    // The same schedule again: nothing new, everything counted as already there, the overlap still named.
    const again = await doctor.client.put('/api/doctor/schedule', body);
    expect(again.status).toBe(200);
    expect(again.body.published).toMatchObject({ created: 0, alreadyPublished: expected, skippedCount: 2 });
    expect(await slotsOn(doctor, day(0), day(27))).toHaveLength(expected + 1);
    expect((await doctor.client.get('/api/doctor/schedule')).body.schedule).toMatchObject(body);
  });

  it('leaves breaks out, honours several windows a day, and takes free slots down on a new leave day', async () => {
    const doctor = await verifiedDoctor();
    const patient = await registerAndSignIn('patient');
    const body = {
      slotMinutes: 20,
      windows: [...everyDay('09:00', '11:00'), ...everyDay('17:00', '18:00')],
      breaks: [{ start: '10:00', end: '10:20' }],
      leaveDates: [],
    };
    expect((await doctor.client.put('/api/doctor/schedule', body)).status).toBe(200);
    const times = (await slotsOn(doctor, day(4))).map((s) =>
      new Date(s.startAt).toLocaleTimeString('en-GB', { timeZone: IST, hour: '2-digit', minute: '2-digit' }),
    );
    expect(times).toEqual(['09:00', '09:20', '09:40', '10:20', '10:40', '17:00', '17:20', '17:40']);

    // Day 4 becomes a leave day after one slot was booked: the free ones go, the booked one stays.
    const [first] = (await doctor.client.get(`/api/doctor/slots?from=${day(4)}&to=${day(4)}`)).body.slots;
    expect(
      (await patient.client.post('/api/appointments', { slotId: first.id, reason: 'Cough for a week' }))
        .status,
    ).toBe(201);
    const onLeave = await doctor.client.put('/api/doctor/schedule', { ...body, leaveDates: [day(4)] });
    expect(onLeave.status, onLeave.text).toBe(200);
    expect(onLeave.body.published.removedOnLeave).toBe(7);
    expect((await slotsOn(doctor, day(4))).map((s) => s.status)).toEqual(['held']);
  });

  it('withdraws the free slots of the old hours a new schedule no longer covers, keeping booked and one-off ones', async () => {
    const doctor = await verifiedDoctor();
    const patient = await registerAndSignIn('patient');
    const body = { slotMinutes: 30, windows: everyDay('10:00', '11:00'), breaks: [], leaveDates: [] };
    expect((await doctor.client.put('/api/doctor/schedule', body)).status).toBe(200);
    const oneOff = await doctor.client.post('/api/doctor/slots', {
      dates: [day(2)],
      startTime: '15:00',
      endTime: '15:30',
      durationMinutes: 30,
    });
    expect(oneOff.status, oneOff.text).toBe(201);
    const [booked] = await slotsOn(doctor, day(3));
    const slotId = (await doctor.client.get(`/api/doctor/slots?from=${day(3)}&to=${day(3)}`)).body.slots[0]
      .id;
    expect(booked?.startAt).toBe(`${day(3)}T04:30:00.000Z`);
    const booking = await patient.client.post('/api/appointments', { slotId, reason: 'Back pain' });
    expect(booking.status, booking.text).toBe(201);

    // The hours move half an hour later: every free 10:00 slot goes, 10:30 stays, 11:00 is new.
    const moved = await doctor.client.put('/api/doctor/schedule', {
      ...body,
      windows: everyDay('10:30', '11:30'),
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.published).toMatchObject({
      withdrawn: aheadToday(['10:00']) + 27 - 1,
      alreadyPublished: aheadToday(['10:30']) + 27,
      created: aheadToday(['11:00']) + 27,
      skippedCount: 0,
    });
    const local = async (d: string) =>
      (await slotsOn(doctor, d)).map((s) => [
        new Date(s.startAt).toLocaleTimeString('en-GB', {
          timeZone: IST,
          hour: '2-digit',
          minute: '2-digit',
        }),
        s.status,
      ]);
    expect(await local(day(3))).toEqual([
      ['10:00', 'held'],
      ['10:30', 'free'],
      ['11:00', 'free'],
    ]);
    expect(await local(day(2))).toEqual([
      ['10:30', 'free'],
      ['11:00', 'free'],
      ['15:00', 'free'],
    ]);
    // Saving the same hours again withdraws nothing.
    const same = await doctor.client.put('/api/doctor/schedule', {
      ...body,
      windows: everyDay('10:30', '11:30'),
    });
    expect(same.body.published).toMatchObject({ withdrawn: 0, created: 0 });
  });

  it('moves the window on once a day, publishing only the new days', async () => {
    const doctor = await verifiedDoctor();
    const saved = await doctor.client.put('/api/doctor/schedule', {
      slotMinutes: 30,
      windows: everyDay('12:00', '13:00'),
      breaks: [],
      leaveDates: [],
    });
    expect(saved.status).toBe(200);
    // A slot the doctor took down inside the window stays down when the window moves on.
    const [gone] = (await doctor.client.get(`/api/doctor/slots?from=${day(5)}&to=${day(5)}`)).body.slots;
    expect((await doctor.client.delete(`/api/doctor/slots/${gone.id}`)).status).toBe(200);

    // The run for one schedule (extendSchedules runs it for every schedule; other tests' doctors
    // share this table, so the test moves only its own doctor's clock on).
    const twoDaysOn = new Date(Date.now() + 2 * 86_400_000);
    const item = async () => (await entities().schedule.get({ doctorId: doctor.userId }).go()).data!;
    const run = await extendSchedule(await item(), twoDaysOn);
    expect(run).toMatchObject({ from: day(28), to: day(29), created: 4, skippedCount: 0 });
    expect(await slotsOn(doctor, day(28), day(29))).toHaveLength(4);
    expect(await slotsOn(doctor, day(5))).toHaveLength(1);
    expect((await doctor.client.get('/api/doctor/schedule')).body.schedule.publishedThrough).toBe(day(29));
    // Again the same day: nothing to add.
    expect(await extendSchedule(await item(), twoDaysOn)).toBeNull();
    expect(await slotsOn(doctor, day(0), day(29))).toHaveLength(aheadToday(['12:00', '12:30']) + 29 * 2 - 1);
  });

  it('runs the extension once a UTC day from the every-minute sweeper', async () => {
    const runs: Date[] = [];
    const run = async (now: Date) => {
      runs.push(now);
      return { schedules: 1, extended: 1, created: 2, failed: 0 };
    };
    // A day of its own far ahead, so no other run (nor the twin's sweeper) has claimed it.
    const day0 = new Date(Date.UTC(2100 + Math.floor(Math.random() * 800), 0, 1, 0, 1));
    expect(await extendSchedulesDaily(day0, run)).toMatchObject({ extended: 1 });
    expect(await extendSchedulesDaily(new Date(day0.getTime() + 23 * 3_600_000), run)).toEqual({
      schedules: 0,
      extended: 0,
      created: 0,
      failed: 0,
    });
    await extendSchedulesDaily(new Date(day0.getTime() + 24 * 3_600_000), run);
    expect(runs).toHaveLength(2);
  });

  it.each([
    [
      'overlapping hours on one day',
      {
        windows: [
          { weekday: 1, start: '09:00', end: '11:00' },
          { weekday: 1, start: '10:30', end: '12:00' },
        ],
      },
      'windows.1.start',
    ],
    [
      'hours that end before they start',
      { windows: [{ weekday: 2, start: '13:00', end: '10:00' }] },
      'windows.0.end',
    ],
    [
      'hours shorter than a slot',
      { windows: [{ weekday: 2, start: '10:00', end: '10:20' }] },
      'windows.0.end',
    ],
    ['a bad time', { windows: [{ weekday: 3, start: '25:00', end: '26:00' }] }, 'windows.0.start'],
    ['a weekday 8', { windows: [{ weekday: 8, start: '09:00', end: '10:00' }] }, 'windows.0.weekday'],
    ['no hours at all', { windows: [] }, 'windows'],
    ['a 45-minute slot', { slotMinutes: 45 }, 'slotMinutes'],
    ['a break that ends before it starts', { breaks: [{ start: '14:00', end: '13:00' }] }, 'breaks.0.end'],
    ['an impossible leave day', { leaveDates: ['2026-02-30'] }, 'leaveDates.0'],
    ['a made-up zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
  ])('refuses %s with a 400 naming the field, and saves nothing', async (_label, change, field) => {
    const doctor = await verifiedDoctor();
    const res = await doctor.client.put<ErrorBody>('/api/doctor/schedule', {
      slotMinutes: 30,
      windows: everyDay('09:00', '10:00'),
      breaks: [],
      leaveDates: [],
      ...change,
    });
    expect(res.status, res.text).toBe(400);
    expect(Object.keys(res.body.error.details ?? {})).toContain(field);
    expect((await doctor.client.get('/api/doctor/schedule')).body.schedule).toBeNull();
    expect(await slotsOn(doctor, day(0), day(13))).toEqual([]);
  });

  it('is the doctor’s own: patients are refused, and no doctor sees another’s', async () => {
    const doctor = await verifiedDoctor();
    const other = await verifiedDoctor();
    const patient = await registerAndSignIn('patient');
    expect(
      (
        await doctor.client.put('/api/doctor/schedule', {
          slotMinutes: 15,
          windows: [{ weekday: 6, start: '08:00', end: '09:00' }],
          breaks: [],
          leaveDates: [],
        })
      ).status,
    ).toBe(200);
    expect((await other.client.get('/api/doctor/schedule')).body.schedule).toBeNull();
    expect((await patient.client.get('/api/doctor/schedule')).status).toBe(403);
    expect((await patient.client.put('/api/doctor/schedule', {})).status).toBe(403);
  });
});
