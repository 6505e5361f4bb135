import { describe, expect, it } from 'vitest';
import { entities } from '../../functions/core/db/index.ts';
import { demoPeople } from '../../lib/local/seed.ts';
import { ApiClient, type ErrorBody } from '../helpers/api.ts';
import { confirmedAppointment } from '../helpers/appointments.ts';
import {
  finish,
  programDeepgram,
  recordableAppointment,
  settledTranscript,
  uploadChunk,
} from '../helpers/recording.ts';
import { latestEmailTo, registerAndSignIn, signIn, TEST_PASSWORD, uniqueWord } from '../helpers/users.ts';

const admin = () => signIn(demoPeople.admin.email);

describe('doctor verification', () => {
  it('queues a new doctor as pending, refuses an incomplete profile, verifies into search, and rejects with an emailed reason', async () => {
    const a = await admin();
    const surname = uniqueWord('Varma');
    const doctor = await registerAndSignIn('doctor', { firstName: 'Nila', lastName: surname });
    const queue = await a.client.get('/api/admin/users?directory=doctor-pending&limit=100');
    expect(queue.body.users.map((u: { id: string }) => u.id)).toContain(doctor.userId);

    const incomplete = await a.client.post<ErrorBody>(`/api/admin/doctors/${doctor.userId}/verification`, {
      decision: 'verify',
    });
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.error.code).toBe('profile_incomplete');

    await doctor.client.patch('/api/me/doctor-profile', {
      specialty: 'ent',
      registrationNumber: 'KMC/55555',
      feeRupees: 450,
      languages: ['Tamil'],
    });
    expect((await new ApiClient().get(`/api/doctors?q=${surname}`)).body.doctors).toEqual([]);
    const verified = await a.client.post(`/api/admin/doctors/${doctor.userId}/verification`, {
      decision: 'verify',
    });
    expect(verified.status, verified.text).toBe(200);
    expect(
      (await new ApiClient().get(`/api/doctors?q=${surname}`)).body.doctors.map((d: { id: string }) => d.id),
    ).toEqual([doctor.userId]);
    expect(
      (await new ApiClient().get('/api/doctors?specialty=ent&limit=50')).body.doctors.map(
        (d: { id: string }) => d.id,
      ),
    ).toContain(doctor.userId);
    expect((await latestEmailTo(doctor.email, 'You are verified')).body.text).toContain(
      'Patients can now find you',
    );
    expect((await doctor.client.get('/api/me')).body.user.doctorProfile.verificationStatus).toBe('verified');

    expect(
      (await a.client.post(`/api/admin/doctors/${doctor.userId}/verification`, { decision: 'reject' }))
        .status,
    ).toBe(400);
    const rejected = await a.client.post(`/api/admin/doctors/${doctor.userId}/verification`, {
      decision: 'reject',
      note: 'The registration number does not match the council register.',
    });
    expect(rejected.status).toBe(200);
    expect((await new ApiClient().get(`/api/doctors?q=${surname}`)).body.doctors).toEqual([]);
    expect((await latestEmailTo(doctor.email, 'needs attention')).body.text).toContain(
      'does not match the council register',
    );
  });
});

describe('accounts', () => {
  it('disables a user: sign-in and session refresh are refused until enabled again', async () => {
    const a = await admin();
    const patient = await registerAndSignIn('patient');
    const off = await a.client.post(`/api/admin/users/${patient.userId}/status`, { disabled: true });
    expect(off.status, off.text).toBe(200);
    expect(off.body.user.disabled).toBe(true);
    const login = await new ApiClient().post<ErrorBody>('/api/auth/login', {
      email: patient.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('account_disabled');
    expect((await patient.client.post('/api/auth/refresh')).status).not.toBe(200);
    expect((await a.client.post(`/api/admin/users/${a.userId}/status`, { disabled: true })).status).toBe(409);
    await a.client.post(`/api/admin/users/${patient.userId}/status`, { disabled: false });
    expect(
      (await new ApiClient().post('/api/auth/login', { email: patient.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });
});

describe('content', () => {
  it('creates, reorders, hides and deletes services, and the home page follows', async () => {
    const a = await admin();
    const made = await a.client.post('/api/admin/services', {
      name: 'Second opinions',
      description: 'A specialist reviews your reports.',
      icon: 'file-text',
    });
    expect(made.status, made.text).toBe(201);
    const id = made.body.service.id as string;
    const list = (await a.client.get('/api/admin/services')).body.services as { id: string }[];
    const reordered = await a.client.post('/api/admin/services/order', {
      ids: [id, ...list.map((s) => s.id).filter((x) => x !== id)],
    });
    expect(reordered.status, reordered.text).toBe(200);
    expect((await new ApiClient().get('/api/home')).body.services[0].id).toBe(id);
    expect((await a.client.post('/api/admin/services/order', { ids: [id] })).status).toBe(409);
    await a.client.patch(`/api/admin/services/${id}`, { active: false });
    expect(
      (await new ApiClient().get('/api/home')).body.services.map((s: { id: string }) => s.id),
    ).not.toContain(id);
    expect((await a.client.patch(`/api/admin/services/${id}`, { icon: 'rocket' })).status).toBe(400);
    expect((await a.client.delete(`/api/admin/services/${id}`)).status).toBe(200);
    expect((await a.client.delete(`/api/admin/services/${id}`)).status).toBe(404);
    // Put the order back for other tests' expectations about the seeded services.
    const rest = (await a.client.get('/api/admin/services')).body.services as {
      id: string;
      displayOrder: number;
    }[];
    await a.client.post('/api/admin/services/order', { ids: rest.map((s) => s.id) });
  });

  it('stores an optional Hindi version of a service and a tip; Hindi reads use it, or the English marked as such', async () => {
    const a = await admin();
    const anon = new ApiClient();
    const service = await a.client.post('/api/admin/services', {
      name: 'Diet advice',
      description: 'A dietitian plans meals around your health.',
      nameHi: '  खान-पान की सलाह  ',
      icon: 'heart',
      active: false,
    });
    expect(service.status, service.text).toBe(201);
    const serviceId = service.body.service.id as string;
    expect(service.body.service).toMatchObject({ nameHi: 'खान-पान की सलाह' });
    // Too short a Hindi version is refused with nothing written; '' is allowed (none).
    const short = await a.client.patch(`/api/admin/services/${serviceId}`, { nameHi: 'क', active: true });
    expect(short.status).toBe(400);
    expect((short.body as ErrorBody).error.details?.nameHi).toBeDefined();
    const activated = await a.client.patch(`/api/admin/services/${serviceId}`, {
      descriptionHi: 'डाइटीशियन आपकी सेहत के हिसाब से खाने का प्लान बनाते हैं।',
      active: true,
    });
    expect(activated.status, activated.text).toBe(200);
    const read = async (lang: string) =>
      ((await anon.get(`/api/services?lang=${lang}`)).body.services as { id: string }[]).find(
        (s) => s.id === serviceId,
      );
    expect(await read('hi')).toMatchObject({
      name: 'खान-पान की सलाह',
      description: 'डाइटीशियन आपकी सेहत के हिसाब से खाने का प्लान बनाते हैं।',
      lang: { name: 'hi', description: 'hi' },
    });
    expect(await read('en')).toMatchObject({ name: 'Diet advice', lang: { name: 'en', description: 'en' } });
    expect((await anon.get('/api/services?lang=ta')).status).toBe(400);
    // Removing the Hindi description: Hindi pages show the English one, marked English.
    await a.client.patch(`/api/admin/services/${serviceId}`, { descriptionHi: '' });
    expect(await read('hi')).toMatchObject({
      name: 'खान-पान की सलाह',
      description: 'A dietitian plans meals around your health.',
      lang: { name: 'hi', description: 'en' },
    });
    const audit = await a.client.get(`/api/admin/audit?subjectId=${serviceId}`);
    expect(audit.body.events.map((e: { detail: string | null }) => e.detail)).toContain(
      'fields=descriptionHi',
    );
    expect((await a.client.delete(`/api/admin/services/${serviceId}`)).status).toBe(200);

    const tip = await a.client.post('/api/admin/health-tips', {
      title: 'Walk after meals',
      content: 'A ten-minute walk after dinner helps your blood sugar.',
      titleHi: 'खाने के बाद टहलें',
      contentHi: 'रात के खाने के बाद दस मिनट टहलने से शुगर ठीक रहती है।',
    });
    expect(tip.status, tip.text).toBe(201);
    const tipId = tip.body.healthTip.id as string;
    const hi = (await anon.get(`/api/health-tips/${tipId}?lang=hi`)).body.healthTip;
    expect(hi).toMatchObject({ title: 'खाने के बाद टहलें', lang: { title: 'hi', content: 'hi' } });
    const en = (await anon.get(`/api/health-tips/${tipId}`)).body.healthTip;
    expect(en).toMatchObject({ title: 'Walk after meals', lang: { title: 'en', content: 'en' } });
    const listed = (await anon.get('/api/health-tips?lang=hi')).body.healthTips as { id: string }[];
    expect(listed.find((t) => t.id === tipId)).toMatchObject({ title: 'खाने के बाद टहलें' });
    expect((await a.client.delete(`/api/admin/health-tips/${tipId}`)).status).toBe(200);
  });

  it('publishes health tips in Markdown, featured ones on the home page', async () => {
    const a = await admin();
    const tip = await a.client.post('/api/admin/health-tips', {
      title: 'Sleep well',
      content: '**Seven hours** a night.\n\n- no screens\n- dark room',
      featured: true,
    });
    expect(tip.status, tip.text).toBe(201);
    const id = tip.body.healthTip.id;
    expect((await new ApiClient().get(`/api/health-tips/${id}`)).body.healthTip).toMatchObject({
      title: 'Sleep well',
      authorName: 'Asha Verma',
    });
    expect(
      (await new ApiClient().get('/api/home')).body.healthTips.map((t: { id: string }) => t.id),
    ).toContain(id);
    await a.client.patch(`/api/admin/health-tips/${id}`, { featured: false });
    expect(
      (await new ApiClient().get('/api/home')).body.healthTips.map((t: { id: string }) => t.id),
    ).not.toContain(id);
    await a.client.delete(`/api/admin/health-tips/${id}`);
    expect((await new ApiClient().get(`/api/health-tips/${id}`)).status).toBe(404);
  });

  it('takes one testimonial per completed appointment, pending until approved, featured on request', async () => {
    const { patient, doctor, appointmentId } = await confirmedAppointment(5);
    const early = await patient.client.post<ErrorBody>('/api/testimonials', {
      appointmentId,
      rating: 5,
      content: 'Very kind and thorough doctor.',
    });
    expect(early.status).toBe(409);
    await entities()
      .appointment.patch({ appointmentId })
      .set({ startAt: new Date(Date.now() - 60_000).toISOString() })
      .go();
    expect(
      (await doctor.client.patch(`/api/appointments/${appointmentId}`, { status: 'COMPLETED' })).status,
    ).toBe(200);

    expect(
      (await patient.client.post('/api/testimonials', { appointmentId, rating: 6, content: 'Great!!!!!!!' }))
        .status,
    ).toBe(400);
    const sent = await patient.client.post('/api/testimonials', {
      appointmentId,
      rating: 5,
      content: 'Very kind and thorough doctor.',
    });
    expect(sent.status, sent.text).toBe(201);
    expect(
      (
        await patient.client.post('/api/testimonials', {
          appointmentId,
          rating: 4,
          content: 'Second time lucky?',
        })
      ).status,
    ).toBe(409);
    const stranger = await registerAndSignIn('patient');
    expect(
      (
        await stranger.client.post('/api/testimonials', {
          appointmentId,
          rating: 1,
          content: 'I was never there.',
        })
      ).status,
    ).toBe(404);

    const a = await admin();
    const id = sent.body.testimonial.id;
    expect(
      (await a.client.get('/api/admin/testimonials?state=pending')).body.testimonials.map(
        (t: { id: string }) => t.id,
      ),
    ).toContain(id);
    expect(
      (await new ApiClient().get('/api/testimonials')).body.testimonials.map((t: { id: string }) => t.id),
    ).not.toContain(id);
    expect((await a.client.patch(`/api/admin/testimonials/${id}`, { featured: true })).status).toBe(404); // approve first
    expect(
      (await a.client.patch(`/api/admin/testimonials/${id}`, { approved: true, featured: true })).status,
    ).toBe(200);
    expect(
      (await new ApiClient().get('/api/home')).body.testimonials.map((t: { id: string }) => t.id),
    ).toContain(id);
  });
});

describe('operations', () => {
  it('lists failed transcriptions with their reason and retries them as a new execution', async () => {
    const { doctor, appointmentId } = await recordableAppointment(5);
    await programDeepgram([400]);
    const recordingId = await uploadChunk(doctor, appointmentId, 0);
    await finish(doctor, appointmentId, recordingId);
    expect((await settledTranscript(doctor, appointmentId)).status).toBe('FAILED');
    const a = await admin();
    const failed = await a.client.get('/api/admin/transcriptions?status=FAILED&limit=100');
    expect(
      failed.body.transcriptions.find((t: { appointmentId: string }) => t.appointmentId === appointmentId)
        .error,
    ).toMatch(/Deepgram refused/);
    const retry = await a.client.post(`/api/admin/transcriptions/${appointmentId}/retry`);
    expect(retry.status, retry.text).toBe(200);
    expect(retry.body.retried).toBe(true);
    expect((await settledTranscript(doctor, appointmentId)).status).toBe('COMPLETED');
    expect((await a.client.post(`/api/admin/transcriptions/${appointmentId}/retry`)).status).toBe(409);
  });

  it('cancels an appointment for the clinic with a full refund, and shows who read what in the audit log', async () => {
    const { patient, appointmentId } = await confirmedAppointment(5);
    await patient.client.get(`/api/appointments/${appointmentId}/messages`);
    const a = await admin();
    const audit = await a.client.get(`/api/admin/audit?subjectId=${appointmentId}`);
    expect(audit.body.events).toEqual([
      expect.objectContaining({
        action: 'chat.history.read',
        actorId: patient.userId,
        actorRole: 'patient',
        subjectType: 'chat',
        subjectId: appointmentId,
      }),
      // The booking, with the patient's consent to the teleconsultation.
      expect.objectContaining({
        action: 'appointment.book',
        actorId: patient.userId,
        actorRole: 'patient',
        subjectType: 'appointment',
        subjectId: appointmentId,
        detail: expect.stringMatching(/^consent=teleconsultation \(implied\); terms=/),
      }),
    ]);
    expect((await a.client.get(`/api/admin/audit?actorId=${patient.userId}`)).body.events).toHaveLength(2);

    expect((await a.client.post(`/api/admin/appointments/${appointmentId}/cancel`, {})).status).toBe(400);
    const cancelled = await a.client.post(`/api/admin/appointments/${appointmentId}/cancel`, {
      reason: 'Doctor unavailable (clinic emergency)',
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    const detail = await a.client.get(`/api/admin/appointments/${appointmentId}`);
    expect(detail.body.appointment.status).toBe('CANCELLED');
    expect(detail.body.payment).toMatchObject({
      status: 'REFUNDED',
      refundPaise: detail.body.payment.amountPaise,
    });
    const payments = await a.client.get('/api/admin/payments?status=REFUNDED&limit=100');
    expect(payments.body.payments.map((p: { appointmentId: string }) => p.appointmentId)).toContain(
      appointmentId,
    );
  });

  it('shows a dashboard read from counters, with 30 days of bookings', async () => {
    const a = await admin();
    const stats = await a.client.get('/api/admin/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.users.total).toBe(
      stats.body.users.patients + stats.body.users.doctors + stats.body.users.admins,
    );
    expect(stats.body.doctors.verified).toBeGreaterThanOrEqual(8);
    expect(stats.body.bookingsPerDay).toHaveLength(30);
    expect(stats.body.bookingsPerDay.at(-1).count).toBeGreaterThan(0);
  });
});
