/**
 * The appointment state machine, in one place:
 *
 *   REQUESTED ──pay──► CONFIRMED ──► COMPLETED | NO_SHOW
 *       └────────┬───────────┘
 *                ▼
 *            CANCELLED
 *
 * REQUESTED → CONFIRMED happens only through a verified payment; the doctor moves CONFIRMED to
 * COMPLETED or NO_SHOW once the consultation time has come; either party cancels before it starts.
 */
import type { RescheduleRefusal } from '../contract/api.ts';
import type { AppointmentStatus } from '../core/db/index.ts';

export const transitions: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  REQUESTED: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['COMPLETED', 'NO_SHOW', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

export const canTransition = (from: AppointmentStatus, to: AppointmentStatus) =>
  transitions[from].includes(to);

/** Statuses the doctor may set by hand (the rest come from payment and cancellation). */
export const doctorSettableStatuses = ['COMPLETED', 'NO_SHOW'] as const;

export const HOLD_MINUTES = 15;
export const JOIN_OPENS_MINUTES_BEFORE = 15;
export const JOIN_CLOSES_MINUTES_AFTER = 60;

const minutes = (n: number) => n * 60_000;

export function joinWindow(startAt: string) {
  const start = Date.parse(startAt);
  return {
    opensAt: new Date(start - minutes(JOIN_OPENS_MINUTES_BEFORE)).toISOString(),
    closesAt: new Date(start + minutes(JOIN_CLOSES_MINUTES_AFTER)).toISOString(),
  };
}

/** CONFIRMED, and from 15 minutes before the start to 60 minutes after it. */
export function canJoin(a: { status: AppointmentStatus; startAt: string }, now: Date): boolean {
  if (a.status !== 'CONFIRMED') return false;
  const { opensAt, closesAt } = joinWindow(a.startAt);
  return now.toISOString() >= opensAt && now.toISOString() <= closesAt;
}

/** Either party may cancel an active appointment until it starts. */
export const canCancel = (a: { status: AppointmentStatus; startAt: string }, now: Date) =>
  (a.status === 'REQUESTED' || a.status === 'CONFIRMED') && Date.parse(a.startAt) > now.getTime();

/** The doctor may record the outcome once the consultation time has come. */
export const canRecordOutcome = (a: { status: AppointmentStatus; startAt: string }, now: Date) =>
  a.status === 'CONFIRMED' && Date.parse(a.startAt) <= now.getTime();

/**
 * THE rescheduling policy (issue 19), in one place: the view's `actions.canReschedule` and `reschedule`,
 * the page's policy line and `rescheduleAppointment`'s refusal all read it. A party may move an active
 * appointment (a hold still running, or a confirmed one) to another free time of the same doctor until
 * RESCHEDULE_CUTOFF_HOURS before its CURRENT start, at most MAX_RESCHEDULES times: late moves leave the
 * doctor an empty hour nobody can book, and unlimited moves would let a patient sit on a slot.
 */
export const RESCHEDULE_CUTOFF_HOURS = 4;
export const MAX_RESCHEDULES = 2;

export function reschedulePolicy(
  a: {
    status: AppointmentStatus;
    startAt: string;
    holdExpiresAt: string;
    rescheduleCount?: number | undefined;
  },
  now: Date,
): { allowed: boolean; refusal: RescheduleRefusal | null; until: string; used: number } {
  const until = new Date(Date.parse(a.startAt) - RESCHEDULE_CUTOFF_HOURS * 3_600_000).toISOString();
  const used = a.rescheduleCount ?? 0;
  const active =
    a.status === 'CONFIRMED' || (a.status === 'REQUESTED' && Date.parse(a.holdExpiresAt) > now.getTime());
  const refusal: RescheduleRefusal | null = !active
    ? 'closed'
    : now.toISOString() >= until
      ? 'too_late'
      : used >= MAX_RESCHEDULES
        ? 'limit'
        : null;
  return { allowed: refusal === null, refusal, until, used };
}
