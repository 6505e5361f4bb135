/**
 * Search by language, fee range and "available today", sorted by the soonest free slot or by rating,
 * and the next free slot on every card (issue 19). Each test's doctors share a surname of their own,
 * so `q=<surname>` keeps other files' doctors out of the comparisons.
 */
import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate } from '../../functions/core/time.ts';
import { ApiClient } from '../helpers/api.ts';
import { registerAndSignIn, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

const api = new ApiClient();
const day = (n: number) => addDays(localDate(new Date(), 'Asia/Kolkata'), n);

interface Card {
  id: string;
  name: string;
  feePaise: number;
  languages: string[];
  nextFreeAt?: string | null;
}
type Page = { status: number; body: { doctors: Card[]; nextCursor: string | null } };

/** Every page of a search. */
async function all(query: string): Promise<Card[]> {
  const cards: Card[] = [];
  let cursor: string | null = null;
  do {
    const res: Page = await api.get(
      `/api/doctors?${query}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    cards.push(...res.body.doctors);
    cursor = res.body.nextCursor;
  } while (cursor);
  return cards;
}

const ids = (cards: Card[]) => cards.map((c) => c.id);

async function slotsOn(doctor: { client: ApiClient }, date: string, startTime: string, endTime: string) {
  const res = await doctor.client.post('/api/doctor/slots', {
    dates: [date],
    startTime,
    endTime,
    durationMinutes: 30,
  });
  expect(res.status, res.text).toBe(201);
}

describe('search filters', () => {
  it('finds by language exactly the verified doctors who speak it, in any case', async () => {
    const surname = uniqueWord('Iyer');
    const tamil = await verifiedDoctor({
      firstName: 'Kavya',
      lastName: surname,
      languages: ['English', 'Tamil'],
    });
    const both = await verifiedDoctor({
      firstName: 'Arun',
      lastName: surname,
      languages: ['Tamil', 'Telugu'],
    });
    const other = await verifiedDoctor({ firstName: 'Bina', lastName: surname, languages: ['Hindi'] });
    const pending = await registerAndSignIn('doctor', { firstName: 'Chitra', lastName: surname });
    expect(
      (
        await pending.client.patch('/api/me/doctor-profile', {
          specialty: 'general-medicine',
          registrationNumber: 'TEST/1',
          experienceYears: 3,
          feeRupees: 400,
          languages: ['Tamil'],
        })
      ).status,
    ).toBe(200);

    for (const language of ['Tamil', 'tamil', ' TAMIL ']) {
      const found = await all(`q=${surname}&language=${encodeURIComponent(language)}`);
      expect(ids(found).sort(), language).toEqual([tamil.userId, both.userId].sort());
    }
    expect(ids(await all(`q=${surname}&language=Hindi`))).toEqual([other.userId]);
    expect(await all(`q=${surname}&language=Kannada`)).toEqual([]);

    // Across the whole directory: everyone found speaks Tamil, and every listed Tamil speaker is found.
    const found = await all('language=Tamil');
    expect(found.every((d) => d.languages.some((l) => l.toLowerCase() === 'tamil'))).toBe(true);
    expect(ids(found)).toEqual(expect.arrayContaining([tamil.userId, both.userId]));
    expect(ids(found)).not.toContain(pending.userId);

    // The facet follows the profile: dropping Tamil takes the doctor out, adding it back puts them in.
    expect((await both.client.patch('/api/me/doctor-profile', { languages: ['Telugu'] })).status).toBe(200);
    expect(ids(await all(`q=${surname}&language=Tamil`))).toEqual([tamil.userId]);
    expect(ids(await all(`q=${surname}&language=Telugu`))).toEqual([both.userId]);
    expect((await both.client.patch('/api/me/doctor-profile', { languages: ['Tamil'] })).status).toBe(200);
    expect(ids(await all(`q=${surname}&language=Tamil`)).sort()).toEqual([tamil.userId, both.userId].sort());
  });

  it('filters by fee with both bounds inclusive, alone or with a language', async () => {
    const surname = uniqueWord('Fee');
    const cheap = await verifiedDoctor({ firstName: 'Asha', lastName: surname, feeRupees: 300 });
    const mid = await verifiedDoctor({
      firstName: 'Bhanu',
      lastName: surname,
      feeRupees: 450.5,
      languages: ['Tamil'],
    });
    const dear = await verifiedDoctor({ firstName: 'Charu', lastName: surname, feeRupees: 600 });

    const inRange = (min: number, max: number) => all(`q=${surname}&minFee=${min}&maxFee=${max}`);
    expect(ids(await inRange(30000, 60000))).toEqual([cheap.userId, mid.userId, dear.userId]);
    expect(ids(await inRange(30001, 59999))).toEqual([mid.userId]);
    expect(ids(await inRange(45050, 45050))).toEqual([mid.userId]);
    expect(ids(await all(`q=${surname}&minFee=45051`))).toEqual([dear.userId]);
    expect(ids(await all(`q=${surname}&maxFee=30000`))).toEqual([cheap.userId]);
    expect(ids(await all(`q=${surname}&language=Tamil&maxFee=45050`))).toEqual([mid.userId]);
    expect(await all(`q=${surname}&language=Tamil&maxFee=45049`)).toEqual([]);

    // Without a name, the fee alone is answered by the facet index; every card is within the bounds.
    const ranged = await all('minFee=45000&maxFee=46000');
    expect(ids(ranged)).toContain(mid.userId);
    expect(ranged.every((d) => d.feePaise >= 45000 && d.feePaise <= 46000)).toBe(true);

    // A new fee moves the doctor in the index.
    expect((await dear.client.patch('/api/me/doctor-profile', { feeRupees: 200 })).status).toBe(200);
    expect(ids(await all(`q=${surname}&maxFee=30000`))).toEqual([cheap.userId, dear.userId]);
  });

  it('finds doctors with a free slot later today (in Asia/Kolkata), not with a slot only tomorrow', async () => {
    const surname = uniqueWord('Today');
    const today = await verifiedDoctor({ firstName: 'Deepa', lastName: surname });
    const tomorrow = await verifiedDoctor({ firstName: 'Eshan', lastName: surname });
    // 23:00–23:30 IST today: still ahead unless the test runs in its last half hour; then use tomorrow's.
    const late =
      new Date().toLocaleTimeString('en-GB', { timeZone: 'Asia/Kolkata', hour12: false }) < '22:55';
    await slotsOn(today, late ? day(0) : day(1), '23:00', '23:30');
    await slotsOn(tomorrow, day(2), '10:00', '10:30');
    const found = ids(await all(`q=${surname}&today=true`));
    expect(found).toEqual(late ? [today.userId] : []);
    expect(ids(await all(`q=${surname}&today=false`))).toEqual([today.userId, tomorrow.userId]);
  });

  it('sorts by the soonest free slot (none last) and shows each doctor’s next free slot', async () => {
    const surname = uniqueWord('Soon');
    const later = await verifiedDoctor({ firstName: 'Alpa', lastName: surname });
    const sooner = await verifiedDoctor({ firstName: 'Bela', lastName: surname });
    const none = await verifiedDoctor({ firstName: 'Anu', lastName: surname });
    const beyond = await verifiedDoctor({ firstName: 'Aadi', lastName: surname });
    await slotsOn(later, day(4), '09:00', '10:00');
    await slotsOn(sooner, day(2), '15:00', '15:30');
    await slotsOn(sooner, day(3), '09:00', '09:30');
    await slotsOn(beyond, day(9), '09:00', '09:30');

    const sorted = await all(`q=${surname}&sort=soonest`);
    // Without a slot in 7 days, by surname then first name: Aadi, Anu.
    expect(ids(sorted)).toEqual([sooner.userId, later.userId, beyond.userId, none.userId]);
    const next = Object.fromEntries(sorted.map((d) => [d.id, d.nextFreeAt]));
    expect(next[sooner.userId]).toBe(new Date(`${day(2)}T15:00:00+05:30`).toISOString());
    expect(next[later.userId]).toBe(new Date(`${day(4)}T09:00:00+05:30`).toISOString());
    expect(next[none.userId]).toBeNull();
    expect(next[beyond.userId]).toBeNull();

    // The same next slot on an unsorted search (a bounded query per card).
    const byName = await all(`q=${surname}`);
    expect(Object.fromEntries(byName.map((d) => [d.id, d.nextFreeAt]))).toEqual(next);

    // A held slot is not free: booking the sooner doctor's first slot moves them to day 3.
    const patient = await registerAndSignIn('patient');
    const mine = await sooner.client.get(`/api/doctor/slots?from=${day(2)}&to=${day(2)}`);
    const booked = await patient.client.post('/api/appointments', {
      slotId: mine.body.slots[0].id,
      reason: 'Cough for a week',
    });
    expect(booked.status, booked.text).toBe(201);
    const after = await all(`q=${surname}&sort=soonest`);
    expect(after.find((d) => d.id === sooner.userId)?.nextFreeAt).toBe(
      new Date(`${day(3)}T09:00:00+05:30`).toISOString(),
    );
    expect(ids(after)).toEqual([sooner.userId, later.userId, beyond.userId, none.userId]);
  });

  it('sorts by average rating, best first, unrated last', async () => {
    const surname = uniqueWord('Rated');
    const good = await verifiedDoctor({ firstName: 'Gita', lastName: surname });
    const best = await verifiedDoctor({ firstName: 'Hari', lastName: surname });
    const unrated = await verifiedDoctor({ firstName: 'Amit', lastName: surname });
    // The ratings domain keeps these two numbers on the doctor's item; search only reads them.
    const rate = (userId: string, ratingTotal: number, ratingCount: number) =>
      entities().user.patch({ userId }).set({ ratingTotal, ratingCount }).go();
    await rate(good.userId, 8, 2); // 4.0
    await rate(best.userId, 14, 3); // 4.67
    expect(ids(await all(`q=${surname}&sort=rating`))).toEqual([best.userId, good.userId, unrated.userId]);
    // Sorting works without any filter too (the whole directory): the order holds among these three.
    const everyone = ids(await all('sort=rating')).filter((id) =>
      [good.userId, best.userId, unrated.userId].includes(id),
    );
    expect(everyone).toEqual([best.userId, good.userId, unrated.userId]);
  });
});
