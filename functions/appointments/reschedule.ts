/**
 * Rescheduling (issue 19): a party moves an active appointment to another free time of the SAME
 * doctor. One transaction frees the old slot, holds the new one (only if it is still free), and moves
 * the appointment (same id, so its payment, receipt, consent and documents stay attached), with the
 * day counters and the request's audit event. A lost race is a 409; nothing is half-moved.
 */
import type { TransactionAudit } from '../core/audit.ts';
import type { AuthContext } from '../core/auth.ts';
import { COUNTERS, type CounterChange, counterOps, dayBucket } from '../core/counters.ts';
import { type AppointmentItem, entities, type UserItem } from '../core/db/index.ts';
import { AppError, conflict, notFound, withParams } from '../core/errors.ts';
import { logger } from '../core/logger.ts';
import { tryTransact } from '../core/transact.ts';
import { syncReminders } from '../reminders/index.ts';
import { localDateOf, users } from './booking.ts';
import { checkFollowUp } from './follow-up.ts';
import { MAX_RESCHEDULES, RESCHEDULE_CUTOFF_HOURS, reschedulePolicy } from './lifecycle.ts';
import { sendReschedule } from './notifications.ts';
import { parseSlotId } from './slots.ts';

const TAKEN = 'This time was just taken. Please choose another.';
const CHANGED = 'This appointment just changed. Please reload and try again.';

/** The policy's refusal (lifecycle.ts reschedulePolicy) as the API's error. */
function refuse(a: AppointmentItem, now: Date) {
  const policy = reschedulePolicy(a, now);
  if (policy.refusal === 'closed')
    throw conflict(
      'Only a booked or confirmed appointment can be moved, before it starts.',
      'reschedule_closed',
    );
  if (policy.refusal === 'too_late')
    throw withParams(
      409,
      'reschedule_too_late',
      `An appointment can be moved until ${RESCHEDULE_CUTOFF_HOURS} hours before it starts.`,
      { hours: RESCHEDULE_CUTOFF_HOURS },
    );
  if (policy.refusal === 'limit')
    throw withParams(
      409,
      'reschedule_limit',
      `An appointment can be moved at most ${MAX_RESCHEDULES} times.`,
      {
        max: MAX_RESCHEDULES,
      },
    );
}

export async function rescheduleAppointment(
  a: AppointmentItem,
  auth: AuthContext,
  slotId: string,
  now = new Date(),
  audit?: TransactionAudit,
): Promise<AppointmentItem> {
  refuse(a, now);
  const key = parseSlotId(slotId);
  if (!key) throw notFound('That slot does not exist.');
  if (key.doctorId !== a.doctorId)
    throw new AppError(422, 'reschedule_other_doctor', 'Choose another time with the same doctor.');
  if (key.startAt === a.startAt)
    throw new AppError(422, 'reschedule_same_slot', 'That is already the time of this appointment.');
  const [{ data: slot }, people, original] = await Promise.all([
    entities().slot.get(key).go(),
    users([a.patientId, a.doctorId]),
    a.followUpOf ? entities().appointment.get({ appointmentId: a.followUpOf }).go() : null,
  ]);
  const doctor = people.get(a.doctorId);
  if (!slot || !doctor) throw notFound('That slot does not exist.');
  if (Date.parse(slot.startAt) <= now.getTime())
    throw conflict('This time has already passed. Please choose a later slot.', 'slot_past');
  if (slot.status !== 'free') throw conflict(TAKEN, 'slot_taken');
  if (doctor.disabled)
    throw conflict(`Dr. ${doctor.lastName} is not taking consultations right now.`, 'doctor_unavailable');
  // A follow-up stays inside its original's window (issue 18), wherever it moves.
  if (original?.data) checkFollowUp(original.data, doctor, slot.startAt, now);

  const moved: AppointmentItem = {
    ...a,
    startAt: slot.startAt,
    endAt: slot.endAt,
    timeZone: slot.timeZone,
    rescheduleCount: (a.rescheduleCount ?? 0) + 1,
    calendarSequence: (a.calendarSequence ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  // The admin's "scheduled per day" counts follow the consultation to its new day (one op per
  // counter item: a transaction may not touch an item twice, so a same-day move changes nothing).
  const days: CounterChange[] =
    dayBucket(a.startAt) === dayBucket(moved.startAt)
      ? []
      : [
          [COUNTERS.appointmentsScheduled, dayBucket(a.startAt), -1],
          [COUNTERS.appointmentsScheduled, dayBucket(moved.startAt), 1],
        ];
  const move = () =>
    tryTransact((tx) => [
      // 0: the old slot back to free, if it is still this appointment's.
      tx.slot
        .patch({ doctorId: a.doctorId, startAt: a.startAt })
        .set({ status: 'free', freeOn: localDateOf(a) })
        .remove(['appointmentId'])
        .where(({ appointmentId }, { eq }) => eq(appointmentId, a.appointmentId))
        .commit(),
      // 1: the new slot held for it, only if still free (a racing booking or move loses here).
      tx.slot
        .patch(key)
        .set({ status: 'held', appointmentId: a.appointmentId, freeOn: '' })
        .where(({ status }, { eq }) => eq(status, 'free'))
        .commit(),
      // 2: the appointment, guarded on what the policy was checked against (status, time, count).
      tx.appointment
        .patch({ appointmentId: a.appointmentId })
        .set({
          startAt: moved.startAt,
          endAt: moved.endAt,
          timeZone: moved.timeZone,
          rescheduleCount: moved.rescheduleCount,
          calendarSequence: moved.calendarSequence,
        })
        .where(
          ({ status, startAt, holdExpiresAt }, { eq }) =>
            `${eq(status, a.status)} AND ${eq(startAt, a.startAt)} AND ${eq(holdExpiresAt, a.holdExpiresAt)}`,
        )
        .commit(),
      ...counterOps(tx, days),
      // A confirmed appointment's reminders must move with it: the row is the sweeper's promise to
      // move them if the call after the commit fails (functions/reminders/repair.ts).
      ...(a.status === 'CONFIRMED'
        ? [tx.pendingReminder.put({ appointmentId: a.appointmentId }).commit()]
        : []),
      ...(audit?.items(tx) ?? []),
    ]);
  for (let attempt = 1; ; attempt++) {
    const result = await move();
    if (!result.canceled) break;
    if (result.reasons[1] === 'ConditionalCheckFailed') throw conflict(TAKEN, 'slot_taken');
    if (result.reasons[0] === 'ConditionalCheckFailed' || result.reasons[2] === 'ConditionalCheckFailed')
      throw conflict(CHANGED);
    // Only transaction conflicts (a concurrent booking or move touched the same items): the next
    // attempt reads the outcome from the conditions.
    if (attempt >= 3) throw conflict(TAKEN, 'slot_taken');
  }
  await afterReschedule(moved, a.startAt, auth.userId, people);
  return moved;
}

/**
 * Everything that follows a committed move, in one place: both parties' emails (with the updated
 * calendar event). Failures here are logged by the senders, never undo the move.
 */
export async function afterReschedule(
  moved: AppointmentItem,
  previousStartAt: string,
  movedBy: string,
  people: Map<string, UserItem>,
) {
  const patient = people.get(moved.patientId);
  const doctor = people.get(moved.doctorId);
  if (patient && doctor) await sendReschedule(moved, previousStartAt, movedBy, patient, doctor);
  // Best effort, as after a confirmed payment: the move stands; the pending row lets the sweeper retry.
  if (moved.status === 'CONFIRMED')
    await syncReminders(moved).catch((error) =>
      logger.error('reminders not moved', { appointmentId: moved.appointmentId, error }),
    );
}
