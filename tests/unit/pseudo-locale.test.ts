/**
 * The pseudo-locale run: the catalog is compiled with a pseudo-locale in Hindi's place (every English
 * message accented and ~40% longer, helpers/pseudo-messages.ts), then every email the server sends and
 * the receipt PDF are rendered for a reader of that locale. Whatever plain English is left in them
 * (after the stored data: names, ids, links) is text that did not come from the catalog. The run also
 * fails when a message of the emails' and documents' part of the catalog was never rendered, so a new
 * email or label must be added here.
 */

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Prescription } from '../../functions/contract/api.ts';
import { DEMO_SUPPLIER } from '../../functions/core/config.ts';
import type {
  AppointmentItem,
  PaymentItem,
  ReceiptItem,
  TranscriptionItem,
  UserItem,
} from '../../functions/core/db/index.ts';
import type { Outgoing } from '../../functions/core/email.ts';
import { readCatalog } from '../helpers/catalog.ts';
import { readPdf } from '../helpers/pdf.ts';
import { setUnitEnv } from '../helpers/unit-env.ts';

const rendered = vi.hoisted(() => new Set<string>());
const compiledAt = vi.hoisted(() => ({ dir: '' }));

vi.mock('../../functions/core/paraglide/messages.js', async () => {
  const { compilePseudoMessages } = await import('../helpers/pseudo-messages.ts');
  const path = await compilePseudoMessages();
  compiledAt.dir = path.replace(/\/out\/messages\.js$/, '');
  const compiled: Record<string, unknown> = await import(path);
  // Each message notes that it was rendered, for the coverage check at the end.
  return Object.fromEntries(
    Object.entries(compiled).map(([key, value]) => [
      key,
      typeof value === 'function'
        ? (...args: unknown[]) => {
            rendered.add(key);
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value,
    ]),
  );
});

const { bookingReceivedEmails, cancellationEmail, rescheduleEmail } = await import(
  '../../functions/appointments/notifications.ts'
);
const { paymentConfirmedPatientEmail, paymentConfirmedDoctorEmail, refundEmail, receiptAttachment } =
  await import('../../functions/payments/notifications.ts');
const { receiptPdf, toReceiptView } = await import('../../functions/payments/receipts.ts');
const { refundPlan } = await import('../../functions/payments/refunds.ts');
const { transcriptEmail, transcriptFailedEmail } = await import('../../functions/transcription/emails.ts');
const { reminderEmail } = await import('../../functions/reminders/emails.ts');
const { verificationEmail } = await import('../../functions/admin/verification.ts');
const { existingAccountEmail } = await import('../../functions/accounts/session.ts');
const { codeEmail } = await import('../../functions/accounts/triggers.ts');
const { prescriptionEmail } = await import('../../functions/prescriptions/notifications.ts');
const { prescriptionPdf } = await import('../../functions/prescriptions/pdf.ts');
const { supportEmail } = await import('../../functions/content/contact.ts');
const { renderEmail } = await import('../../functions/core/email.ts');
const m = await import('../../functions/core/paraglide/messages.js');

const LOCALE = 'hi' as const; // compiled as the pseudo-locale in this file

const now = new Date();
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

const patient = {
  userId: 'patient-1',
  email: 'priya.verma@example.in',
  firstName: 'Priya',
  lastName: 'Verma',
  role: 'patient',
  directory: 'patient',
  timeZone: 'Asia/Kolkata',
  locale: LOCALE,
} as UserItem;
const doctor = {
  userId: 'doctor-1',
  email: 'anita.sharma@example.in',
  firstName: 'Anita',
  lastName: 'Sharma',
  role: 'doctor',
  directory: 'doctor-verified',
  timeZone: 'Asia/Kolkata',
  locale: LOCALE,
} as UserItem;
const appointment = {
  appointmentId: '3f1c9a52-5b9e-4d0e-9c1a-7e2b8d6f4a10',
  patientId: patient.userId,
  doctorId: doctor.userId,
  patientName: 'Priya Verma',
  doctorName: 'Anita Sharma',
  specialty: 'dermatology',
  startAt: later(48),
  endAt: later(48.5),
  timeZone: 'Asia/Kolkata',
  status: 'CONFIRMED',
  holdExpiresAt: later(0.25),
  reason: 'Itchy rash on both arms',
  feePaise: 50_000,
} as AppointmentItem;
const receipt = {
  appointmentId: appointment.appointmentId,
  receiptNumber: 'CHK-2026-000123',
  patientName: 'Priya Verma',
  doctorName: 'Dr. Anita Sharma',
  doctorRegistrationNumber: 'DMC/R/04512',
  appointmentStartAt: appointment.startAt,
  timeZone: 'Asia/Kolkata',
  basePaise: 50_000,
  gstPaise: 9_000,
  totalPaise: 59_000,
  currency: 'INR',
  providerPaymentId: 'pay_Q1w2E3r4T5y6U7',
  paidAt: now.toISOString(),
} as ReceiptItem;
const payment = {
  appointmentId: appointment.appointmentId,
  patientId: patient.userId,
  doctorId: doctor.userId,
  status: 'REFUNDED',
  amountPaise: 59_000,
  refundPaise: 59_000,
  refundId: 'rfnd_A1b2C3d4E5f6G7',
  providerPaymentId: receipt.providerPaymentId,
  refundedAt: now.toISOString(),
} as PaymentItem;
const transcription = {
  appointmentId: appointment.appointmentId,
  recordingId: 'rec-1',
  status: 'COMPLETED',
  durationSec: 610,
  language: 'hi',
  utterances: [
    { speaker: 'Doctor', start: 0, end: 4, text: 'Namaste, kaise hain aap?' },
    { speaker: 'Patient', start: 5, end: 9, text: 'Haath par khujli hai.' },
    { speaker: 'Speaker 3', start: 10, end: 12, text: 'Theek hai.' },
    { speaker: 'System', start: 13, end: 14, text: 'Recording paused.' },
  ],
} as TranscriptionItem;
const longTranscription = {
  ...transcription,
  durationSec: 30,
  utterances: [{ speaker: 'Doctor', start: 0, end: 1, text: 'ठीक है। '.repeat(9_000) }],
} as TranscriptionItem;

/** Stored values shown as they are, in every language: people's names, ids, links, free text. */
/** What a doctor wrote on the prescription: printed as written, in any language. */
const written = {
  chiefComplaints: 'Fever for 3 days',
  relevantFindings: 'Throat red',
  provisionalDiagnosis: 'Viral pharyngitis',
  investigationsAdvised: 'CBC',
  advice: 'Rest and fluids',
  medicine: {
    name: 'Paracetamol',
    generic: 'Paracetamol',
    strength: '500 mg',
    form: 'tablet',
    dose: '1 tablet',
    frequency: 'twice a day',
    duration: '5 days',
    instructions: 'after food',
  },
  doctor: {
    name: 'Dr. Anita Sharma',
    qualification: 'MBBS',
    registrationNumber: 'DMC/R/04512',
    council: 'Delhi Medical Council',
  },
};

const DATA = [
  ...Object.values(written).filter((v) => typeof v === 'string'),
  ...Object.values(written.medicine),
  ...Object.values(written.doctor),
  'Priya Verma',
  'Priya',
  'Verma',
  'Anita Sharma',
  'Sharma',
  patient.email,
  doctor.email,
  appointment.appointmentId,
  appointment.reason,
  receipt.receiptNumber,
  receipt.doctorRegistrationNumber ?? '',
  receipt.providerPaymentId,
  payment.refundId ?? '',
  'Namaste, kaise hain aap?',
  'Mera refund abhi tak nahin aaya.',
  '01JDCONTACT0000000000000000',
  'Haath par khujli hai.',
  'Theek hai.',
  'Recording paused.',
  'The clinic closed this account.',
  'Upload a clearer licence.',
  // The supplier's legal name, address and GSTIN on the invoice (configuration; the twin's demo supplier).
  DEMO_SUPPLIER.legalName,
  ...DEMO_SUPPLIER.address.split('|'),
  DEMO_SUPPLIER.gstin,
  'RX-2026-000042',
  'care@chikitsa360.in',
];

const URLS = /https?:\/\/\S+?(?=["'\s<)]|$)/g;

/** Plain English words left once the data and links are taken out: what did not come from the catalog. */
function englishIn(text: string): string[] {
  let rest = text.replace(URLS, ' ');
  for (const value of [...DATA].sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  return [...rest.matchAll(/[A-Za-z]{2,}/g)].map((hit) =>
    rest.slice(Math.max(0, hit.index - 30), hit.index + hit[0].length + 30).replace(/\s+/g, ' '),
  );
}

const HTML_TEXT = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
    );

function emailText(email: Outgoing): string {
  const { html, text } = renderEmail(email.content, email.locale);
  return [email.content.subject, text, HTML_TEXT(html)].join('\n');
}

const emails: [string, () => Outgoing][] = [
  ['booking received (patient)', () => bookingReceivedEmails(appointment, patient, doctor).toPatient],
  ['booking received (doctor)', () => bookingReceivedEmails(appointment, patient, doctor).toDoctor],
  ...(
    [
      ['system', 'system'],
      ['doctor', doctor.userId],
      ['patient', patient.userId],
      ['admin', 'admin-1'],
    ] as const
  ).flatMap(([who, by]): [string, () => Outgoing][] => [
    [
      `cancelled by ${who} (patient, refund by notice)`,
      () =>
        cancellationEmail(
          { ...appointment, cancelledBy: by, cancelReason: 'The clinic closed this account.' },
          patient,
          refundPlan(appointment, 59_000, 'patient', now),
        ),
    ],
    [`cancelled by ${who} (doctor)`, () => cancellationEmail({ ...appointment, cancelledBy: by }, doctor)],
  ]),
  [
    'cancelled late (patient)',
    () => cancellationEmail(appointment, patient, refundPlan({ startAt: later(2) }, 59_000, 'patient', now)),
  ],
  [
    'cancelled by the clinic (patient)',
    () => cancellationEmail(appointment, patient, refundPlan(appointment, 59_000, 'doctor', now)),
  ],
  [
    'cancelled before paying (patient)',
    () =>
      cancellationEmail(appointment, patient, {
        refundPaise: 0,
        rule: 'unpaid',
        noticeHours: 0,
        explanation: '',
      }),
  ],
  [
    'moved by the patient (patient, confirmed)',
    () => rescheduleEmail(appointment, later(30), patient.userId, patient),
  ],
  ['moved by the doctor (doctor)', () => rescheduleEmail(appointment, later(30), doctor.userId, doctor)],
  ['payment confirmed (patient)', () => paymentConfirmedPatientEmail(appointment, receipt, patient)],
  ['payment confirmed (doctor)', () => paymentConfirmedDoctorEmail(appointment, doctor)],
  ['refund', () => refundEmail(payment, patient)],
  ['reminder 24 h (patient)', () => reminderEmail(appointment, patient, '24h')],
  ['reminder 24 h (doctor)', () => reminderEmail(appointment, doctor, '24h')],
  ['reminder 15 min (patient)', () => reminderEmail(appointment, patient, '15m')],
  ['reminder 15 min (doctor)', () => reminderEmail(appointment, doctor, '15m')],
  ['transcript (patient)', () => transcriptEmail(appointment, transcription, patient)],
  ['transcript (doctor)', () => transcriptEmail(appointment, transcription, doctor)],
  ['transcript cut short', () => transcriptEmail(appointment, longTranscription, patient)],
  ['no transcript: the recording (doctor)', () => transcriptFailedEmail(appointment, doctor, 'recording')],
  ['no transcript: the service (doctor)', () => transcriptFailedEmail(appointment, doctor, 'other')],
  ['verified', () => verificationEmail(doctor, 'verified')],
  ['rejected', () => verificationEmail(doctor, 'rejected', 'Upload a clearer licence.')],
  ['already registered', () => existingAccountEmail(patient.email, LOCALE)],
  ['prescription issued', () => prescriptionEmail(appointment, prescription, patient)],
  [
    'contact form message from an English page (to support)',
    () =>
      supportEmail(
        {
          name: 'Priya Verma',
          email: patient.email,
          topic: 'account',
          message: 'Mera refund abhi tak nahin aaya.',
          locale: 'en',
          messageId: '01JDCONTACT0000000000000000',
        },
        now,
        LOCALE,
      ),
  ],
  [
    'contact form message (to support)',
    () =>
      supportEmail(
        {
          name: 'Priya Verma',
          email: patient.email,
          topic: 'payment',
          message: 'Mera refund abhi tak nahin aaya.',
          locale: 'hi',
          messageId: '01JDCONTACT0000000000000000',
        },
        now,
        LOCALE,
      ),
  ],
  [
    'prescription corrected',
    () => prescriptionEmail(appointment, { ...prescription, version: 2, supersedes: 1 }, patient),
  ],
];

const prescription: Prescription = {
  appointmentId: appointment.appointmentId,
  version: 1,
  number: 'RX-2026-000042',
  status: 'ISSUED',
  issuedAt: now.toISOString(),
  supersedes: null,
  supersededBy: null,
  consultation: 'first',
  chiefComplaints: written.chiefComplaints,
  relevantFindings: written.relevantFindings,
  provisionalDiagnosis: written.provisionalDiagnosis,
  investigationsAdvised: written.investigationsAdvised,
  medicines: [
    { ...written.medicine, catalogueId: 'paracetamol', tpgList: 'O', inCatalogue: true },
    { ...written.medicine, catalogueId: null, tpgList: null, inCatalogue: false },
  ],
  advice: written.advice,
  followUpDate: null,
  doctor: written.doctor,
  patient: { name: 'Priya Verma', ageMonths: 34 * 12 + 2, sex: 'female' },
  consultedAt: appointment.startAt,
  timeZone: 'Asia/Kolkata',
  updatedAt: now.toISOString(),
};

const codeEmails = (['verify', 'reset', 'invite'] as const).flatMap((kind) =>
  [patient.firstName, undefined].map(
    (name) => [`${kind} code (${name ? 'named' : 'unnamed'})`, kind, name] as const,
  ),
);

beforeAll(() => {
  setUnitEnv();
});

// The compiled pseudo catalog is loaded by now; its folder is only this run's.
afterAll(() => {
  if (compiledAt.dir) rmSync(compiledAt.dir, { recursive: true, force: true });
});

describe('pseudo-locale: every email and the receipt come from the catalog', () => {
  it('is really the pseudo-locale that is swapped in', () => {
    expect(m.email_hello({ name: 'Priya' }, { locale: LOCALE })).toMatch(/^⟦Ĥéľľó Priya, ~+⟧$/);
    expect(m.email_hello({ name: 'Priya' }, { locale: 'en' })).toBe('Hello Priya,');
    // And the check finds English that is not data.
    expect(englishIn('⟦Ĥéľľó Priya⟧ Booking received').map((hit) => hit.trim())).toEqual([
      '⟦Ĥéľľó ⟧ Booking received',
      '⟦Ĥéľľó ⟧ Booking received',
    ]);
  });

  it.each(emails)('%s', (_, compose) => {
    const email = compose();
    expect(email.locale).toBe(LOCALE);
    expect(englishIn(emailText(email))).toEqual([]);
  });

  it.each(codeEmails)('%s', (_, kind, name) => {
    const { emailSubject, emailMessage } = codeEmail(kind, name, '482913', LOCALE);
    expect(emailMessage).toContain('482913');
    expect(englishIn(`${emailSubject}\n${HTML_TEXT(emailMessage)}`)).toEqual([]);
  });

  it('the receipt PDF, with a refund, and its file name', { timeout: 60_000 }, async () => {
    const facts = await readPdf(await receiptPdf(toReceiptView(receipt, payment), LOCALE));
    expect(facts.texts.length).toBeGreaterThan(20);
    expect(englishIn(facts.texts.join('\n'))).toEqual([]);
    const [attachment] = await receiptAttachment(receipt, LOCALE);
    expect(attachment?.fileName).toMatch(/CHK-2026-000123/);
    expect(englishIn(attachment?.fileName.replace('.pdf', '') ?? 'missing')).toEqual([]);
  });

  it('the receipt PDF of a family member’s consultation: billed to the holder, for the child', {
    timeout: 60_000,
  }, async () => {
    const facts = await readPdf(
      await receiptPdf(toReceiptView({ ...receipt, treatedName: 'आरव' }, payment), LOCALE),
    );
    expect(englishIn(facts.texts.join('\n'))).toEqual([]);
    expect(facts.texts.join('\n')).toContain('आरव');
  });

  it.each([
    ['issued, an adult', prescription],
    [
      'a correction, an infant',
      {
        ...prescription,
        version: 2,
        supersedes: 1,
        consultation: 'follow-up' as const,
        patient: { name: 'Priya Verma', ageMonths: 8, sex: 'male' as const },
      },
    ],
    [
      'superseded, no age or sex',
      {
        ...prescription,
        status: 'SUPERSEDED' as const,
        supersededBy: 2,
        patient: { name: 'Priya Verma', ageMonths: null, sex: 'other' as const },
      },
    ],
    [
      'a draft',
      {
        ...prescription,
        status: 'DRAFT' as const,
        number: null,
        issuedAt: null,
        doctor: null,
        patient: { name: 'Priya Verma', ageMonths: null, sex: null },
        followUpDate: null,
      },
    ],
  ])('the prescription PDF: %s', { timeout: 60_000 }, async (_, p) => {
    const facts = await readPdf(await prescriptionPdf(p, LOCALE));
    expect(facts.texts.length).toBeGreaterThan(15);
    expect(englishIn(facts.texts.join('\n'))).toEqual([]);
  });

  it('rendered every message of the emails and documents (a new one needs a case here)', () => {
    const surfaces =
      /^(email_|receipt_|pdf_|refund_rule_|transcript_speaker_|doctor_title$|minutes_count$|brand$)/;
    const notRendered = Object.keys(readCatalog('en')).filter(
      (key) => surfaces.test(key) && !rendered.has(key),
    );
    expect(notRendered).toEqual([]);
  });
});
