/**
 * Languages end to end on the twin: a person's language comes from their registration (the body's
 * `locale`, else the browser's Accept-Language), is kept in the profile (GET/PATCH /api/me), and every
 * email and PDF they get is in it, while the other party of the same appointment reads their own.
 * The emails are read from the SES emulator's mailbox; the receipt PDF is read back as text.
 */
import { describe, expect, it } from 'vitest';
import { icsProperties } from '../../functions/core/ics.ts';
import { ApiClient } from '../helpers/api.ts';
import { holdSlot } from '../helpers/appointments.ts';
import { payAndVerify } from '../helpers/payments.ts';
import { readPdf } from '../helpers/pdf.ts';
import {
  latestCode,
  latestEmailTo,
  PATIENT_DETAILS,
  signIn,
  TEST_PASSWORD,
  type TestUser,
  uniqueEmail,
  verifiedDoctor,
} from '../helpers/users.ts';

const HINDI_BROWSER = { 'accept-language': 'hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7' };

/** Registers through the real flow with these headers and body extras; returns the signed-in user. */
async function register(
  extra: { locale?: string; headers?: Record<string, string>; firstName?: string } = {},
): Promise<TestUser & { verifySubject: string; verifyHtml: string }> {
  const client = new ApiClient();
  const email = uniqueEmail('lang');
  const registered = await client.post(
    '/api/auth/register',
    {
      email,
      password: TEST_PASSWORD,
      firstName: extra.firstName ?? 'Priya',
      lastName: 'Verma',
      role: 'patient',
      ...(extra.locale ? { locale: extra.locale } : {}),
    },
    extra.headers,
  );
  expect(registered.status, registered.text).toBe(201);
  const mail = await latestEmailTo(email);
  const confirmed = await client.post('/api/auth/confirm', { email, code: await latestCode(email) });
  expect(confirmed.status, confirmed.text).toBe(200);
  const user = await signIn(email, TEST_PASSWORD, client);
  // Booking for oneself needs a date of birth and sex (issue 17).
  expect((await client.patch('/api/me', PATIENT_DETAILS)).status).toBe(200);
  return { ...user, verifySubject: mail.subject, verifyHtml: mail.body.html ?? '' };
}

describe('a person’s language', () => {
  it('follows a Hindi browser at registration: the code email in Hindi, and the profile says hi', async () => {
    const user = await register({ headers: HINDI_BROWSER });
    expect(user.verifySubject).toBe('Chikitsa360 के लिए अपना ईमेल वेरिफ़ाई करें');
    expect(user.verifyHtml).toContain('<html lang="hi">');
    expect(user.verifyHtml).toContain('यह OTP डालें');
    const me = await user.client.get('/api/me');
    expect(me.body.user.locale).toBe('hi');
  });

  it('takes the page’s language from the body over the browser’s, and English otherwise', async () => {
    const chosen = await register({ locale: 'hi', headers: { 'accept-language': 'en-IN,en;q=0.9' } });
    expect((await chosen.client.get('/api/me')).body.user.locale).toBe('hi');
    const english = await register({ headers: { 'accept-language': 'en-GB,en;q=0.9,hi;q=0.5' } });
    expect(english.verifySubject).toBe('Verify your email for Chikitsa360');
    expect((await english.client.get('/api/me')).body.user.locale).toBe('en');
  });

  it('refuses a language we do not speak, at registration and in the profile', async () => {
    const client = new ApiClient();
    const refused = await client.post('/api/auth/register', {
      email: uniqueEmail('lang'),
      password: TEST_PASSWORD,
      firstName: 'Kavya',
      lastName: 'Rao',
      role: 'patient',
      locale: 'ta',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    expect(refused.body.error.details.locale).toBeDefined();
    const user = await register();
    const bad = await user.client.patch('/api/me', { locale: 'xx' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.locale).toBeDefined();
    expect((await user.client.get('/api/me')).body.user.locale).toBe('en');
  });

  it('is changed in the profile, and the next code email (a password reset) follows it', async () => {
    const user = await register();
    const changed = await user.client.patch('/api/me', { locale: 'hi' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.user.locale).toBe('hi');
    expect((await user.client.get('/api/me')).body.user.locale).toBe('hi');
    const asked = await new ApiClient().post('/api/auth/forgot-password', { email: user.email });
    expect(asked.status).toBe(202);
    const reset = await latestEmailTo(user.email, 'पासवर्ड');
    expect(reset.subject).toBe('अपना Chikitsa360 पासवर्ड रीसेट करें');
    expect(reset.body.html).toMatch(/\b\d{6}\b/);
  });
});

describe('each party of an appointment reads their own language', () => {
  it('a Hindi patient gets the booking email and the receipt PDF in Hindi; the English doctor in English', async () => {
    const doctor = await verifiedDoctor({ firstName: 'Rhea', lastName: 'Menon', feeRupees: 1416 });
    const patient = await register({ headers: HINDI_BROWSER, firstName: 'प्रिया' });
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const slots = await doctor.client.post('/api/doctor/slots', {
      dates: [day],
      startTime: '10:00',
      endTime: '10:30',
      durationMinutes: 30,
      timeZone: 'Asia/Kolkata',
    });
    expect(slots.status, slots.text).toBe(201);
    const appointment = await holdSlot(patient, slots.body.slots[0].id, 'सिर में दर्द');

    // Booking received: the patient's in Hindi, the doctor's in English, each with its own details.
    const patientBooking = await latestEmailTo(patient.email, 'बुकिंग मिल गई');
    expect(patientBooking.subject).toMatch(/^बुकिंग मिल गई: डॉ\. Rhea Menon, .+ को सुबह 10:00 बजे$/);
    expect(patientBooking.body.html).toContain('<html lang="hi">');
    expect(patientBooking.body.text).toContain('नमस्ते प्रिया,');
    // ₹1,416 with Indian grouping, and the GST in the sentence.
    expect(patientBooking.body.text).toContain('₹1,670.88 का पेमेंट पूरा करें');
    expect(patientBooking.body.text).toContain('सुबह 10:00 बजे');
    expect(patientBooking.body.text).toContain('देखें और पेमेंट करें');
    const doctorBooking = await latestEmailTo(doctor.email, 'New booking request');
    expect(doctorBooking.body.html).toContain('<html lang="en">');
    expect(doctorBooking.body.text).toContain('Hello Dr. Menon,');
    expect(doctorBooking.body.text).toContain('10:00 am IST');
    expect(doctorBooking.body.text).not.toContain('नमस्ते');

    // Paid: the patient's confirmation carries the receipt PDF, in Hindi, with their Devanagari name.
    await payAndVerify(patient, appointment.id);
    const confirmation = await latestEmailTo(patient.email, 'अपॉइंटमेंट पक्का');
    expect(confirmation.body.text).toContain('आपकी रसीद इस ईमेल के साथ PDF में लगी है।');
    expect(confirmation.body.text).toContain('₹1,416');
    const [attachment] = confirmation.attachments ?? [];
    expect(attachment?.contentType).toBe('application/pdf');
    expect(attachment?.filename).toMatch(/^rasid-.+\.pdf$/);
    const facts = await readPdf(Buffer.from(attachment?.content ?? '', 'base64'));
    expect(facts.fonts.some((f) => f.baseFont.startsWith('NotoSansDevanagari-'))).toBe(true);
    for (const label of ['पेमेंट की रसीद', 'इनवॉइस नंबर', 'मरीज़ का नाम', 'कुल पेमेंट (₹)', 'प्रिया Verma'])
      expect(facts.texts, label).toContain(label);
    expect(facts.texts).toContain('डॉ. Rhea Menon से ऑनलाइन वीडियो कंसल्टेशन');
    expect(facts.texts).toContain('1,416');
    expect(facts.texts).not.toContain('BILLED TO');

    const doctorConfirmation = await latestEmailTo(doctor.email, 'Confirmed:');
    expect(doctorConfirmation.body.text).toContain('The patient has paid; this consultation is confirmed.');
    // The doctor gets no receipt, only the calendar event (in their language: English here).
    expect((doctorConfirmation.attachments ?? []).map((a) => a.filename)).toEqual(['invite.ics']);
    const doctorInvite = Buffer.from(doctorConfirmation.attachments?.[0]?.content ?? '', 'base64').toString(
      'utf8',
    );
    expect(icsProperties(doctorInvite).get('SUMMARY')).toBe('Video consultation: प्रिया Verma');
    const patientInvite = (confirmation.attachments ?? []).find((a) => a.filename === 'invite.ics');
    // Unfolded: a Hindi summary is longer than one 75-octet line.
    expect(
      icsProperties(Buffer.from(patientInvite?.content ?? '', 'base64').toString('utf8')).get('SUMMARY'),
    ).toBe('डॉ. Rhea Menon से वीडियो कंसल्टेशन');

    // Downloading the receipt: each party gets it in their own language.
    const mine = await readPdf((await patient.client.get(`/api/receipts/${appointment.id}/pdf`)).bytes);
    expect(mine.texts).toContain('पेमेंट की रसीद');
    const theirs = await readPdf((await doctor.client.get(`/api/receipts/${appointment.id}/pdf`)).bytes);
    expect(theirs.texts).toContain('TAX INVOICE');
    expect(theirs.texts).toContain('Payment receipt');
    expect(theirs.texts).toContain('Online video consultation with Dr. Rhea Menon');
    expect(theirs.texts).toContain('प्रिया Verma');
  });
});
