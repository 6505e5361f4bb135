/** Profiles: the user item that mirrors a Cognito user, with the doctor profile for doctors. */

import { COUNTERS, type CounterChange, counterOps } from '../core/counters.ts';
import { entities, type Role, type UserItem } from '../core/db/index.ts';
import { notFound } from '../core/errors.ts';
import { transact, tryTransact } from '../core/transact.ts';
import { listDoctor, unlistDoctor } from '../discovery/directory.ts';
import { specialtyName } from '../discovery/specialties.ts';

type Verification = 'pending' | 'verified' | 'rejected';

/** The gsi2 partition a user belongs to (admin lists, the verification queue, the verified directory). */
export const directoryFor = (role: Role, verification?: Verification) =>
  role === 'doctor' ? `doctor-${verification ?? 'pending'}` : role;

export interface NewProfile {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
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
        directory: directoryFor(p.role, doctorDefaults.verificationStatus),
        ...doctorDefaults,
      })
      .commit(),
    ...counterOps(tx, counted),
  ]);
}

/** What the signed-in user sees about themselves. */
export function toMe(u: UserItem) {
  const me = {
    id: u.userId,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    role: u.role,
    phone: u.phone ?? '',
    address: u.address ?? '',
    dateOfBirth: u.dateOfBirth ?? '',
    pictureUrl: u.pictureUrl ?? '',
    timeZone: u.timeZone ?? 'Asia/Kolkata',
    mfaEnabled: u.mfaEnabled ?? false,
    createdAt: u.createdAt,
  };
  if (u.role !== 'doctor') return me;
  return {
    ...me,
    doctorProfile: {
      specialty: u.specialty ?? '',
      specialtyName: u.specialty ? specialtyName(u.specialty) : '',
      registrationNumber: u.registrationNumber ?? '',
      experienceYears: u.experienceYears ?? 0,
      bio: u.bio ?? '',
      feePaise: u.feePaise ?? 0,
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
  return data;
}

/** Applies a partial update; '' clears an optional field. Returns the fresh profile. */
async function applyPatch(userId: string, changes: Record<string, unknown>) {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === '' && OPTIONAL_FIELDS.has(key)) remove.push(key);
    else set[key] = value;
  }
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
  'dateOfBirth',
  'pictureUrl',
  'bio',
  'education',
  'hospital',
]);

export async function updateMe(userId: string, changes: Record<string, unknown>) {
  const before = await getUser(userId);
  const after = await applyPatch(userId, changes);
  if (isListed(after) && (before.firstName !== after.firstName || before.lastName !== after.lastName)) {
    await listDoctor(after);
  }
  return toMe(after);
}

const isListed = (u: UserItem) => u.role === 'doctor' && u.verificationStatus === 'verified';

/**
 * Edits the doctor profile. A changed registration number is a new credential: a verified doctor goes
 * back to "pending verification" and out of search until an admin checks it again. A rejected doctor
 * who corrects the profile is resubmitted (pending) for another look. Status moves carry their
 * counters in the same transaction.
 */
export async function updateDoctorProfile(
  userId: string,
  input: Record<string, unknown> & { feeRupees?: number },
) {
  const before = await getUser(userId);
  const { feeRupees, ...rest } = input;
  const changes: Record<string, unknown> = { ...rest };
  if (feeRupees !== undefined) changes.feePaise = Math.round(feeRupees * 100);
  const from = before.verificationStatus ?? 'pending';
  const credentialChanged =
    input.registrationNumber !== undefined && input.registrationNumber !== (before.registrationNumber ?? '');
  const to = from === 'verified' && credentialChanged ? 'pending' : from === 'rejected' ? 'pending' : from;
  let after: UserItem;
  if (to === from) {
    after = await applyPatch(userId, changes);
  } else {
    const note =
      from === 'verified'
        ? 'Your registration number changed, so an admin will verify it again.'
        : 'Thank you for updating your profile: an admin will review it again.';
    await applyPatch(userId, changes);
    await transact(
      (tx) => [
        tx.user
          .patch({ userId })
          .set({ verificationStatus: to, directory: directoryFor('doctor', to), verificationNote: note })
          .where(({ verificationStatus }, { eq }) => eq(verificationStatus, from))
          .commit(),
        ...counterOps(tx, [
          [COUNTERS.doctorsByStatus(from), 'total', -1],
          [COUNTERS.doctorsByStatus(to), 'total', 1],
        ]),
      ],
      'Your profile was just changed elsewhere. Reload and try again.',
    );
    if (from === 'verified') await unlistDoctor(userId);
    after = await getUser(userId);
  }
  if (isListed(after) && input.specialty !== undefined && input.specialty !== before.specialty) {
    await listDoctor(after);
  }
  return toMe(after);
}
