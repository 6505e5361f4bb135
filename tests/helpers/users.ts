/** Real users for tests, made through the real flows: register → code from the local mailbox → confirm → sign in. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { createUserProfile } from '../../functions/accounts/profile.ts';
import { DEMO_PASSWORD, demoPeople, ensureCognitoUser } from '../../lib/local/seed.ts';
import { readMailbox } from '../../lib/local/ses.ts';
import { totp } from '../../lib/local/totp.ts';
import { ApiClient, currentTwin } from './api.ts';
import { until } from './wait.ts';

export const TEST_PASSWORD = 'Sehat@2026!';

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@test.chikitsa360.local`;

/** The newest email to an address, waiting briefly for it to arrive. */
export function latestEmailTo(address: string, subjectIncludes?: string) {
  return until(
    async () => {
      const emails = (await readMailbox(currentTwin().mailboxUrl)).filter(
        (e) =>
          e.destination.to.includes(address) && (!subjectIncludes || e.subject.includes(subjectIncludes)),
      );
      // The mailbox stores in arrival order; its timestamps are whole seconds, so the last match is the newest.
      return emails.at(-1);
    },
    {
      what: `an email to ${address}${subjectIncludes ? ` about "${subjectIncludes}"` : ''}`,
      intervalMs: 100,
    },
  );
}

/** The 6-digit code in the newest verification or reset email. */
export async function latestCode(address: string, subjectIncludes?: string): Promise<string> {
  const email = await latestEmailTo(address, subjectIncludes);
  const code = /\b(\d{6})\b/.exec(email.body.text ?? email.body.html ?? '')?.[1];
  if (!code) throw new Error(`No code in "${email.subject}"`);
  return code;
}

export interface TestUser {
  client: ApiClient;
  email: string;
  password: string;
  userId: string;
  role: 'patient' | 'doctor' | 'admin';
}

/** What a test patient's profile says unless the test asks otherwise: an adult, so they can book for themself. */
export const PATIENT_DETAILS = { dateOfBirth: '1990-06-15', sex: 'female' } as const;

/**
 * A confirmed, signed-in user. A patient gets PATIENT_DETAILS (booking for oneself needs a date of
 * birth and sex) unless `details` is null (a profile without them) or names others.
 */
export async function registerAndSignIn(
  role: 'patient' | 'doctor',
  names: {
    firstName?: string;
    lastName?: string;
    details?: { dateOfBirth: string; sex: 'female' | 'male' | 'other' } | null;
  } = {},
): Promise<TestUser> {
  const client = new ApiClient();
  const email = uniqueEmail(role);
  const registered = await client.post('/api/auth/register', {
    email,
    password: TEST_PASSWORD,
    firstName: names.firstName ?? 'Test',
    lastName: names.lastName ?? (role === 'doctor' ? 'Doctor' : 'Patient'),
    role,
  });
  expect(registered.status, registered.text).toBe(201);
  const confirmed = await client.post('/api/auth/confirm', {
    email,
    code: await latestCode(email, 'Verify'),
  });
  expect(confirmed.status, confirmed.text).toBe(200);
  const user = await signIn(email, TEST_PASSWORD, client);
  const details = names.details === undefined ? PATIENT_DETAILS : names.details;
  if (role === 'patient' && details) {
    const saved = await client.patch('/api/me', details);
    expect(saved.status, saved.text).toBe(200);
  }
  return user;
}

/** Authenticator secrets of accounts with two-step sign-in, by email (the demo admin's comes from the twin). */
export const totpSecrets = new Map<string, string>();
const totpSecretOf = (email: string) =>
  totpSecrets.get(email) ??
  (email === demoPeople.admin.email ? process.env.DEMO_ADMIN_TOTP_SECRET : undefined);

export async function signIn(
  email: string,
  password = DEMO_PASSWORD,
  client = new ApiClient(),
): Promise<TestUser> {
  let res = await client.post('/api/auth/login', { email, password });
  if (res.status === 200 && res.body.mfaRequired) {
    const secret = totpSecretOf(email);
    if (!secret) throw new Error(`${email} has two-step sign-in on, and no secret is known`);
    res = await client.post('/api/auth/mfa', { code: totp(secret) });
  }
  expect(res.status, res.text).toBe(200);
  return { client, email, password, userId: res.body.user.id, role: res.body.user.role };
}

/**
 * A new admin of this test's own (as `npm run admin:create` makes one), with two-step sign-in turned
 * on through the API as a person does it (admins need it for the console). For tests that change an
 * admin's own account, which must not touch the demo admin that other test files sign in as.
 */
export async function newAdmin(): Promise<TestUser> {
  const person = {
    email: uniqueEmail('admin'),
    firstName: 'Test',
    lastName: 'Admin',
    role: 'admin' as const,
  };
  const userId = await ensureCognitoUser(person);
  await createUserProfile({ userId, ...person });
  const admin = await signIn(person.email);
  const setup = await admin.client.post('/api/auth/mfa/setup');
  expect(setup.status, setup.text).toBe(200);
  const verified = await admin.client.post('/api/auth/mfa/verify', { code: totp(setup.body.secret) });
  expect(verified.status, verified.text).toBe(200);
  totpSecrets.set(person.email, setup.body.secret);
  return admin;
}

/**
 * A doctor who registered through the real flow, filled in the doctor profile, and was verified.
 * Verified by the admin console's own domain function (listing, counters), without the email.
 */
export async function verifiedDoctor(
  profile: {
    firstName?: string;
    lastName?: string;
    specialty?: string;
    feeRupees?: number;
    timeZone?: string;
    languages?: string[];
  } = {},
): Promise<TestUser> {
  const doctor = await registerAndSignIn('doctor', {
    firstName: profile.firstName ?? 'Test',
    lastName: profile.lastName ?? 'Doctor',
  });
  const saved = await doctor.client.patch('/api/me/doctor-profile', {
    specialty: profile.specialty ?? 'general-medicine',
    registrationNumber: 'TEST/12345',
    experienceYears: 5,
    feeRupees: profile.feeRupees ?? 500,
    languages: profile.languages ?? ['English', 'Hindi'],
    available: true,
  });
  expect(saved.status, saved.text).toBe(200);
  if (profile.timeZone)
    expect((await doctor.client.patch('/api/me', { timeZone: profile.timeZone })).status).toBe(200);
  const { decideVerification } = await import('../../functions/admin/verification.ts');
  await decideVerification(doctor.userId, 'verify', undefined, { notify: false });
  return doctor;
}

/** Gives a doctor what a prescription must carry about them: qualification, registration and council. */
export async function prescribingDoctor(doctor: TestUser) {
  const res = await doctor.client.patch('/api/me/doctor-profile', {
    education: 'MBBS, MD (General Medicine)',
    registrationCouncil: 'Delhi Medical Council',
  });
  expect(res.status, res.text).toBe(200);
}

/** A draft prescription for a child's fever: the TPG fields a draft needs and one catalogue medicine. */
export const childFeverDraft = {
  chiefComplaints: 'Fever for two days',
  provisionalDiagnosis: 'Viral fever',
  medicines: [
    {
      name: 'Paracetamol',
      catalogueId: 'paracetamol',
      strength: '250 mg/5 ml',
      form: 'syrup',
      dose: '5 ml',
      frequency: 'every 6 hours when needed',
      duration: '3 days',
    },
  ],
};

/** A random capitalised word (names accept letters only), to make a test's doctor findable alone. */
export const uniqueWord = (prefix = '') =>
  prefix +
  Array.from({ length: 6 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
