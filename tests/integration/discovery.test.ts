import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../functions/core/time.ts';
import { ApiClient, type ErrorBody } from '../helpers/api.ts';
import { registerAndSignIn, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

const api = new ApiClient();
const day = (n: number) => addDays(localDate(new Date(), 'Asia/Kolkata'), n);
const names = (res: { body: { doctors: { name: string }[] } }) => res.body.doctors.map((d) => d.name);

describe('finding a doctor', () => {
  it('finds by any word of the name, by prefix, ignoring case', async () => {
    for (const q of ['shar', 'SHAR', 'anita', 'Dr. Anita Sha', 'anita sharma']) {
      const res = await api.get(`/api/doctors?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(names(res), q).toContain('Dr. Anita Sharma');
    }
    expect(names(await api.get('/api/doctors?q=anita%20menon'))).not.toContain('Dr. Anita Sharma');
    expect(names(await api.get('/api/doctors?q=zzzz'))).toEqual([]);
  });

  it('filters by specialty and by a date with free slots, alone or combined with a name', async () => {
    const surname = uniqueWord('Quasar');
    const doctor = await verifiedDoctor({ firstName: 'Lalit', lastName: surname, specialty: 'neurology' });
    await doctor.client.post('/api/doctor/slots', {
      dates: [day(6)],
      startTime: '10:00',
      endTime: '10:30',
      durationMinutes: 30,
    });

    const bySpecialty = await api.get('/api/doctors?specialty=neurology&limit=50');
    expect(names(bySpecialty)).toContain(`Dr. Lalit ${surname}`);
    expect(bySpecialty.body.doctors.every((d: { specialty: string }) => d.specialty === 'neurology')).toBe(
      true,
    );

    expect(names(await api.get(`/api/doctors?date=${day(6)}&limit=50`))).toContain(`Dr. Lalit ${surname}`);
    expect(names(await api.get(`/api/doctors?q=${surname}&date=${day(6)}`))).toEqual([
      `Dr. Lalit ${surname}`,
    ]);
    expect(names(await api.get(`/api/doctors?q=${surname}&date=${day(8)}`))).toEqual([]);
    expect(names(await api.get(`/api/doctors?q=${surname}&specialty=cardiology`))).toEqual([]);
  });

  it('never lists an unverified doctor, even with free slots', async () => {
    const doctor = await registerAndSignIn('doctor', {
      firstName: 'Pending',
      lastName: uniqueWord('Nebula'),
    });
    const res = await api.get('/api/doctors?q=pending');
    expect(res.body.doctors.map((d: { id: string }) => d.id)).not.toContain(doctor.userId);
    expect((await api.get(`/api/doctors/${doctor.userId}`)).status).toBe(404);
    expect(
      (
        await doctor.client.post('/api/doctor/slots', {
          dates: [day(2)],
          startTime: '10:00',
          endTime: '10:30',
          durationMinutes: 30,
        })
      ).status,
    ).toBe(201);
    expect(
      (await api.get(`/api/doctors?date=${day(2)}&limit=50`)).body.doctors.map((d: { id: string }) => d.id),
    ).not.toContain(doctor.userId);
  });

  it('pages through results with a cursor, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { doctors: { id: string }[]; nextCursor: string | null } } =
        await api.get(`/api/doctors?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.doctors.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.doctors.map((d) => d.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);

    const named: string[] = [];
    const first = await api.get('/api/doctors?q=a&limit=2');
    named.push(...first.body.doctors.map((d: { id: string }) => d.id));
    if (first.body.nextCursor) {
      const second = await api.get(`/api/doctors?q=a&limit=2&cursor=${first.body.nextCursor}`);
      named.push(...second.body.doctors.map((d: { id: string }) => d.id));
    }
    expect(new Set(named).size).toBe(named.length);
  });

  it.each([
    ['/api/doctors?specialty=astrology', 'specialty'],
    ['/api/doctors?date=2026-13-40', 'date'],
    ['/api/doctors?cursor=bm90LWpzb24', 'cursor'],
    ['/api/doctors?limit=1000', 'limit'],
    [`/api/doctors?q=${'x'.repeat(200)}`, 'q'],
    ['/api/doctors?language=T', 'language'],
    ['/api/doctors?language=Tamil%3Cscript%3E', 'language'],
    ['/api/doctors?minFee=-1', 'minFee'],
    ['/api/doctors?minFee=abc', 'minFee'],
    ['/api/doctors?maxFee=12.5', 'maxFee'],
    ['/api/doctors?maxFee=5000001', 'maxFee'],
    ['/api/doctors?minFee=60000&maxFee=50000', 'maxFee'],
    ['/api/doctors?today=yes', 'today'],
    [`/api/doctors?today=true&date=${day(1)}`, 'today'],
    ['/api/doctors?sort=price', 'sort'],
  ])('rejects %s with a 400 naming %s', async (path, field) => {
    const res = await api.get<ErrorBody>(path);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.details ?? {}).join()).toContain(field);
  });

  it('shows a doctor’s profile with only future free slots for the next 7 days', async () => {
    const doctor = await verifiedDoctor({ firstName: 'Meher', lastName: 'Bansal' });
    await doctor.client.post('/api/doctor/slots', {
      dates: [day(1), day(9)],
      startTime: '10:00',
      endTime: '11:00',
      durationMinutes: 30,
    });
    const patient = await registerAndSignIn('patient');
    const mine = await doctor.client.get(`/api/doctor/slots?from=${day(1)}&to=${day(1)}`);
    await patient.client.post('/api/appointments', {
      slotId: mine.body.slots[0].id,
      reason: 'Headaches for two weeks',
    });

    const res = await api.get(`/api/doctors/${doctor.userId}`);
    expect(res.status).toBe(200);
    expect(res.body.doctor).toMatchObject({
      name: 'Dr. Meher Bansal',
      registrationNumber: 'TEST/12345',
      feePaise: 50000,
    });
    expect(res.body.doctor).not.toHaveProperty('email');
    expect(res.body.slots).toHaveLength(1); // day 1: one free (one held), day 9: beyond 7 days
    expect(res.body.slots[0].id).toBe(mine.body.slots[1].id);

    expect((await api.get(`/api/doctors/${randomUUID()}`)).status).toBe(404);
    expect((await api.get('/api/doctors/not-a-uuid')).status).toBe(404);
  });
});
