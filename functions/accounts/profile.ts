/** Profiles: the user item that mirrors a Cognito user, with the doctor profile for doctors. */

import { type GstStateCode, gstStateCodes, type Locale, type Me, type Sex, sexes } from '../contract/api.ts';
import { rememberAccount } from '../core/account-state.ts';
import { COUNTERS, type CounterChange, counterOps } from '../core/counters.ts';
import { entities, type Role, type UserItem } from '../core/db/index.ts';
import { notFound } from '../core/errors.ts';
import { localeOf } from '../core/i18n.ts';
import { priceOf, taxRules } from '../core/price.ts';
import { transact, tryTransact } from '../core/transact.ts';
import { listDoctor, specialtyName, unlistDoctor } from '../discovery/index.ts';
import { indexUserLookup, lookupItem, lookupKeys } from './lookup.ts';

type Verification = 'pending' | 'verified' | 'rejected';

/**
 * The gsi2 partition a user belongs to (admin lists, the verification queue, the verified directory).
 * A disabled doctor leaves them all for 'doctor-disabled', so the public directory never lists them.
 */
export const directoryFor = (role: Role, verification?: Verification, disabled?: boolean) =>
  role !== 'doctor' ? role : disabled ? 'doctor-disabled' : `doctor-${verification ?? 'pending'}`;

/**
 * A where-clause part: the `disabled` flag is still what we read. Writers of `directory` guard on it,
 * so a concurrent disable (or enable) makes them fail instead of putting the user in the wrong list.
 */
export const disabledIs = (
  disabled: boolean | undefined,
  attribute: unknown,
  { eq, notExists }: { eq: (a: never, v: boolean) => string; notExists: (a: never) => string },
) =>
  disabled
    ? eq(attribute as never, true)
    : `(${notExists(attribute as never)} OR ${eq(attribute as never, false)})`;

export interface NewProfile {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  /** From the registration; admins made by an operator read English until they choose. */
  locale?: Locale;
}

/**
 * Creates the profile item for a confirmed Cognito user. Idempotent: Cognito may deliver the
 * PostConfirmation trigger more than once, and a second delivery must not reset anything.
 */
export async function createUserProfile(p: NewProfile): Promise<void> {
  const doctorDefaults =
    p.role === 'doctor'
      ? {
          verificationStatus: 'pending' as const,
          available: true,
          languages: ['English'],
          experienceYears: 0,
          timeZone: 'Asia/Kolkata',
        }
      : {};
  const counted: CounterChange[] = [[COUNTERS.usersByRole(p.role), 'total', 1]];
  if (p.role === 'doctor') counted.push([COUNTERS.doctorsByStatus('pending'), 'total', 1]);
  // The profile and its counters in one transaction; a second delivery finds the profile and changes nothing.
  await tryTransact((tx) => [
    tx.user
      .create({
        userId: p.userId,
        email: p.email.toLowerCase(),
        firstName: p.firstName,
        lastName: p.lastName,
        role: p.role,
        locale: p.locale ?? 'en',
        directory: directoryFor(p.role, doctorDefaults.verificationStatus),
        ...doctorDefaults,
      })
      .commit(),
    ...counterOps(tx, counted),
    // Findable by the admins from the start (functions/accounts/lookup.ts).
    ...lookupKeys(p).map((key) => tx.userLookup.put(lookupItem(p.userId, key)).commit()),
  ]);
}

/** A stored sex, if it is one the contract knows. */
export const sexOf = (value: string | undefined): Sex | null =>
  (sexes as readonly string[]).includes(value ?? '') ? (value as Sex) : null;

/** What the signed-in user sees about themselves. */
export function toMe(u: UserItem): Me {
  const me = {
    id: u.userId,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    role: u.role,
    phone: u.phone ?? '',
    address: u.address ?? '',
    // Only the profile form writes it, through the schema's list of codes.
    state: (gstStateCodes as readonly string[]).includes(u.state ?? '')
      ? (u.state as GstStateCode)
      : ('' as const),
    dateOfBirth: u.dateOfBirth ?? '',
    sex: sexOf(u.sex) ?? ('' as const),
    pictureUrl: u.pictureUrl ?? '',
    timeZone: u.timeZone ?? 'Asia/Kolkata',
    locale: localeOf(u),
    mfaEnabled: u.mfaEnabled ?? false,
    reminders: { email: u.remindByEmail !== false, sms: u.remindBySms !== false },
    createdAt: u.createdAt,
  };
  if (u.role !== 'doctor') return me;
  return {
    ...me,
    doctorProfile: {
      specialty: u.specialty ?? '',
      specialtyName: u.specialty ? specialtyName(u.specialty) : '',
      registrationNumber: u.registrationNumber ?? '',
      registrationCouncil: u.registrationCouncil ?? '',
      experienceYears: u.experienceYears ?? 0,
      bio: u.bio ?? '',
      feePaise: u.feePaise ?? 0,
      price: priceOf(u.feePaise ?? 0),
      taxRules: taxRules(),
      followUpDays: u.followUpDays ?? 0,
      followUpFeePaise: u.followUpFeePaise ?? 0,
      education: u.education ?? '',
      hospital: u.hospital ?? '',
      languages: u.languages ?? [],
      available: u.available ?? true,
      verificationStatus: u.verificationStatus ?? 'pending',
      verificationNote: u.verificationNote ?? '',
    },
  };
}

export async function getUser(userId: string): Promise<UserItem> {
  const { data } = await entities().user.get({ userId }).go();
  if (!data) throw notFound('Your profile was not found. Please sign in again.');
  rememberAccount(data);
  return data;
}

/** What a partial update writes: '' clears an optional field. */
function patchOf(changes: Record<string, unknown>) {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === '' && OPTIONAL_FIELDS.has(key)) remove.push(key);
    else set[key] = value;
  }
  return { set, remove };
}

/** Applies a partial update. Returns the fresh profile. */
async function applyPatch(userId: string, changes: Record<string, unknown>) {
  const { set, remove } = patchOf(changes);
  if (!Object.keys(set).length && !remove.length) return getUser(userId);
  const { data } = await entities()
    .user.patch({ userId })
    .set(set)
    .remove(remove as never)
    .go({ response: 'all_new' });
  return data as UserItem;
}

const OPTIONAL_FIELDS = new Set([
  'phone',
  'address',
  'state',
  'dateOfBirth',
  'sex',
  'bio',
  'education',
  'hospital',
  'registrationCouncil',
]);

/**
 * A doctor's profile change that sends them back to the verification queue (pending), written with
 * the change itself, the status counters and, for a verified doctor, leaving the specialty index, in
 * ONE transaction: no one ever sees the new details on a listed doctor. Guarded on the status and
 * the disabled flag we read. Their existing appointments are untouched.
 */
async function changeAndQueue(before: UserItem, changes: Record<string, unknown>, note: string) {
  const from = before.verificationStatus ?? 'pending';
  const { set, remove } = patchOf(changes);
  const leaving = from === 'verified' ? ['listedSpecialty', 'listedName'] : [];
  await transact(
    (tx) => [
      tx.user
        .patch({ userId: before.userId })
        .set({
          ...set,
          verificationStatus: 'pending',
          directory: directoryFor('doctor', 'pending', before.disabled),
          verificationNote: note,
        })
        .remove([...remove, ...leaving] as never)
        .where(
          ({ verificationStatus, disabled }, ops) =>
            `${ops.eq(verificationStatus, from)} AND ${disabledIs(before.disabled, disabled, ops)}`,
        )
        .commit(),
      ...counterOps(tx, [
        [COUNTERS.doctorsByStatus(from), 'total', -1],
        [COUNTERS.doctorsByStatus('pending'), 'total', 1],
      ]),
    ],
    'Your profile was just changed elsewhere. Reload and try again.',
  );
  // The name tokens are separate items; search shows only listed (verified) doctors meanwhile.
  if (from === 'verified') await unlistDoctor(before.userId);
  return getUser(before.userId);
}

const isListed = (u: UserItem) => u.role === 'doctor' && u.verificationStatus === 'verified';

/**
 * Edits the signed-in user's details. A verified doctor's name is what patients see and trust, so
 * changing it is a new identity to check: they go back to "pending verification" (and out of search)
 * until an admin has looked, and the note tells the admin the old and the new name.
 */
export async function updateMe(userId: string, input: Record<string, unknown>) {
  // The view's `reminders` object is stored as two flat attributes (a partial update sets either alone).
  const { reminders: channels, ...changes } = input;
  const reminders = channels as { email?: boolean; sms?: boolean } | undefined;
  if (reminders?.email !== undefined) changes.remindByEmail = reminders.email;
  if (reminders?.sms !== undefined) changes.remindBySms = reminders.sms;
  const before = await getUser(userId);
  const firstName = (changes.firstName as string | undefined) ?? before.firstName;
  const lastName = (changes.lastName as string | undefined) ?? before.lastName;
  const renamed = firstName !== before.firstName || lastName !== before.lastName;
  let after: UserItem;
  if (isListed(before) && renamed) {
    const note = `Your name changed from “${before.firstName} ${before.lastName}” to “${firstName} ${lastName}”, so an admin will verify it again before patients see it.`;
    after = await changeAndQueue(before, changes, note);
  } else after = await applyPatch(userId, changes);
  if (renamed || (after.phone ?? '') !== (before.phone ?? '')) await indexUserLookup(after);
  return toMe(after);
}

/** The profile fields an admin may edit: the self-service ones, checked with the same schemas. */
export type AdminProfileChanges = Record<string, unknown> & {
  feeRupees?: number;
  followUpFeeRupees?: number;
};

/**
 * An admin's edit of someone's profile, with the self-service rules (the schemas are the same) but
 * not its re-verification: the admin is the one who verifies, so a verified doctor they rename stays
 * verified and is re-listed under the new name. Returns the profile before and after (for the audit).
 */
export async function adminEditProfile(userId: string, input: AdminProfileChanges) {
  const { data: before } = await entities().user.get({ userId }).go();
  if (!before) throw notFound('User not found.');
  const { feeRupees, followUpFeeRupees, ...rest } = input;
  const changes: Record<string, unknown> = { ...rest };
  if (feeRupees !== undefined) changes.feePaise = Math.round(feeRupees * 100);
  if (followUpFeeRupees !== undefined) changes.followUpFeePaise = Math.round(followUpFeeRupees * 100);
  const after = await applyPatch(userId, changes);
  const renamed = after.firstName !== before.firstName || after.lastName !== before.lastName;
  if (renamed || (after.phone ?? '') !== (before.phone ?? '')) await indexUserLookup(after);
  // The listing carries the name and the specialty: a listed doctor is listed again with the new ones.
  if (isListed(after) && !after.disabled && (renamed || after.specialty !== before.specialty))
    await listDoctor(after);
  rememberAccount(after);
  return { before, after };
}

/**
 * Edits the doctor profile. A changed registration number is a new credential: a verified doctor goes
 * back to "pending verification" and out of search until an admin checks it again. A rejected doctor
 * who corrects the profile is resubmitted (pending) for another look.
 */
export async function updateDoctorProfile(
  userId: string,
  input: Record<string, unknown> & { feeRupees?: number; followUpFeeRupees?: number },
) {
  const before = await getUser(userId);
  const { feeRupees, followUpFeeRupees, ...rest } = input;
  const changes: Record<string, unknown> = { ...rest };
  if (feeRupees !== undefined) changes.feePaise = Math.round(feeRupees * 100);
  if (followUpFeeRupees !== undefined) changes.followUpFeePaise = Math.round(followUpFeeRupees * 100);
  const from = before.verificationStatus ?? 'pending';
  const credentialChanged =
    input.registrationNumber !== undefined && input.registrationNumber !== (before.registrationNumber ?? '');
  let after: UserItem;
  if (from === 'verified' && credentialChanged) {
    after = await changeAndQueue(
      before,
      changes,
      'Your registration number changed, so an admin will verify it again.',
    );
  } else if (from === 'rejected') {
    after = await changeAndQueue(
      before,
      changes,
      'Thank you for updating your profile: an admin will review it again.',
    );
  } else {
    after = await applyPatch(userId, changes);
  }
  // Search's specialty index and its fee and language facets follow the profile (discovery/directory.ts).
  const sameLanguages = (a: string[] = [], b: string[] = []) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  const relist =
    (input.specialty !== undefined && input.specialty !== before.specialty) ||
    after.feePaise !== before.feePaise ||
    !sameLanguages(after.languages, before.languages);
  if (isListed(after) && relist) await listDoctor(after);
  return toMe(after);
}
