/**
 * Booking, cancelling and the doctor's updates. Every change that touches an appointment and its slot
 * is ONE DynamoDB transaction (with the admin counters inside it); a lost race is a 409, never a 500
 * and never a half-written pair.
 */
import { randomUUID } from 'node:crypto';
import { ulid } from 'ulid';
import { dependantOf, sexOf } from '../accounts/index.ts';
import { closeRoomAfter, ROOM_CLOSING } from '../chat/index.ts';
import { ADULT_AGE_YEARS } from '../contract/api.ts';
import { ageInMonths } from '../contract/format.ts';
import { rememberAccount } from '../core/account-state.ts';
import type { RequestAudit, TransactionAudit } from '../core/audit.ts';
import type { AuthContext } from '../core/auth.ts';
import { claimHoldOps, limitMessage, limitRefused, releaseHoldOp } from '../core/booking-limits.ts';
import { COUNTERS, counterOps, dayBucket, statusChange } from '../core/counters.ts';
import {
  type AppointmentItem,
  type AppointmentStatus,
  type DependantItem,
  entities,
  type Role,
  type UserItem,
} from '../core/db/index.ts';
import { AppError, conflict, notFound, tooMany } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { priceLines } from '../core/price.ts';
import { localDate } from '../core/time.ts';
import { transact, tryTransact } from '../core/transact.ts';
import { issueRefund, paymentFor, type RefundPlan, refundPlan } from '../payments/index.ts';
import { dropReminders } from '../reminders/index.ts';
import { checkFollowUp, FOLLOW_UP_EXISTS, followUpMarkerOp, releaseFollowUpOp } from './follow-up.ts';
import { canCancel, canRecordOutcome, canTransition, HOLD_MINUTES } from './lifecycle.ts';
import { sendBookingReceived, sendCancellation } from './notifications.ts';
import { parseSlotId } from './slots.ts';

const TAKEN = 'This slot was just taken. Please choose another time.';

export async function users(ids: string[]): Promise<Map<string, UserItem>> {
  const { data } = await entities()
    .user.get(ids.map((userId) => ({ userId })))
    .go();
  for (const u of data) rememberAccount(u);
  return new Map(data.map((u) => [u.userId, u]));
}

/**
 * The patient's consent to the teleconsultation, recorded with the booking. TPG 2020 §3.3: a
 * teleconsultation the patient starts implies consent; `explicit` when they also ticked the statement.
 */
export interface BookingConsent {
  basis: 'explicit' | 'implied';
  termsVersion: string;
  sourceIp: string;
  userAgent: string;
}

/**
 * Holds a free slot for the patient: slot free→held and the REQUESTED appointment, in one transaction,
 * with the consent event and the request's audit event when given (through the API they always are).
 */
export async function bookSlot(
  patientId: string,
  slotId: string,
  reason: string,
  now = new Date(),
  {
    consent,
    audit,
    dependantId,
    followUpOf,
  }: {
    consent?: BookingConsent;
    audit?: RequestAudit;
    dependantId?: string | undefined;
    /** The COMPLETED original this booking follows up (its party check is the caller's). */
    followUpOf?: AppointmentItem;
  } = {},
) {
  const key = parseSlotId(slotId);
  if (!key) throw notFound('That slot does not exist.');
  const [{ data: slot }, people] = await Promise.all([
    entities().slot.get(key).go(),
    users([key.doctorId, patientId]),
  ]);
  const doctor = people.get(key.doctorId);
  const patient = people.get(patientId);
  if (!slot || !doctor || doctor.verificationStatus !== 'verified' || doctor.role !== 'doctor') {
    throw notFound('That slot does not exist.');
  }
  if (!patient) throw notFound('Your profile was not found. Please sign in again.');
  // Who is treated, checked before anything is written: a stranger's dependant is a 404 (as for any id
  // that is not the caller's), and missing details or a minor booking for themself are refused.
  const treated = dependantId
    ? treatedDependant(await dependantOf(patientId, dependantId))
    : treatedSelf(patient, slot.startAt, slot.timeZone);
  if (Date.parse(slot.startAt) <= now.getTime())
    throw conflict('This time has already passed. Please choose a later slot.', 'slot_past');
  if (slot.status !== 'free') throw conflict(TAKEN, 'slot_taken');
  // A disabled doctor is out of search already; a page opened before that must not book them either.
  if (doctor.disabled || doctor.available === false)
    throw conflict(`Dr. ${doctor.lastName} is not taking new bookings right now.`, 'doctor_unavailable');
  if (followUpOf) checkFollowUp(followUpOf, doctor, slot.startAt, now);
  const feePaise = followUpOf ? (doctor.followUpFeePaise ?? 0) : (doctor.feePaise ?? 0);
  // A free follow-up has nothing to pay, so nothing to wait for: it is confirmed in the booking's own
  // transaction, with no payment, no receipt and no GST invoice (GST is charged on a consideration;
  // there is none). A paid one goes through the hold and checkout like any booking.
  const free = Boolean(followUpOf) && feePaise === 0;

  const appointment: AppointmentItem = {
    appointmentId: randomUUID(),
    patientId,
    doctorId: key.doctorId,
    patientName: `${patient.firstName} ${patient.lastName}`,
    ...treated,
    ...(dependantId ? { dependantId } : {}),
    ...(followUpOf ? { followUpOf: followUpOf.appointmentId } : {}),
    doctorName: `${doctor.firstName} ${doctor.lastName}`,
    specialty: doctor.specialty,
    startAt: slot.startAt,
    endAt: slot.endAt,
    timeZone: slot.timeZone,
    status: free ? 'CONFIRMED' : 'REQUESTED',
    // Confirmed at once: no hold, so it ends now (the key of the sweeper's index needs a value).
    holdExpiresAt: new Date(now.getTime() + (free ? 0 : HOLD_MINUTES * 60_000)).toISOString(),
    reason,
    feePaise,
    // The price is fixed here: the checkout charges these lines whatever the configuration is by then.
    priceLines: priceLines(feePaise),
    recordingEnabled: true,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const consentItem = consent && {
    appointmentId: appointment.appointmentId,
    consentId: ulid(now.getTime()),
    kind: 'teleconsultation' as const,
    basis: consent.basis,
    userId: patientId,
    termsVersion: consent.termsVersion,
    at: now.toISOString(),
    sourceIp: consent.sourceIp,
    userAgent: consent.userAgent.slice(0, 512),
  };
  audit
    ?.about(appointment.appointmentId)
    .note(consent ? `consent=teleconsultation (${consent.basis}); terms=${consent.termsVersion}` : '');
  const book = () =>
    tryTransact((tx) => [
      tx.slot
        .patch(key)
        .set({ status: 'held', appointmentId: appointment.appointmentId, freeOn: '' })
        .where(({ status }, { eq }) => eq(status, 'free'))
        .commit(),
      tx.appointment.create(appointment).commit(),
      // From item 2 (LIMIT_ITEMS): the patient's open holds (unless free) and bookings in this window.
      ...claimHoldOps(tx, patientId, now, { hold: !free }),
      // One live follow-up per original: a second (or a racing one) fails on this marker.
      ...(followUpOf ? [followUpMarkerOp(tx, followUpOf.appointmentId, appointment.appointmentId)] : []),
      ...counterOps(tx, [
        ...statusChange(null, appointment.status),
        [COUNTERS.appointmentsBooked, dayBucket(now), 1],
        [COUNTERS.appointmentsScheduled, dayBucket(appointment.startAt), 1],
      ]),
      // The consent and its audit event commit with the booking, or neither does.
      ...(consentItem ? [tx.consent.create(consentItem).commit()] : []),
      ...(audit?.items(tx) ?? []),
    ]);
  let releasedExpired = false;
  for (let attempt = 1; ; attempt++) {
    const result = await book();
    if (!result.canceled) break;
    if (result.reasons[0] === 'ConditionalCheckFailed') throw conflict(TAKEN, 'slot_taken');
    if (followUpOf && result.reasons[LIMIT_ITEMS + (free ? 1 : 2)] === 'ConditionalCheckFailed')
      throw conflict(FOLLOW_UP_EXISTS, 'follow_up_exists');
    const limit = limitRefused(result.reasons, LIMIT_ITEMS, { hold: !free });
    if (limit === 'holds') {
      // Holds that ran out but were not swept yet still count: release them now, then try once more.
      if (!releasedExpired && (await releaseExpiredHolds(patientId, now)) > 0) {
        releasedExpired = true;
        continue;
      }
      throw conflict(limitMessage('holds'), 'too_many_holds');
    }
    if (limit === 'window') throw tooMany(limitMessage('window'), 'booking_rate_limited');
    // Only transaction conflicts: another booking touched the same slot or counters at that moment.
    // The next attempt reads the outcome (the slot is taken, a limit is reached, or it succeeds).
    if (attempt >= 3) throw conflict(TAKEN, 'slot_taken');
  }
  // The booking email asks for payment within the hold; a free follow-up is already confirmed.
  if (!free) await sendBookingReceived(appointment, patient, doctor);
  return appointment;
}

const treatedDependant = (d: DependantItem) => ({
  treatedName: d.name,
  treatedDateOfBirth: d.dateOfBirth,
  treatedSex: d.sex,
  treatedRelationship: d.relationship,
});

/**
 * The account holder as the person treated. TPG 2020 (the prescription's patient age and sex) needs
 * both, so a booking without them is refused; and a minor is booked by an adult, as their dependant
 * (TPG 2020, identifying the patient: a minor consults with an adult whose identity is established), so
 * a holder under 18 cannot book for themself.
 */
function treatedSelf(patient: UserItem, startAt: string, timeZone: string) {
  const sex = sexOf(patient.sex);
  if (!patient.dateOfBirth || !sex) {
    const details: Record<string, string[]> = {};
    if (!patient.dateOfBirth) details.dateOfBirth = ['Add your date of birth.'];
    if (!sex) details.sex = ['Add your sex.'];
    throw new AppError(
      422,
      'patient_details_required',
      'Add your date of birth and sex to your profile: your doctor needs them to treat you.',
      details,
    );
  }
  const months = ageInMonths(patient.dateOfBirth, localDate(new Date(startAt), timeZone)) ?? 0;
  if (months < ADULT_AGE_YEARS * 12)
    throw new AppError(
      422,
      'patient_under_18',
      'Someone under 18 is booked by a parent or guardian, as a family member on their account.',
    );
  return {
    treatedName: `${patient.firstName} ${patient.lastName}`,
    treatedDateOfBirth: patient.dateOfBirth,
    treatedSex: sex,
    treatedRelationship: 'self' as const,
  };
}

/** Where claimHoldOps' items sit in the booking transaction: after the slot and the appointment. */
const LIMIT_ITEMS = 2;

/** Cancels the patient's own REQUESTED holds whose 15 minutes are over (what the sweeper would do next). */
async function releaseExpiredHolds(patientId: string, now: Date): Promise<number> {
  const { data } = await entities()
    .appointment.query.byPatient({ patientId })
    // A hold is for a slot that had not started when it was made, at most HOLD_MINUTES ago.
    .gte({ startAt: new Date(now.getTime() - HOLD_MINUTES * 60_000).toISOString() })
    .where(
      ({ status, holdExpiresAt }, { eq, lte }) =>
        `${eq(status, 'REQUESTED')} AND ${lte(holdExpiresAt, now.toISOString())}`,
    )
    .go({ pages: 'all' });
  let released = 0;
  for (const a of data) if (await expireHold(a, now)) released++;
  return released;
}

/** The appointment's slot back to free (unless its time has passed: a past slot is no use to anyone). */
function freeSlotOp(tx: Parameters<Parameters<typeof transact>[0]>[0], a: AppointmentItem, now: Date) {
  if (Date.parse(a.startAt) <= now.getTime()) return [];
  return [
    tx.slot
      .patch({ doctorId: a.doctorId, startAt: a.startAt })
      .set({ status: 'free', freeOn: localDateOf(a) })
      .remove(['appointmentId'])
      .where(({ appointmentId }, { eq }) => eq(appointmentId, a.appointmentId))
      .commit(),
  ];
}

/** The doctor's calendar day of an appointment's start: the slot's `freeOn` when it is freed again. */
export const localDateOf = (a: Pick<AppointmentItem, 'timeZone' | 'startAt'>) =>
  localDate(new Date(a.startAt), a.timeZone);

/**
 * Cancels and frees the slot in one transaction, guarded on the status we read (so a concurrent
 * payment or cancellation makes this a 409 instead of a lost update). The refund owed and the
 * request's audit event are items of the same transaction.
 */
export async function cancelAppointment(
  a: AppointmentItem,
  by: { userId: string; role: Role } | 'system',
  reason: string | undefined,
  now = new Date(),
  options: { guard?: { holdExpiredBefore?: string }; audit?: TransactionAudit } = {},
) {
  // A paid appointment: the refund owed is decided and recorded in this same transaction.
  const payment = a.status === 'CONFIRMED' ? await paymentFor(a.appointmentId) : null;
  const plan =
    payment?.status === 'COMPLETED' && by !== 'system'
      ? refundPlan(a, payment.amountPaise, by.role, now)
      : null;
  const refundOwed = payment && plan && plan.refundPaise > 0 ? plan.refundPaise : 0;
  const cancelled = await cancelAndFreeSlot(a, by, reason, now, {
    ...options,
    refundOwed,
    refundPlan: plan ?? undefined,
  });
  if (cancelled && payment && refundOwed) await issueRefund(payment, refundOwed, now);
  // Only a confirmed appointment can have people in its room: close their sockets, with the reason.
  if (cancelled && a.status === 'CONFIRMED') {
    await closeRoomAfter(a.appointmentId, ROOM_CLOSING.cancelled);
    // A schedule that survives a failure here still sends nothing: the worker finds it CANCELLED.
    await dropReminders(a.appointmentId).catch((error) =>
      logger.error('reminders not deleted', { appointmentId: a.appointmentId, error }),
    );
  }
  return cancelled;
}

/**
 * The cancellation itself: appointment, slot, the owed refund's record and the counters in one
 * transaction, then the emails. It knows nothing of the payment gateway, so the sweeper (which only
 * releases unpaid holds) does not bundle the payments code.
 */
async function cancelAndFreeSlot(
  a: AppointmentItem,
  by: { userId: string; role: Role } | 'system',
  reason: string | undefined,
  now: Date,
  options: {
    guard?: { holdExpiredBefore?: string };
    refundOwed?: number;
    refundPlan?: RefundPlan;
    audit?: TransactionAudit;
  },
) {
  const { guard, refundOwed = 0 } = options;
  const cancelledBy = by === 'system' ? 'system' : by.userId;
  const result = await tryTransact((tx) => [
    tx.appointment
      .patch({ appointmentId: a.appointmentId })
      .set({
        status: 'CANCELLED',
        holdExpiresAt: a.holdExpiresAt,
        cancelledBy,
        cancelReason: reason ?? '',
        // The cancelling .ics must outrank every file sent before it (RFC 5545 SEQUENCE).
        calendarSequence: (a.calendarSequence ?? 0) + 1,
      })
      .where(({ status, holdExpiresAt }, { eq, lte }) =>
        guard?.holdExpiredBefore
          ? `${eq(status, a.status)} AND ${lte(holdExpiresAt, guard.holdExpiredBefore)}`
          : eq(status, a.status),
      )
      .commit(),
    ...freeSlotOp(tx, a, now),
    ...(refundOwed
      ? [
          tx.payment
            .patch({ appointmentId: a.appointmentId })
            .set({ refundRequestedAt: now.toISOString(), refundPaise: refundOwed })
            .where(({ status }, { eq }) => eq(status, 'COMPLETED'))
            .commit(),
        ]
      : []),
    ...(a.status === 'REQUESTED' ? [releaseHoldOp(tx, a.patientId)] : []),
    // A cancelled follow-up (an unpaid hold that ran out, too) frees its original for another.
    ...(a.followUpOf ? [releaseFollowUpOp(tx, a.followUpOf, a.appointmentId)] : []),
    ...counterOps(tx, [
      ...statusChange(a.status, 'CANCELLED'),
      [COUNTERS.appointmentsScheduled, dayBucket(a.startAt), -1],
    ]),
    ...(options.audit?.items(tx) ?? []),
  ]);
  if (result.canceled) return null;
  const cancelled: AppointmentItem = {
    ...a,
    status: 'CANCELLED',
    cancelledBy,
    cancelReason: reason ?? '',
    calendarSequence: (a.calendarSequence ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  const people = await users([a.patientId, a.doctorId]);
  const patient = people.get(a.patientId);
  const doctor = people.get(a.doctorId);
  if (patient && doctor)
    await sendCancellation(cancelled, patient, doctor, options.refundPlan, a.status === 'CONFIRMED');
  return cancelled;
}

/** A party cancels (before the start). */
export async function cancelByParty(
  a: AppointmentItem,
  auth: AuthContext,
  reason: string | undefined,
  now = new Date(),
  audit?: TransactionAudit,
) {
  if (!canCancel(a, now)) {
    throw conflict(
      a.status === 'CANCELLED'
        ? 'This appointment is already cancelled.'
        : 'This appointment can no longer be cancelled.',
      'not_cancellable',
    );
  }
  const cancelled = await cancelAppointment(a, auth, reason, now, { audit });
  if (!cancelled) throw conflict('This appointment just changed. Please reload and try again.');
  return cancelled;
}

/**
 * The doctor records the outcome (COMPLETED / NO_SHOW) and/or edits notes; the request's audit event
 * (the clinical record changed) commits with the change.
 */
export async function updateByDoctor(
  a: AppointmentItem,
  changes: { status?: AppointmentStatus; notes?: string; recordingEnabled?: boolean },
  now = new Date(),
  audit?: TransactionAudit,
) {
  const set: Partial<AppointmentItem> = {};
  if (changes.notes !== undefined) {
    if (a.status === 'CANCELLED')
      throw conflict('A cancelled appointment cannot be edited.', 'invalid_transition');
    set.notes = changes.notes;
  }
  if (changes.recordingEnabled !== undefined) {
    if (a.status !== 'REQUESTED' && a.status !== 'CONFIRMED')
      throw conflict(
        'Recording can only be changed before or during the consultation.',
        'invalid_transition',
      );
    set.recordingEnabled = changes.recordingEnabled;
  }
  if (changes.status !== undefined && changes.status !== a.status) {
    if (!canTransition(a.status, changes.status)) {
      throw conflict(`An appointment cannot go from ${a.status} to ${changes.status}.`, 'invalid_transition');
    }
    if (!canRecordOutcome(a, now)) {
      throw conflict('You can record the outcome once the consultation time has come.', 'invalid_transition');
    }
    set.status = changes.status;
    set.holdExpiresAt = a.holdExpiresAt;
  }
  if (!Object.keys(set).length) return a;
  await transact(
    (tx) => [
      tx.appointment
        .patch({ appointmentId: a.appointmentId })
        .set(set)
        .where(({ status }, { eq }) => eq(status, a.status))
        .commit(),
      ...(set.status ? counterOps(tx, statusChange(a.status, set.status)) : []),
      ...(audit?.items(tx) ?? []),
    ],
    'This appointment just changed. Please reload and try again.',
  );
  return { ...a, ...set, updatedAt: now.toISOString() };
}

/**
 * The hold sweeper: cancels REQUESTED appointments whose 15-minute hold has passed and frees their
 * slots. Guarded on status AND expiry, so a payment confirmed in the same instant wins cleanly.
 */
export async function expireHolds(now = new Date(), limit = 100) {
  const { data } = await entities()
    .appointment.query.byStatus({ status: 'REQUESTED' })
    .lte({ holdExpiresAt: now.toISOString() })
    .go({ limit });
  let expired = 0;
  for (const a of data) if (await expireHold(a, now)) expired++;
  return { examined: data.length, expired };
}

/** Releases one hold whose time is over (guarded on that, so a payment confirmed meanwhile wins). */
const expireHold = (a: AppointmentItem, now: Date) =>
  // A REQUESTED hold was never paid, so there is nothing to refund: straight to the cancellation.
  cancelAndFreeSlot(a, 'system', 'The payment was not completed within 15 minutes.', now, {
    guard: { holdExpiredBefore: now.toISOString() },
  });
