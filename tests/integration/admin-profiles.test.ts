/**
 * The admin's work on people and stories: finding any account (name, email, mobile number), editing a
 * profile (the self-service rules, each change audited), featuring a verified doctor on the home page,
 * and adding testimonials with an image link.
 *
 * On its own twin: featuring a doctor changes the home page every other file reads (platform.test.ts
 * checks the seeded featured doctors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { demoDoctors, demoPeople } from '../../lib/local/seed.ts';
import { ApiClient, type ErrorBody } from '../helpers/api.ts';
import { type OwnTwin, startOwnTwin } from '../helpers/own-twin.ts';
import { registerAndSignIn, signIn, type TestUser, uniqueWord, verifiedDoctor } from '../helpers/users.ts';

let own: OwnTwin | undefined;
let admin: TestUser;

beforeAll(async () => {
  own = await startOwnTwin('admin-profiles');
  admin = await signIn(demoPeople.admin.email);
}, 120_000);
afterAll(async () => {
  await own?.stop();
});

const ids = (list: { id: string }[]) => list.map((x) => x.id);
const find = (q: string, extra = '') =>
  admin.client.get(`/api/admin/user-search?q=${encodeURIComponent(q)}${extra}`);

/** The audit events about one record with one action, newest first. */
async function eventsAbout(subjectId: string, action: string) {
  const { data } = await entities().auditEvent.query.bySubject({ subjectId }).go({ pages: 'all' });
  return data.filter((e) => e.action === action).sort((a, b) => b.at.localeCompare(a.at));
}

describe('finding an account', () => {
  it('finds patients and doctors (any status) by name prefixes, email and mobile number, paged', async () => {
    const surname = uniqueWord('Iyengar');
    const patient = await registerAndSignIn('patient', { firstName: 'Kavya', lastName: surname });
    const pending = await registerAndSignIn('doctor', { firstName: 'Kavya', lastName: surname });
    expect((await patient.client.patch('/api/me', { phone: '+91 98450 12345' })).status).toBe(200);

    const byName = await find(surname.slice(0, 6).toLowerCase());
    expect(byName.status, byName.text).toBe(200);
    expect(ids(byName.body.users)).toEqual(expect.arrayContaining([patient.userId, pending.userId]));
    // Both words must match: a first name and a surname prefix.
    expect(ids((await find(`kav ${surname}`)).body.users).sort()).toEqual(
      [patient.userId, pending.userId].sort(),
    );
    expect((await find(`zed ${surname}`)).body.users).toEqual([]);

    const byEmail = await find(patient.email.toUpperCase());
    expect(ids(byEmail.body.users)).toEqual([patient.userId]);
    const byPhone = await find('98450 123');
    expect(ids(byPhone.body.users)).toContain(patient.userId);
    expect(byPhone.body.users.find((u: { id: string }) => u.id === patient.userId).phone).toBe(
      '+919845012345',
    );

    // A changed number is found under the new one only.
    await patient.client.patch('/api/me', { phone: '9123456780' });
    expect(ids((await find('+91 91234 56780')).body.users)).toEqual([patient.userId]);
    expect(ids((await find('9845012345')).body.users)).not.toContain(patient.userId);

    // Paging: one per page, the cursor goes on, nobody twice.
    const first = await find(surname, '&limit=1');
    expect(first.body.users).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await find(surname, `&limit=1&cursor=${first.body.nextCursor}`);
    expect(ids([...first.body.users, ...second.body.users]).sort()).toEqual(
      [patient.userId, pending.userId].sort(),
    );

    // The search is audited with what was asked and who was shown.
    const [event] = await eventsAbout('search', 'admin.user.search');
    expect(event?.actorId).toBe(admin.userId);
  });

  it('finds the seeded doctors by name, and refuses bad input with 400', async () => {
    const anita = demoDoctors[0]!;
    const res = await find(anita.lastName.slice(0, 4));
    expect(res.body.users.map((u: { email: string }) => u.email)).toContain(anita.email);
    for (const q of ['', 'a', 'x'.repeat(300)]) {
      const bad = await find(q);
      expect(bad.status, q).toBe(400);
    }
    const cursor = await find('anita', '&cursor=not-a-cursor');
    expect(cursor.status).toBe(400);
    // Nothing to look for (punctuation only): an empty answer, not an error.
    expect((await find('--')).body.users).toEqual([]);
  });

  it('is for admins only', async () => {
    const patient = await registerAndSignIn('patient');
    const res = await patient.client.get<ErrorBody>('/api/admin/user-search?q=anita');
    expect(res.status).toBe(403);
    expect((await new ApiClient().get('/api/admin/user-search?q=anita')).status).toBe(401);
  });
});

describe('editing a profile', () => {
  it('applies the self-service rules and records old → new (but not the values of personal fields)', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Meena', lastName: uniqueWord('Rao') });
    const res = await admin.client.patch(`/api/admin/users/${patient.userId}`, {
      firstName: 'Meenakshi',
      phone: '98765 43210',
      address: '12 MG Road, Bengaluru',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.user).toMatchObject({ firstName: 'Meenakshi', phone: '+919876543210' });
    expect(res.body.changed.sort()).toEqual(['address', 'firstName', 'phone']);
    expect((await patient.client.get('/api/me')).body.user.firstName).toBe('Meenakshi');

    const [event] = await eventsAbout(patient.userId, 'admin.user.update');
    expect(event?.detail).toContain('firstName: "Meena" → "Meenakshi"');
    expect(event?.detail).toContain('phone (changed)');
    expect(event?.detail).not.toContain('98765');
    expect(event?.detail).not.toContain('MG Road');
    // The new name finds the account.
    expect(ids((await find('meenaksh')).body.users)).toContain(patient.userId);
  });

  it('refuses bad input with 400 and writes nothing; unknown users 404; doctor fields only for doctors', async () => {
    const patient = await registerAndSignIn('patient', { firstName: 'Arun', lastName: 'Pillai' });
    const before = (await entities().user.get({ userId: patient.userId }).go()).data;
    for (const body of [
      {},
      { phone: '12345' },
      { firstName: '' },
      { firstName: '<script>' },
      { email: 'new@example.com' },
      { pictureUrl: 'http://example.com/a.png' },
      { feeRupees: 500 },
      { experienceYears: -1 },
    ]) {
      const res = await admin.client.patch<ErrorBody>(`/api/admin/users/${patient.userId}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await entities().user.get({ userId: patient.userId }).go()).data).toEqual(before);
    const unknown = await admin.client.patch<ErrorBody>(
      '/api/admin/users/00000000-0000-4000-8000-000000000000',
      { firstName: 'Nobody' },
    );
    expect(unknown.status).toBe(404);
    const notAdmin = await patient.client.patch<ErrorBody>(`/api/admin/users/${patient.userId}`, {
      firstName: 'Self',
    });
    expect(notAdmin.status).toBe(403);
  });

  it("edits a verified doctor's profile and keeps them verified and listed under the new name", async () => {
    const surname = uniqueWord('Menon');
    const doctor = await verifiedDoctor({ firstName: 'Hari', lastName: surname });
    const renamed = uniqueWord('Nair');
    const res = await admin.client.patch(`/api/admin/users/${doctor.userId}`, {
      lastName: renamed,
      feeRupees: 650,
      hospital: 'Amrita Hospital, Kochi',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.user.doctorProfile).toMatchObject({ feePaise: 65_000, verificationStatus: 'verified' });
    const search = await new ApiClient().get(`/api/doctors?q=${renamed}`);
    expect(ids(search.body.doctors)).toEqual([doctor.userId]);
    expect((await new ApiClient().get(`/api/doctors?q=${surname}`)).body.doctors).toEqual([]);
    const [event] = await eventsAbout(doctor.userId, 'admin.user.update');
    expect(event?.detail).toContain('feePaise: 50000 → 65000');
  });
});

describe('featuring doctors', () => {
  it('features a verified doctor on the home page (newest first) and stops featuring them', async () => {
    const doctor = await verifiedDoctor({ firstName: 'Farah', lastName: uniqueWord('Khan') });
    const on = await admin.client.post(`/api/admin/doctors/${doctor.userId}/featured`, { featured: true });
    expect(on.status, on.text).toBe(200);
    expect(on.body).toEqual({ doctorId: doctor.userId, featured: true });
    const home = await new ApiClient().get('/api/home');
    expect(home.body.featuredDoctors[0].id).toBe(doctor.userId);
    expect(home.body.featuredDoctors.length).toBeLessThanOrEqual(6);
    expect((await admin.client.get(`/api/admin/users/${doctor.userId}`)).body.user.featured).toBe(true);

    const off = await admin.client.post(`/api/admin/doctors/${doctor.userId}/featured`, { featured: false });
    expect(off.body.featured).toBe(false);
    expect(ids((await new ApiClient().get('/api/home')).body.featuredDoctors)).not.toContain(doctor.userId);
    const events = await eventsAbout(doctor.userId, 'admin.doctor.feature');
    expect(events.map((e) => e.detail)).toEqual(['featured=false', 'featured=true']);
  });

  it('refuses an unverified or disabled doctor (409), a patient or unknown user (404), bad input (400), non-admins (403)', async () => {
    const pending = await registerAndSignIn('doctor');
    const refused = await admin.client.post<ErrorBody>(`/api/admin/doctors/${pending.userId}/featured`, {
      featured: true,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not_verified');
    expect((await entities().user.get({ userId: pending.userId }).go()).data?.featured).toBeUndefined();

    const disabled = await verifiedDoctor();
    await admin.client.post(`/api/admin/users/${disabled.userId}/status`, { disabled: true });
    const off = await admin.client.post<ErrorBody>(`/api/admin/doctors/${disabled.userId}/featured`, {
      featured: true,
    });
    expect(off.status).toBe(409);

    const patient = await registerAndSignIn('patient');
    for (const userId of [patient.userId, '00000000-0000-4000-8000-000000000000']) {
      const res = await admin.client.post<ErrorBody>(`/api/admin/doctors/${userId}/featured`, {
        featured: true,
      });
      expect(res.status).toBe(404);
    }
    const doctor = await verifiedDoctor();
    for (const body of [{}, { featured: 'yes' }, { featured: true, extra: 1 }]) {
      const res = await admin.client.post(`/api/admin/doctors/${doctor.userId}/featured`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const self = await doctor.client.post<ErrorBody>(`/api/admin/doctors/${doctor.userId}/featured`, {
      featured: true,
    });
    expect(self.status).toBe(403);
    expect((await entities().user.get({ userId: doctor.userId }).go()).data?.featured).toBeUndefined();
  });
});

describe('testimonials by admins', () => {
  it('adds an approved testimonial with an https image; featured ones show on the home page', async () => {
    const name = `Lata ${uniqueWord('S')}.`;
    const res = await admin.client.post('/api/admin/testimonials', {
      name,
      content: 'The doctor called back the same evening. Very kind.',
      rating: 5,
      imageUrl: 'https://images.example.org/lata.jpg',
      featured: true,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.testimonial).toMatchObject({ name, approved: true, featured: true });
    const home = await new ApiClient().get('/api/home');
    const shown = home.body.testimonials.find((t: { id: string }) => t.id === res.body.testimonial.id);
    expect(shown?.imageUrl).toBe('https://images.example.org/lata.jpg');

    // The image can be changed (https only) and removed.
    const params = `/api/admin/testimonials/${res.body.testimonial.id}`;
    const refused = await admin.client.patch(params, { imageUrl: 'http://images.example.org/x.jpg' });
    expect(refused.status).toBe(400);
    const removed = await admin.client.patch(params, { imageUrl: '' });
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.testimonial.imageUrl).toBeUndefined();
  });

  it('refuses image links that are not https, and other bad input, with 400; non-admins with 403', async () => {
    const good = { name: 'Ravi K.', content: 'Clear advice and a quick prescription.', rating: 4 };
    const { data: before } = await entities().testimonial.query.all({}).go({ pages: 'all' });
    for (const imageUrl of [
      'http://x.org/a.jpg',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'ftp://x.org/a',
    ]) {
      const res = await admin.client.post<ErrorBody>('/api/admin/testimonials', { ...good, imageUrl });
      expect(res.status, imageUrl).toBe(400);
    }
    for (const body of [
      { ...good, rating: 6 },
      { ...good, content: 'short' },
      { ...good, approved: false },
    ]) {
      const res = await admin.client.post('/api/admin/testimonials', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const patient = await registerAndSignIn('patient');
    expect((await patient.client.post('/api/admin/testimonials', good)).status).toBe(403);
    const { data: after } = await entities().testimonial.query.all({}).go({ pages: 'all' });
    expect(after.length).toBe(before.length);
  });
});
