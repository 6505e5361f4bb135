/**
 * Follow-ups (issue 18). A doctor offers a follow-up window in days and a fee (which may be 0) on
 * their profile. From a COMPLETED appointment the account holder books one follow-up with the same
 * doctor, for the same person treated, at that fee, starting within the window counted from the
 * original's end. The doctor's settings at booking time apply (a window they shorten later does not
 * reopen or close offers already taken).
 *
 * One live follow-up per original: a marker (namespace `follow-up`, key the original's id, ref the
 * follow-up's id) is created in the booking's transaction, so a second booking or a racing one is a 409;
 * the cancellation of the follow-up (or the sweeper releasing its unpaid hold) deletes it in its own
 * transaction, so the patient can book again inside the window.
 */
import type { FollowUpOffer } from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import type { TxEntities } from '../core/counters.ts';
import { type AppointmentItem, entities, type UserItem } from '../core/db/index.ts';
import { AppError, conflict, withParams } from '../core/errors.ts';
import { priceOf } from '../core/price.ts';

const MARKER = 'follow-up';
const DAY_MS = 86_400_000;

export const FOLLOW_UP_EXISTS = 'A follow-up is already booked for this consultation.';

/** When the original's follow-up window closes, or null when the doctor offers none. */
export function followUpUntil(original: AppointmentItem, doctor: Pick<UserItem, 'followUpDays'>) {
  const days = doctor.followUpDays ?? 0;
  return days > 0 ? new Date(Date.parse(original.endAt) + days * DAY_MS).toISOString() : null;
}

/** Refuses a follow-up that breaks a rule; nothing has been written when it throws. */
export function checkFollowUp(original: AppointmentItem, doctor: UserItem, slotStartAt: string, now: Date) {
  if (doctor.userId !== original.doctorId)
    throw new AppError(
      422,
      'follow_up_other_doctor',
      'A follow-up is with the doctor of the original consultation.',
    );
  if (original.status !== 'COMPLETED')
    throw conflict('A follow-up can be booked once the consultation is completed.', 'not_completed');
  const until = followUpUntil(original, doctor);
  if (!until || Date.parse(until) <= now.getTime())
    throw new AppError(
      422,
      'follow_up_window_closed',
      'The follow-up window for this consultation has closed. Please book a new consultation.',
    );
  if (slotStartAt > until)
    throw withParams(
      422,
      'follow_up_slot_outside_window',
      `Choose a time that starts by ${until}, when the follow-up window closes.`,
      { until },
    );
}

export const followUpMarkerOp = (tx: TxEntities, originalId: string, followUpId: string) =>
  tx.marker.create({ namespace: MARKER, key: originalId, ref: followUpId }).commit();

/** Guarded on the ref, so only the follow-up that claimed the original releases it. */
export const releaseFollowUpOp = (tx: TxEntities, originalId: string, followUpId: string) =>
  tx.marker
    .delete({ namespace: MARKER, key: originalId })
    .where(({ ref }, { eq }) => eq(ref, followUpId))
    .commit();

/** The id of the original's live follow-up, if it has one. */
export async function liveFollowUp(originalId: string): Promise<string | null> {
  const { data } = await entities().marker.get({ namespace: MARKER, key: originalId }).go();
  return data?.ref ?? null;
}

/**
 * What the original offers its viewer: decided here, so the page only renders it. Null when the
 * appointment is a cancelled or missed one, or the doctor offers no follow-ups.
 */
/** Whether the appointment's page may show a follow-up offer at all (see followUpOffer). */
export const offersFollowUp = (a: AppointmentItem) =>
  !(a.status === 'CANCELLED' || a.status === 'NO_SHOW' || a.status === 'REQUESTED');

export function followUpOffer(
  original: AppointmentItem,
  doctor: Pick<UserItem, 'followUpDays' | 'followUpFeePaise'>,
  liveId: string | null,
  viewer: AuthContext,
  now: Date,
): FollowUpOffer | null {
  const until = followUpUntil(original, doctor);
  if (!until && !liveId) return null;
  if (!offersFollowUp(original)) return null;
  const feePaise = doctor.followUpFeePaise ?? 0;
  const state: FollowUpOffer['state'] = liveId
    ? 'booked'
    : original.status !== 'COMPLETED'
      ? 'pending'
      : until && Date.parse(until) > now.getTime()
        ? 'open'
        : 'closed';
  return {
    state,
    until: original.status === 'COMPLETED' ? until : null,
    feePaise,
    price: priceOf(feePaise),
    appointmentId: liveId,
    canBook: state === 'open' && viewer.userId === original.patientId,
  };
}
