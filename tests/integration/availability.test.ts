import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../functions/core/time.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { registerAndSignIn, verifiedDoctor } from '../helpers/users.ts';

const day = (n: number, tz = 'Asia/Kolkata') => addDays(localDate(new Date(), tz), n);

describe('a doctor publishing availability', () => {
  it('publishes a week of 30-minute slots and sees them grouped by date, all free', async () => {
    const doctor = await verifiedDoctor();
    const dates = [1, 2, 3, 4, 5, 6, 7].map((n) => day(n));
    const res = await doctor.client.post('/api/doctor/slots', {
      dates,
      startTime: '09:00',
      endTime: '12:00',
      durationMinutes: 30,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.created).toBe(42);
    // 09:00 India time is 03:30 UTC.
    expect(res.body.slots[0]).toMatchObject({
      localDate: dates[0],
      startAt: `${dates[0]}T03:30:00.000Z`,
      endAt: `${dates[0]}T04:00:00.000Z`,
    });

    const listed = await doctor.client.get(`/api/doctor/slots?from=${dates[0]}&to=${dates[6]}`);
    expect(listed.status).toBe(200);
    expect(listed.body.slots).toHaveLength(42);
    expect(new Set(listed.body.slots.map((s: { localDate: string }) => s.localDate))).toEqual(new Set(dates));
    expect(listed.body.slots.every((s: { status: string }) => s.status === 'free')).toBe(true);
  });

  it('skips slots that overlap existing ones (not just equal starts), names them in local time, and saves the rest', async () => {
    const doctor = await verifiedDoctor();
    const date = day(2);
    expect(
      (
        await doctor.client.post('/api/doctor/slots', {
          dates: [date],
          startTime: '10:00',
          endTime: '11:00',
          durationMinutes: 30,
        })
      ).status,
    ).toBe(201);
    // Every slot of these overlaps on `date` and none of them on the day after.
    for (const [startTime, endTime, durationMinutes, skipped, n] of [
      ['10:15', '10:45', 30, [['10:15', '10:45']], 3],
      ['09:30', '10:30', 60, [['09:30', '10:30']], 4],
      ['10:45', '11:05', 20, [['10:45', '11:05']], 5],
    ] as const) {
      const res = await doctor.client.post('/api/doctor/slots', {
        dates: [date, day(n)],
        startTime,
        endTime,
        durationMinutes,
      });
      expect(res.status, `${startTime}-${endTime}`).toBe(201);
      expect(res.body.created).toBe(1);
      expect(res.body.slots.map((s: { localDate: string }) => s.localDate)).toEqual([day(n)]);
      expect(res.body.skippedCount).toBe(1);
      expect(
        res.body.skipped.map((s: { localDate: string; localStart: string; localEnd: string }) => [
          s.localDate,
          s.localStart,
          s.localEnd,
        ]),
      ).toEqual(skipped.map(([a, b]) => [date, a, b]));
    }
    expect((await doctor.client.get(`/api/doctor/slots?from=${date}&to=${date}`)).body.slots).toHaveLength(2);
    // All of it overlapping: nothing new, a 200 that still names every one.
    const none = await doctor.client.post('/api/doctor/slots', {
      dates: [date],
      startTime: '10:00',
      endTime: '11:00',
      durationMinutes: 30,
    });
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ created: 0, skippedCount: 2, timeZone: 'Asia/Kolkata' });
    // Adjacent is fine.
    expect(
      (
        await doctor.client.post('/api/doctor/slots', {
          dates: [date],
          startTime: '11:00',
          endTime: '11:30',
          durationMinutes: 30,
        })
      ).body.created,
    ).toBe(1);
  });

  it('never lets two concurrent overlapping requests both write the same time', async () => {
    const doctor = await verifiedDoctor();
    const date = day(4);
    const results = await Promise.all([
      doctor.client.post('/api/doctor/slots', {
        dates: [date],
        startTime: '14:00',
        endTime: '16:00',
        durationMinutes: 30,
      }),
      doctor.client.post('/api/doctor/slots', {
        dates: [date],
        startTime: '14:10',
        endTime: '16:10',
        durationMinutes: 60,
      }),
    ]);
    // Whichever wins writes all of its slots; the other, serialised behind it on the day's version,
    // sees them and skips every one of its own (each of its slots overlaps one of the winner's).
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    const loser = results.find((r) => r.status === 200)!;
    expect(loser.body.created).toBe(0);
    expect(loser.body.skippedCount).toBeGreaterThan(0);
    const listed = await doctor.client.get(`/api/doctor/slots?from=${date}&to=${date}`);
    const slots = listed.body.slots as { startAt: string; endAt: string }[];
    for (const a of slots)
      for (const b of slots) if (a !== b) expect(a.startAt < b.endAt && b.startAt < a.endAt).toBe(false);
  });

  it.each([
    [
      'a past date',
      { dates: ['2020-01-01'], startTime: '09:00', endTime: '10:00', durationMinutes: 30 },
      'dates',
    ],
    [
      'an end before the start',
      { dates: ['DAY1'], startTime: '11:00', endTime: '10:00', durationMinutes: 30 },
      'endTime',
    ],
    [
      'an unsupported length',
      { dates: ['DAY1'], startTime: '09:00', endTime: '10:00', durationMinutes: 25 },
      'durationMinutes',
    ],
    [
      'a range shorter than one slot',
      { dates: ['DAY1'], startTime: '09:00', endTime: '09:20', durationMinutes: 30 },
      'endTime',
    ],
    ['a bad time', { dates: ['DAY1'], startTime: '9am', endTime: '10:00', durationMinutes: 30 }, 'startTime'],
    [
      'an impossible date',
      { dates: ['2026-02-30'], startTime: '09:00', endTime: '10:00', durationMinutes: 30 },
      'dates.0',
    ],
    [
      'a made-up time zone',
      {
        dates: ['DAY1'],
        startTime: '09:00',
        endTime: '10:00',
        durationMinutes: 30,
        timeZone: 'Mars/Olympus',
      },
      'timeZone',
    ],
  ])('rejects %s with a 400 naming the field', async (_label, body, field) => {
    const doctor = await verifiedDoctor();
    const payload = { ...body, dates: body.dates.map((d) => (d === 'DAY1' ? day(1) : d)) };
    const res = await doctor.client.post<ErrorBody>('/api/doctor/slots', payload);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.details ?? {})).toContain(field);
    expect(
      (await doctor.client.get(`/api/doctor/slots?from=${day(0)}&to=${day(10)}`)).body.slots,
    ).toHaveLength(0);
  });

  it('stores UTC instants with the doctor’s own zone (a doctor in New York)', async () => {
    const doctor = await verifiedDoctor({ timeZone: 'America/New_York' });
    const date = day(3, 'America/New_York');
    const res = await doctor.client.post('/api/doctor/slots', {
      dates: [date],
      startTime: '09:00',
      endTime: '09:30',
      durationMinutes: 30,
    });
    expect(res.status, res.text).toBe(201);
    const slot = res.body.slots[0];
    const offsetHours = (Date.parse(`${date}T09:00:00Z`) - Date.parse(slot.startAt)) / -3_600_000;
    expect([4, 5]).toContain(offsetHours); // EDT or EST
    const listed = await doctor.client.get(`/api/doctor/slots?from=${date}&to=${date}`);
    expect(listed.body.timeZone).toBe('America/New_York');
    expect(listed.body.slots[0]).toMatchObject({ timeZone: 'America/New_York', localDate: date });
  });

  it('deletes a free slot, refuses to delete a booked one, and hides other doctors’ slots', async () => {
    const doctor = await verifiedDoctor();
    const other = await verifiedDoctor();
    const patient = await registerAndSignIn('patient');
    const created = await doctor.client.post('/api/doctor/slots', {
      dates: [day(5)],
      startTime: '09:00',
      endTime: '10:00',
      durationMinutes: 30,
    });
    const [free, booked] = created.body.slots as { id: string }[];
    expect(
      (
        await patient.client.post('/api/appointments', {
          slotId: booked!.id,
          reason: 'Follow-up on my blood test',
        })
      ).status,
    ).toBe(201);

    expect((await other.client.delete(`/api/doctor/slots/${free!.id}`)).status).toBe(404);
    expect((await doctor.client.delete(`/api/doctor/slots/${booked!.id}`)).status).toBe(409);
    expect((await doctor.client.delete(`/api/doctor/slots/${free!.id}`)).status).toBe(200);
    expect((await doctor.client.delete(`/api/doctor/slots/${free!.id}`)).status).toBe(404);
    expect((await doctor.client.delete('/api/doctor/slots/not-a-slot')).status).toBe(404);
    const left = await doctor.client.get(`/api/doctor/slots?from=${day(5)}&to=${day(5)}`);
    expect(left.body.slots.map((s: { status: string }) => s.status)).toEqual(['held']);
    expect((await patient.client.get('/api/doctor/slots')).status).toBe(403);
  });
});
