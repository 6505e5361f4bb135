/**
 * Ratings of doctors (issue 19): only the patient of a COMPLETED visit rates it, once, and may change it
 * within RATING_EDIT_DAYS; the doctor's `ratingTotal`/`ratingCount` move in the same transaction (exact
 * under concurrent ratings of different visits); comments are public only once approved; the rated
 * doctor replies once; everyone else gets 404.
 */
import { describe, expect, it } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { RATING_EDIT_DAYS } from '../../functions/appointments/ratings.ts';
import { entities } from '../../functions/core/db/index.ts';
import { ApiClient } from '../helpers/api.ts';
import { type Booked, confirmedAppointment } from '../helpers/appointments.ts';
import { newAdmin, registerAndSignIn, type TestUser, verifiedDoctor } from '../helpers/users.ts';

const anyone = new ApiClient();

async function complete(booked: Booked) {
  const { data } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
  await updateByDoctor(data!, { status: 'COMPLETED' }, new Date(Date.parse(booked.startAt) + 60_000));
}

const rate = (b: Booked, body: unknown) =>
  b.patient.client.put(`/api/appointments/${b.appointmentId}/rating`, body);

async function doctorCounters(doctorId: string) {
  const { data } = await entities().user.get({ userId: doctorId }).go();
  return { total: data?.ratingTotal ?? 0, count: data?.ratingCount ?? 0 };
}

async function publicCard(doctorId: string) {
  const res = await anyone.get(`/api/doctors/${doctorId}`);
  expect(res.status, res.text).toBe(200);
  return res.body.doctor as { ratingCount: number; ratingAverage: number | null };
}

describe('rating a visit', () => {
  it('rates only a completed visit, once, and edits it within the window (the total moves by the difference)', async () => {
    const booked = await confirmedAppointment(90, { doctor: 'Rating' });
    const before = await rate(booked, { stars: 4 });
    expect(before.status, before.text).toBe(409);
    expect(before.body.error.code).toBe('not_completed');
    expect(
      (await booked.patient.client.get(`/api/appointments/${booked.appointmentId}/rating`)).body,
    ).toEqual({
      rating: null,
      canRate: false,
    });

    await complete(booked);
    const first = await rate(booked, { stars: 4, comment: '  Listened carefully.  ' });
    expect(first.status, first.text).toBe(200);
    expect(first.body.rating).toMatchObject({
      stars: 4,
      comment: 'Listened carefully.',
      moderation: 'pending',
      editable: true,
    });
    expect(first.body.canRate).toBe(true);
    expect(await doctorCounters(booked.doctor.userId)).toEqual({ total: 4, count: 1 });
    expect(await publicCard(booked.doctor.userId)).toMatchObject({ ratingCount: 1, ratingAverage: 4 });

    // Once per visit: a second PUT edits the same rating (same id), the count stays 1.
    const edited = await rate(booked, { stars: 2 });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.rating).toMatchObject({
      id: first.body.rating.id,
      stars: 2,
      comment: null,
      moderation: 'none',
    });
    expect(await doctorCounters(booked.doctor.userId)).toEqual({ total: 2, count: 1 });

    // Past the window the rating is locked, and nothing changes.
    const old = new Date(Date.now() - (RATING_EDIT_DAYS * 24 + 1) * 3_600_000).toISOString();
    const { data: stored } = await entities().rating.get({ appointmentId: booked.appointmentId }).go();
    const { ratingId, doctorId, moderation, commentedAt } = stored!;
    await entities()
      .rating.patch({ appointmentId: booked.appointmentId })
      .set({ ratedAt: old, ratingId, doctorId, moderation, commentedAt })
      .go();
    const late = await rate(booked, { stars: 5 });
    expect(late.status, late.text).toBe(409);
    expect(late.body.error.code).toBe('rating_locked');
    expect(await doctorCounters(booked.doctor.userId)).toEqual({ total: 2, count: 1 });
    const mine = await booked.patient.client.get(`/api/appointments/${booked.appointmentId}/rating`);
    expect(mine.body).toMatchObject({ canRate: false, rating: { stars: 2, editable: false } });
  });

  it('refuses bad input with 400 and writes nothing; strangers and the doctor get 404', async () => {
    const booked = await confirmedAppointment(150, { doctor: 'Strict' });
    await complete(booked);
    for (const body of [
      {},
      { stars: 0 },
      { stars: 6 },
      { stars: 3.5 },
      { stars: '5' },
      { stars: 3, comment: 'x'.repeat(1001) },
      { stars: 3, extra: 1 },
    ]) {
      const res = await rate(booked, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await doctorCounters(booked.doctor.userId)).toEqual({ total: 0, count: 0 });

    const stranger = await registerAndSignIn('patient');
    const other = await stranger.client.put(`/api/appointments/${booked.appointmentId}/rating`, { stars: 1 });
    expect(other.status).toBe(404);
    expect((await stranger.client.get(`/api/appointments/${booked.appointmentId}/rating`)).status).toBe(404);
    // The doctor is a party, but not the patient: the rating is not theirs to give (their role is refused).
    expect(
      (await booked.doctor.client.put(`/api/appointments/${booked.appointmentId}/rating`, { stars: 5 }))
        .status,
    ).toBe(403);
    expect(await doctorCounters(booked.doctor.userId)).toEqual({ total: 0, count: 0 });
  });

  it('keeps the counters exact when patients of different visits rate the same doctor at once', async () => {
    const doctor = await verifiedDoctor({ firstName: 'Busy', lastName: 'Rated' });
    const visits: Booked[] = [];
    for (let i = 0; i < 6; i++) visits.push(await confirmedAppointment(200 + i * 40, {}, { doctor }));
    await Promise.all(visits.map(complete));
    const stars = [5, 4, 3, 5, 1, 2];
    const results = await Promise.all(visits.map((v, i) => rate(v, { stars: stars[i] })));
    for (const r of results) expect(r.status, r.text).toBe(200);
    expect(await doctorCounters(doctor.userId)).toEqual({ total: 20, count: 6 });
    // And concurrent edits of them: the total moves by exactly the differences.
    const edits = await Promise.all(visits.map((v) => rate(v, { stars: 3 })));
    for (const r of edits) expect(r.status, r.text).toBe(200);
    expect(await doctorCounters(doctor.userId)).toEqual({ total: 18, count: 6 });
    expect(await publicCard(doctor.userId)).toMatchObject({ ratingCount: 6, ratingAverage: 3 });
  });
});

describe('moderation and replies', () => {
  let admin: TestUser;

  it('shows a comment only once approved; the rated doctor replies once; others get 404', async () => {
    admin = await newAdmin();
    const booked = await confirmedAppointment(420, { doctor: 'Moderated' });
    await complete(booked);
    const rated = await rate(booked, { stars: 5, comment: 'Explained everything in Hindi, thank you.' });
    expect(rated.status, rated.text).toBe(200);
    const ratingId: string = rated.body.rating.id;
    const list = () => anyone.get(`/api/doctors/${booked.doctor.userId}/ratings`);
    expect((await list()).body).toEqual({ ratings: [], nextCursor: null });
    // Stars count at once.
    expect(await publicCard(booked.doctor.userId)).toMatchObject({ ratingCount: 1, ratingAverage: 5 });

    // The doctor cannot reply to an unpublished comment.
    expect(
      (await booked.doctor.client.post(`/api/doctor/ratings/${ratingId}/reply`, { text: 'Thank you!' }))
        .status,
    ).toBe(404);

    const queue = await admin.client.get('/api/admin/ratings?limit=100');
    expect(queue.status, queue.text).toBe(200);
    const pending = queue.body.ratings.find((r: { id: string }) => r.id === ratingId);
    expect(pending).toMatchObject({
      stars: 5,
      moderation: 'pending',
      revision: 1,
      doctorId: booked.doctor.userId,
    });

    // The patient edits meanwhile: the admin's decision on what they read is refused.
    expect(
      (await rate(booked, { stars: 5, comment: 'Explained everything clearly, thank you.' })).status,
    ).toBe(200);
    const stale = await admin.client.patch(`/api/admin/ratings/${ratingId}`, {
      decision: 'approve',
      revision: 1,
    });
    expect(stale.status, stale.text).toBe(409);
    const approved = await admin.client.patch(`/api/admin/ratings/${ratingId}`, {
      decision: 'approve',
      revision: 2,
    });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.rating.moderation).toBe('approved');
    const again = await admin.client.patch(`/api/admin/ratings/${ratingId}`, {
      decision: 'reject',
      revision: 2,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_decided');

    const shown = await list();
    expect(shown.body.ratings).toEqual([
      {
        id: ratingId,
        stars: 5,
        comment: 'Explained everything clearly, thank you.',
        ratedAt: expect.any(String),
        reply: null,
      },
    ]);
    expect(JSON.stringify(shown.body)).not.toContain(booked.patient.userId);
    expect(JSON.stringify(shown.body)).not.toContain(booked.appointmentId);

    // Another doctor and a patient cannot reply (404); the rated doctor replies once.
    const otherDoctor = await verifiedDoctor({ firstName: 'Other', lastName: 'Doctor' });
    expect(
      (await otherDoctor.client.post(`/api/doctor/ratings/${ratingId}/reply`, { text: 'Not mine' })).status,
    ).toBe(404);
    expect(
      (await booked.patient.client.post(`/api/doctor/ratings/${ratingId}/reply`, { text: 'Me' })).status,
    ).toBe(403);
    const reply = await booked.doctor.client.post(`/api/doctor/ratings/${ratingId}/reply`, {
      text: 'Thank you, get well soon.',
    });
    expect(reply.status, reply.text).toBe(200);
    expect(reply.body.rating.reply).toMatchObject({ text: 'Thank you, get well soon.' });
    const twice = await booked.doctor.client.post(`/api/doctor/ratings/${ratingId}/reply`, { text: 'Again' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_replied');
    expect((await list()).body.ratings[0].reply).toMatchObject({ text: 'Thank you, get well soon.' });

    // A rejected comment never shows, though its stars count.
    const second = await confirmedAppointment(480, {}, { doctor: booked.doctor });
    await complete(second);
    const secondRating = await rate(second, {
      stars: 1,
      comment: 'Rude words the platform will not publish.',
    });
    const rejected = await admin.client.patch(`/api/admin/ratings/${secondRating.body.rating.id}`, {
      decision: 'reject',
      revision: 1,
    });
    expect(rejected.status, rejected.text).toBe(200);
    expect((await list()).body.ratings.map((r: { id: string }) => r.id)).toEqual([ratingId]);
    expect(await publicCard(booked.doctor.userId)).toMatchObject({ ratingCount: 2, ratingAverage: 3 });
    // The public list pages with a cursor; a forged cursor is a 400.
    const paged = await anyone.get(`/api/doctors/${booked.doctor.userId}/ratings?limit=1`);
    expect(paged.status).toBe(200);
    expect((await anyone.get(`/api/doctors/${booked.doctor.userId}/ratings?cursor=nope`)).status).toBe(400);
  });
});
