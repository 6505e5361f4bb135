/**
 * An admin's work on someone's profile: finding the account, editing its fields (the self-service
 * rules, audited field by field) and featuring a verified doctor on the home page.
 */
import { type AdminProfileChanges, adminEditProfile, findUsers, readLookupQuery } from '../accounts/index.ts';
import type { AdminUser } from '../contract/api.ts';
import type { RequestAudit } from '../core/audit.ts';
import { entities, type UserItem } from '../core/db/index.ts';
import { badRequest, conflict, isConditionalCheckFailed, notFound } from '../core/errors.ts';
import { paged, toAdminUser } from './lists.ts';

export async function findAccounts(q: { q: string; cursor?: string; limit: number }) {
  const query = readLookupQuery(q.q);
  if (!query) return { users: [] as AdminUser[], nextCursor: null };
  const page = await paged(() => findUsers(query, q));
  return { users: page.users.map(toAdminUser), nextCursor: page.cursor };
}

/**
 * Fields whose values are personal enough that the audit log names the field but not the values
 * (the log is read and exported by every admin); the others are recorded old → new. A doctor's photo is
 * no field here: only the photo routes set it (a checked file under /media/) and remove it.
 */
const SENSITIVE = new Set(['phone', 'address', 'dateOfBirth', 'sex']);
/** Doctor-only fields: a patient's or an admin's account has no doctor profile to edit. */
const DOCTOR_FIELDS = new Set([
  'specialty',
  'registrationNumber',
  'registrationCouncil',
  'experienceYears',
  'bio',
  'feeRupees',
  'followUpDays',
  'followUpFeeRupees',
  'education',
  'hospital',
  'languages',
  'available',
]);
/** The stored attribute each input field changes. */
const STORED: Record<string, string> = { feeRupees: 'feePaise', followUpFeeRupees: 'followUpFeePaise' };

const shown = (v: unknown) => (v === undefined || v === '' ? '∅' : JSON.stringify(v));

/** "field: old → new" (or just the field, for a sensitive one) for each field the edit really changed. */
export function describeChanges(before: UserItem, after: UserItem, fields: string[]) {
  const changed = fields.filter((f) => {
    const key = (STORED[f] ?? f) as keyof UserItem;
    return JSON.stringify(before[key] ?? '') !== JSON.stringify(after[key] ?? '');
  });
  const detail = changed.map((f) => {
    const key = (STORED[f] ?? f) as keyof UserItem;
    return SENSITIVE.has(f)
      ? `${f} (changed)`
      : `${String(key)}: ${shown(before[key])} → ${shown(after[key])}`;
  });
  return { changed, detail };
}

export async function editProfile(userId: string, changes: AdminProfileChanges, audit: RequestAudit) {
  const { data: user } = await entities().user.get({ userId }).go();
  if (!user) throw notFound('User not found.');
  const doctorOnly = Object.keys(changes).filter((f) => DOCTOR_FIELDS.has(f));
  if (user.role !== 'doctor' && doctorOnly.length)
    throw badRequest(
      `Only a doctor's account has ${doctorOnly.join(', ')}.`,
      Object.fromEntries(doctorOnly.map((f) => [f, ['Only doctors have this field.']])),
    );
  const { before, after } = await adminEditProfile(userId, changes);
  const { changed, detail } = describeChanges(before, after, Object.keys(changes));
  audit.note(changed.length ? detail.join('; ') : 'no change');
  return { user: toAdminUser(after), changed };
}

/**
 * Features (or stops featuring) a doctor on the home page. Only a verified doctor who is not disabled
 * can be featured; the write is guarded on both, so a verification withdrawn meanwhile wins. The home
 * page reads the flag on the verified directory, so a doctor who leaves it stops showing at once.
 */
export async function setFeatured(userId: string, featured: boolean) {
  const { data: user } = await entities().user.get({ userId }).go();
  if (user?.role !== 'doctor') throw notFound('Doctor not found.');
  const notVerified = () =>
    conflict('Only a verified doctor can be featured. Verify the doctor first.', 'not_verified');
  if (featured && (user.verificationStatus !== 'verified' || user.disabled)) throw notVerified();
  try {
    await entities()
      .user.patch({ userId })
      .set(featured ? { featured, featuredAt: new Date().toISOString() } : { featured })
      .remove((featured ? [] : ['featuredAt']) as never)
      .where(({ verificationStatus, disabled }, { eq, notExists }) =>
        featured
          ? `${eq(verificationStatus, 'verified')} AND (${notExists(disabled)} OR ${eq(disabled, false)})`
          : '',
      )
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw notVerified();
    throw error;
  }
  return { doctorId: userId, featured };
}
