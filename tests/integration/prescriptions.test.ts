/**
 * E-prescriptions (issue 17) through the real API against DynamoDB Local and the emulators: the TPG
 * list rules (O/A/B, prohibited; first consultation vs follow-up), the 72-hour window, signing with
 * the password (and the authenticator code), issued versions that never change, corrections, the
 * PDF's TPG fields and the patient's email.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { updateByDoctor } from '../../functions/appointments/booking.ts';
import { entities } from '../../functions/core/db/index.ts';
import { totp } from '../../lib/local/totp.ts';
import type { ErrorBody } from '../helpers/api.ts';
import { type Booked, confirmedAppointment } from '../helpers/appointments.ts';
import { readPdf } from '../helpers/pdf.ts';
import { latestEmailTo, prescribingDoctor, type TestUser, totpSecrets } from '../helpers/users.ts';

const base = '/api/appointments';

const medicine = (name: string, catalogueId?: string, extra: Record<string, string> = {}) => ({
  name,
  ...(catalogueId ? { catalogueId } : {}),
  strength: '500 mg',
  form: 'tablet',
  dose: '1 tablet',
  frequency: 'twice a day',
  duration: '5 days',
  ...extra,
});

const draft = (medicines: ReturnType<typeof medicine>[], extra: Record<string, string> = {}) => ({
  chiefComplaints: 'Fever for 3 days, body ache',
  relevantFindings: 'Temp 38.4 °C reported; throat red on video',
  provisionalDiagnosis: 'Acute viral pharyngitis',
  investigationsAdvised: 'CBC if fever persists beyond 5 days',
  medicines,
  advice: 'Rest, warm fluids, salt-water gargles',
  followUpDate: '2030-01-15',
  ...extra,
});

const prescriptionsOf = async (user: TestUser, appointmentId: string) => {
  const res = await user.client.get(`${base}/${appointmentId}/prescriptions`);
  expect(res.status, res.text).toBe(200);
  return res.body.prescriptions as { version: number; status: string; number: string | null }[];
};

/** The stored item of a version, as DynamoDB has it. */
const stored = async (appointmentId: string, version: number) =>
  (await entities().prescription.get({ appointmentId, version }).go()).data;

/** The consultation took place: the doctor records it, with the clock a minute past its start. */
async function complete(booked: Booked) {
  const { data } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
  if (!data) throw new Error('no appointment');
  await updateByDoctor(data, { status: 'COMPLETED' }, new Date(Date.parse(booked.startAt) + 60_000));
}

describe('prescribing rules (TPG 2020 lists)', () => {
  let first: Booked;
  beforeAll(async () => {
    first = await confirmedAppointment(5, { doctor: 'Meera', patient: 'Rohan' });
    await prescribingDoctor(first.doctor);
  });

  it('the catalogue drives autocomplete for doctors only', async () => {
    const found = await first.doctor.client.get('/api/medicines?q=parac');
    expect(found.status, found.text).toBe(200);
    expect(found.body.medicines[0]).toMatchObject({
      id: 'paracetamol',
      tpgList: 'O',
      prohibitedReason: null,
    });
    const prohibited = await first.doctor.client.get('/api/medicines?q=alprazolam');
    expect(prohibited.body.medicines[0]).toMatchObject({ id: 'alprazolam', tpgList: 'prohibited' });
    expect(prohibited.body.medicines[0].prohibitedReason).toBeTruthy();
    expect((await first.patient.client.get('/api/medicines?q=parac')).status).toBe(403);
    expect((await first.doctor.client.get('/api/medicines')).status).toBe(400);
  });

  it('refuses a prohibited drug, chosen or typed, and writes nothing', async () => {
    for (const item of [medicine('Alprazolam', 'alprazolam'), medicine('Tab. Restyl 0.25 mg')]) {
      const res = await first.doctor.client.put(
        `${base}/${first.appointmentId}/prescriptions/draft`,
        draft([item]),
      );
      expect(res.status, res.text).toBe(422);
      expect((res.body as ErrorBody).error.code).toBe('prohibited_drug');
      expect((res.body as ErrorBody).error.message).toMatch(/cannot be prescribed by teleconsultation/);
      expect((res.body as ErrorBody).error.details).toHaveProperty(['medicines.0.name']);
      // What the client phrases the refusal with, in the reader's language.
      expect((res.body as ErrorBody).error.params).toEqual({
        name: 'Alprazolam',
        reason: 'NDPS psychotropic',
      });
    }
    expect(await prescriptionsOf(first.doctor, first.appointmentId)).toEqual([]);
  });

  it('in a first consultation: List O and A (video) and unknown medicines yes, List B no', async () => {
    const listB = await first.doctor.client.put(
      `${base}/${first.appointmentId}/prescriptions/draft`,
      draft([medicine('Paracetamol', 'paracetamol'), medicine('Amlodipine', 'amlodipine')]),
    );
    expect(listB.status, listB.text).toBe(422);
    expect(listB.body.error.code).toBe('list_b_needs_follow_up');
    expect(listB.body.error.details).toHaveProperty(['medicines.1.name']);
    expect(listB.body.error.params).toEqual({ name: 'Amlodipine' });

    const ok = await first.doctor.client.put(
      `${base}/${first.appointmentId}/prescriptions/draft`,
      draft([
        medicine('Paracetamol', 'paracetamol'),
        medicine('Clotrimazole cream', 'clotrimazole', { form: 'cream', strength: '1%' }),
        medicine('Herbal lozenge Xyzzol'),
      ]),
    );
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.prescription).toMatchObject({
      version: 1,
      status: 'DRAFT',
      consultation: 'first',
      number: null,
    });
    expect(
      ok.body.prescription.medicines.map((m: { inCatalogue: boolean; tpgList: string | null }) => [
        m.inCatalogue,
        m.tpgList,
      ]),
    ).toEqual([
      [true, 'O'],
      [true, 'A'],
      [false, null],
    ]);
    expect(ok.body.prescription.medicines[0].generic).toBe('Paracetamol');
  });

  it('a follow-up (an earlier COMPLETED consultation with the same doctor) allows List B; never a prohibited drug', async () => {
    await complete(first);
    const second = await confirmedAppointment(90, {}, { doctor: first.doctor, patient: first.patient });
    const path = `${base}/${second.appointmentId}/prescriptions/draft`;
    const listB = await first.doctor.client.put(path, draft([medicine('Amlodipine', 'amlodipine')]));
    expect(listB.status, listB.text).toBe(200);
    expect(listB.body.prescription).toMatchObject({ consultation: 'follow-up' });
    expect(listB.body.prescription.medicines[0].tpgList).toBe('B');
    const prohibited = await first.doctor.client.put(path, draft([medicine('Diazepam', 'diazepam')]));
    expect(prohibited.status).toBe(422);
    expect(prohibited.body.error.code).toBe('prohibited_drug');
    // The refused save left the saved draft as it was.
    const [saved] = await prescriptionsOf(first.doctor, second.appointmentId);
    expect(saved).toMatchObject({ version: 1, status: 'DRAFT' });
  });

  it('an earlier consultation that was not completed, or with another doctor, keeps it a first consultation', async () => {
    const other = await confirmedAppointment(5, { doctor: 'Kiran', patient: 'Isha' });
    await prescribingDoctor(other.doctor);
    // The same patient, a different doctor, an earlier confirmed (not completed) appointment with them.
    const later = await confirmedAppointment(120, {}, { doctor: first.doctor, patient: other.patient });
    const res = await first.doctor.client.put(
      `${base}/${later.appointmentId}/prescriptions/draft`,
      draft([medicine('Amlodipine', 'amlodipine')]),
    );
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.code).toBe('list_b_needs_follow_up');
  });
});

describe('drafts and races', () => {
  it('saving again replaces the open draft (same version); two issues at once give one prescription', async () => {
    const booked = await confirmedAppointment(5, { doctor: 'Tara', patient: 'Neel' });
    await prescribingDoctor(booked.doctor);
    const path = `${base}/${booked.appointmentId}/prescriptions`;
    const first = await booked.doctor.client.put(
      `${path}/draft`,
      draft([medicine('Paracetamol', 'paracetamol')]),
    );
    expect(first.status, first.text).toBe(200);
    const second = await booked.doctor.client.put(
      `${path}/draft`,
      draft([medicine('Paracetamol', 'paracetamol')], { advice: 'Second thoughts' }),
    );
    expect(second.status, second.text).toBe(200);
    expect(second.body.prescription).toMatchObject({
      version: 1,
      status: 'DRAFT',
      advice: 'Second thoughts',
    });
    expect(await prescriptionsOf(booked.doctor, booked.appointmentId)).toHaveLength(1);
    // A follow-up date before the consultation is refused, and the draft stays as it was.
    const past = await booked.doctor.client.put(
      `${path}/draft`,
      draft([medicine('Paracetamol', 'paracetamol')], { followUpDate: '2020-01-01' }),
    );
    expect(past.status, past.text).toBe(400);
    expect(past.body.error.details).toHaveProperty('followUpDate');
    expect(await stored(booked.appointmentId, 1)).toMatchObject({ advice: 'Second thoughts' });

    const [a, b] = await Promise.all(
      [1, 2].map(() => booked.doctor.client.post(`${path}/issue`, { password: booked.doctor.password })),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const versions = await prescriptionsOf(booked.patient, booked.appointmentId);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, status: 'ISSUED' });
  });

  it('prescriptions issued at the same moment for different appointments get different numbers', async () => {
    const booked = await Promise.all(
      ['Uma', 'Ravi', 'Sana'].map((doctor) => confirmedAppointment(5, { doctor, patient: 'Joy' })),
    );
    for (const b of booked) {
      await prescribingDoctor(b.doctor);
      const saved = await b.doctor.client.put(
        `${base}/${b.appointmentId}/prescriptions/draft`,
        draft([medicine('Paracetamol', 'paracetamol')]),
      );
      expect(saved.status, saved.text).toBe(200);
    }
    const issued = await Promise.all(
      booked.map((b) =>
        b.doctor.client.post(`${base}/${b.appointmentId}/prescriptions/issue`, {
          password: b.doctor.password,
        }),
      ),
    );
    for (const res of issued) expect(res.status, res.text).toBe(200);
    const numbers = issued.map((res) => res.body.prescription.number as string);
    expect(new Set(numbers).size).toBe(3);
  });
});

describe('the 72-hour window', () => {
  let booked: Booked;
  beforeAll(async () => {
    booked = await confirmedAppointment(5, { doctor: 'Farah', patient: 'Vivek' });
    await prescribingDoctor(booked.doctor);
  });
  const moveStart = async (hoursAgo: number, status?: 'REQUESTED' | 'CONFIRMED') => {
    const startAt = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    const { data: a } = await entities().appointment.get({ appointmentId: booked.appointmentId }).go();
    // A status is written with holdExpiresAt, the other half of its index key.
    await entities()
      .appointment.patch({ appointmentId: booked.appointmentId })
      .set({ startAt, ...(status && a ? { status, holdExpiresAt: a.holdExpiresAt } : {}) })
      .go();
  };

  it('is open until 72 hours after the start, then closed for drafts and issuing alike', async () => {
    const path = `${base}/${booked.appointmentId}/prescriptions`;
    await moveStart(71);
    const open = await booked.doctor.client.put(
      `${path}/draft`,
      draft([medicine('Paracetamol', 'paracetamol')]),
    );
    expect(open.status, open.text).toBe(200);
    expect(
      (await booked.doctor.client.get(`${base}/${booked.appointmentId}`)).body.appointment.actions
        .canPrescribe,
    ).toBe(true);

    await moveStart(72.1);
    const late = await booked.doctor.client.put(
      `${path}/draft`,
      draft([medicine('Paracetamol', 'paracetamol')]),
    );
    expect(late.status, late.text).toBe(409);
    expect(late.body.error.code).toBe('prescribing_closed');
    const issue = await booked.doctor.client.post(`${path}/issue`, { password: booked.doctor.password });
    expect(issue.status, issue.text).toBe(409);
    expect(issue.body.error.code).toBe('prescribing_closed');
    expect(
      (await booked.doctor.client.get(`${base}/${booked.appointmentId}`)).body.appointment.actions
        .canPrescribe,
    ).toBe(false);
    expect(await stored(booked.appointmentId, 1)).toMatchObject({ status: 'DRAFT' });
  });

  it('needs a confirmed or completed appointment', async () => {
    await moveStart(1, 'REQUESTED');
    const res = await booked.doctor.client.put(
      `${base}/${booked.appointmentId}/prescriptions/draft`,
      draft([medicine('Paracetamol', 'paracetamol')]),
    );
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.code).toBe('prescribing_closed');
  });
});

describe('issuing: signed, numbered, final; corrections supersede', () => {
  let booked: Booked;
  const doctorName = 'राधा';
  const patientName = 'अर्जुन';
  beforeAll(async () => {
    booked = await confirmedAppointment(5, { doctor: doctorName, patient: patientName });
    await prescribingDoctor(booked.doctor);
  });
  const path = () => `${base}/${booked.appointmentId}/prescriptions`;

  it('nothing to issue without a draft', async () => {
    const res = await booked.doctor.client.post(`${path()}/issue`, { password: booked.doctor.password });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.code).toBe('no_draft');
  });

  it('a wrong password is refused and changes nothing; the right one issues it once', async () => {
    const saved = await booked.doctor.client.put(
      `${path()}/draft`,
      draft([medicine('Paracetamol', 'paracetamol'), medicine('Herbal lozenge Xyzzol')]),
    );
    expect(saved.status, saved.text).toBe(200);
    const before = await stored(booked.appointmentId, 1);

    const wrong = await booked.doctor.client.post(`${path()}/issue`, { password: 'Wrong@Pass123' });
    expect(wrong.status, wrong.text).toBe(403);
    expect(wrong.body.error.code).toBe('signature_failed');
    expect(await stored(booked.appointmentId, 1)).toEqual(before);
    // The patient sees nothing of a draft.
    expect(await prescriptionsOf(booked.patient, booked.appointmentId)).toEqual([]);
    expect((await booked.patient.client.get(`${path()}/1`)).status).toBe(404);
    // Still signed in: a refused signature is not a sign-out.
    expect((await booked.doctor.client.get('/api/me')).status).toBe(200);

    const issued = await booked.doctor.client.post(`${path()}/issue`, { password: booked.doctor.password });
    expect(issued.status, issued.text).toBe(200);
    const p = issued.body.prescription;
    expect(p).toMatchObject({
      version: 1,
      status: 'ISSUED',
      supersedes: null,
      doctor: {
        name: `Dr. ${doctorName} Menon`,
        qualification: 'MBBS, MD (General Medicine)',
        registrationNumber: 'TEST/12345',
        council: 'Delhi Medical Council',
      },
      // As booked: the test patient's date of birth and sex (PATIENT_DETAILS), snapshotted on the appointment.
      patient: { name: `${patientName} Das`, sex: 'female' },
    });
    expect(p.number).toMatch(/^RX-\d{4}-\d{6}$/);
    expect(p.patient.ageMonths).toBeGreaterThanOrEqual(12 * 18);
    expect(Date.parse(p.issuedAt)).toBeGreaterThan(0);

    // Issuing again: the draft is gone.
    const again = await booked.doctor.client.post(`${path()}/issue`, { password: booked.doctor.password });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('no_draft');

    // The patient gets it by email, with the PDF attached.
    const email = await latestEmailTo(booked.patient.email, p.number);
    expect(email.attachments?.[0]).toMatchObject({
      filename: `${p.number}.pdf`,
      contentType: 'application/pdf',
    });
    const attached = await readPdf(Buffer.from(email.attachments?.[0]?.content ?? '', 'base64'));
    expect(attached.texts).toContain(`${patientName} Das`);
    // And on the appointment page.
    const page = await booked.patient.client.get(`${base}/${booked.appointmentId}`);
    expect(page.body.prescriptions).toEqual([
      {
        version: 1,
        number: p.number,
        status: 'ISSUED',
        issuedAt: p.issuedAt,
        supersedes: null,
        supersededBy: null,
      },
    ]);
    expect(page.body.appointment.actions.canPrescribe).toBe(false);
  });

  it('the PDF carries every TPG field, the teleconsultation line, and Devanagari names', async () => {
    const pdf = await booked.patient.client.get(`${path()}/1/pdf`);
    expect(pdf.status, pdf.text.slice(0, 200)).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const facts = await readPdf(pdf.bytes);
    for (const f of facts.fonts) expect(f, f.baseFont).toMatchObject({ embedded: true, toUnicode: true });
    expect(facts.fonts.some((f) => f.baseFont.includes('NotoSansDevanagari'))).toBe(true);
    // Lines as drawn, joined: a long sentence wraps over two.
    const text = facts.texts.join(' ');
    for (const expected of [
      `Dr. ${doctorName} Menon`,
      'MBBS, MD (General Medicine)',
      'Reg. no. TEST/12345 · Delhi Medical Council',
      `${patientName} Das`,
      'Female',
      'CHIEF COMPLAINTS',
      'Fever for 3 days, body ache',
      'RELEVANT FINDINGS',
      'PROVISIONAL DIAGNOSIS',
      'Acute viral pharyngitis',
      'INVESTIGATIONS ADVISED',
      'CBC if fever persists beyond 5 days',
      '1. Paracetamol, 500 mg, tablet',
      '1 tablet, twice a day, for 5 days',
      '2. Herbal lozenge Xyzzol, 500 mg, tablet',
      'Not in catalogue',
      'ADVICE',
      'Rest, warm fluids, salt-water gargles',
      'FOLLOW-UP',
      // In the reader's language, as every date of the document.
      '15 Jan 2030',
      'This prescription was issued after a teleconsultation (video), under the Telemedicine Practice Guidelines 2020.',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/RX-\d{4}-\d{6}/);
    expect(text).toMatch(/\d+ years/);
  });

  it('each party downloads it in their own language; what the doctor wrote stays as written', async () => {
    expect((await booked.patient.client.patch('/api/me', { locale: 'hi' })).status).toBe(200);
    try {
      const hindi = (await readPdf((await booked.patient.client.get(`${path()}/1/pdf`)).bytes)).texts.join(
        ' ',
      );
      for (const expected of [
        'पर्चा (प्रिस्क्रिप्शन)',
        'मरीज़',
        'उम्र',
        'मुख्य तकलीफ़ें',
        'Fever for 3 days, body ache',
        'हमारी दवा सूची में नहीं',
      ])
        expect(hindi).toContain(expected);
      expect(hindi).toMatch(/\d+ साल/);
      expect(hindi).not.toContain('CHIEF COMPLAINTS');
      const english = (await readPdf((await booked.doctor.client.get(`${path()}/1/pdf`)).bytes)).texts.join(
        ' ',
      );
      expect(english).toContain('CHIEF COMPLAINTS');
      expect(english).not.toContain('मुख्य तकलीफ़ें');
    } finally {
      expect((await booked.patient.client.patch('/api/me', { locale: 'en' })).status).toBe(200);
    }
  });

  it('a correction is a new version; the issued one never changes and is marked superseded', async () => {
    const v1 = await stored(booked.appointmentId, 1);
    const corrected = await booked.doctor.client.put(
      `${path()}/draft`,
      draft([medicine('Paracetamol', 'paracetamol', { dose: '2 tablets' })], { advice: 'Corrected dose' }),
    );
    expect(corrected.status, corrected.text).toBe(200);
    expect(corrected.body.prescription).toMatchObject({ version: 2, status: 'DRAFT' });
    // Saving the draft touched nothing of version 1.
    expect(await stored(booked.appointmentId, 1)).toEqual(v1);
    // The patient still sees only the issued version.
    expect((await prescriptionsOf(booked.patient, booked.appointmentId)).map((p) => p.version)).toEqual([1]);

    const issued = await booked.doctor.client.post(`${path()}/issue`, { password: booked.doctor.password });
    expect(issued.status, issued.text).toBe(200);
    expect(issued.body.prescription).toMatchObject({ version: 2, status: 'ISSUED', supersedes: 1 });
    expect(issued.body.prescription.number).not.toBe(v1?.number);

    const after = await stored(booked.appointmentId, 1);
    // Everything of version 1 as it was, but its status and the pointer to its correction.
    const { status, supersededBy, updatedAt: _u, ...rest } = after ?? ({} as NonNullable<typeof after>);
    const { status: _s, updatedAt: _u1, ...restBefore } = v1 ?? ({} as NonNullable<typeof v1>);
    expect(rest).toEqual(restBefore);
    expect([status, supersededBy]).toEqual(['SUPERSEDED', 2]);

    // Both readable by the patient, each marked.
    const list = await prescriptionsOf(booked.patient, booked.appointmentId);
    expect(list.map((p) => [p.version, p.status])).toEqual([
      [2, 'ISSUED'],
      [1, 'SUPERSEDED'],
    ]);
    const oldPdf = await readPdf((await booked.patient.client.get(`${path()}/1/pdf`)).bytes);
    expect(oldPdf.texts.join('\n')).toContain('SUPERSEDED by version 2');
    const newPdf = await readPdf((await booked.patient.client.get(`${path()}/2/pdf`)).bytes);
    expect(newPdf.texts.join('\n')).toContain('Correction: replaces version 1');
    const mail = await latestEmailTo(booked.patient.email, 'Corrected prescription');
    expect(mail.subject).toContain(issued.body.prescription.number);
  });
});

describe('signing with two-step sign-in on', () => {
  it('needs the password and the current authenticator code', async () => {
    const booked = await confirmedAppointment(5, { doctor: 'Nisha', patient: 'Dev' });
    const { doctor } = booked;
    await prescribingDoctor(doctor);
    const setup = await doctor.client.post('/api/auth/mfa/setup');
    expect(setup.status, setup.text).toBe(200);
    expect((await doctor.client.post('/api/auth/mfa/verify', { code: totp(setup.body.secret) })).status).toBe(
      200,
    );
    totpSecrets.set(doctor.email, setup.body.secret);
    const path = `${base}/${booked.appointmentId}/prescriptions`;
    expect(
      (await doctor.client.put(`${path}/draft`, draft([medicine('Paracetamol', 'paracetamol')]))).status,
    ).toBe(200);

    const noCode = await doctor.client.post(`${path}/issue`, { password: doctor.password });
    expect(noCode.status, noCode.text).toBe(403);
    expect(noCode.body.error.code).toBe('signature_failed');
    const secret = setup.body.secret as string;
    const wrongCode = String((Number(totp(secret)) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await doctor.client.post(`${path}/issue`, { password: doctor.password, code: wrongCode });
    expect(wrong.status, wrong.text).toBe(403);
    expect(wrong.body.error.code).toBe('signature_failed');
    expect(await stored(booked.appointmentId, 1)).toMatchObject({ status: 'DRAFT' });

    const issued = await doctor.client.post(`${path}/issue`, {
      password: doctor.password,
      code: totp(secret),
    });
    expect(issued.status, issued.text).toBe(200);
    expect(issued.body.prescription.status).toBe('ISSUED');
  });

  it('a doctor without qualification or council on the profile cannot issue', async () => {
    const booked = await confirmedAppointment(5, { doctor: 'Omar', patient: 'Lata' });
    const path = `${base}/${booked.appointmentId}/prescriptions`;
    expect(
      (await booked.doctor.client.put(`${path}/draft`, draft([medicine('Paracetamol', 'paracetamol')])))
        .status,
    ).toBe(200);
    const res = await booked.doctor.client.post(`${path}/issue`, { password: booked.doctor.password });
    expect(res.status, res.text).toBe(409);
    expect(res.body.error.code).toBe('profile_incomplete');
    expect(res.body.error.message).toMatch(/qualification.*council/);
  });
});
