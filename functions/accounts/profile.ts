/** Profiles: the user item that mirrors a Cognito user, with the doctor profile for doctors. */
import { entities, type Role } from '../core/db/index.ts';

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
  try {
    await entities()
      .user.create({
        userId: p.userId,
        email: p.email.toLowerCase(),
        firstName: p.firstName,
        lastName: p.lastName,
        role: p.role,
        directory: directoryFor(p.role, doctorDefaults.verificationStatus),
        ...doctorDefaults,
      })
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) return;
    throw error;
  }
}

export const isConditionalCheckFailed = (error: unknown): boolean => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return true;
  }
  return false;
};
