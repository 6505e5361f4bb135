/**
 * The booking policy, in one place (README "Booking limits"):
 *
 * - a patient holds at most MAX_OPEN_HOLDS unpaid slots (REQUESTED, hold not expired) at a time;
 * - a patient makes at most BOOKINGS_PER_WINDOW bookings in one BOOKING_WINDOW_MINUTES window
 *   (fixed windows on the clock, so a burst across a boundary can reach twice that).
 *
 * Both are counter items that move INSIDE the booking transaction, each with a condition, so two
 * bookings sent at the same moment cannot both pass. The open-holds count goes down in the same
 * transaction that takes a hold out of REQUESTED: payment confirmation, cancellation, or the sweeper.
 * Failed attempts (slot taken, bad input) count for neither: they hold nothing and email nobody.
 */
import type { TxEntities } from './counters.ts';
import { epochSeconds } from './db/index.ts';

export const MAX_OPEN_HOLDS = 2;
export const BOOKINGS_PER_WINDOW = 5;
export const BOOKING_WINDOW_MINUTES = 10;

const WINDOW_MS = BOOKING_WINDOW_MINUTES * 60_000;

/** The counter of a patient's open holds (one item per patient, so patients never contend). */
export const openHoldsKey = (patientId: string) => ({ name: `patient.${patientId}.holds`, bucket: 'open' });

/** The counter of a patient's bookings in the window that contains `now`. */
export function bookingWindowKey(patientId: string, now: Date) {
  const start = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  return {
    name: `patient.${patientId}.bookings`,
    bucket: new Date(start).toISOString(),
    end: start + WINDOW_MS,
  };
}

/**
 * The two transaction items a booking adds, in this order (see `limitRefused` for their positions).
 * A missing counter is zero.
 */
export function claimHoldOps(tx: TxEntities, patientId: string, now: Date, { hold = true } = {}) {
  const window = bookingWindowKey(patientId, now);
  return [
    // A booking confirmed at once (a free follow-up) holds nothing: it counts for the window alone.
    ...(hold ? [holdOp(tx, patientId)] : []),
    tx.counter
      .update({ name: window.name, bucket: window.bucket })
      .add({ value: 1 })
      // Kept an hour past its window for support questions, then DynamoDB's TTL removes it.
      .set({ expiresAt: epochSeconds(new Date(window.end + 3600_000)) })
      .where(({ value }, { lt, notExists }) => `(${notExists(value)} OR ${lt(value, BOOKINGS_PER_WINDOW)})`)
      .commit(),
  ];
}

const holdOp = (tx: TxEntities, patientId: string) =>
  tx.counter
    .update(openHoldsKey(patientId))
    .add({ value: 1 })
    .where(({ value }, { lt, notExists }) => `(${notExists(value)} OR ${lt(value, MAX_OPEN_HOLDS)})`)
    .commit();

/** The transaction item that gives a hold back (it left REQUESTED in the same transaction). */
export const releaseHoldOp = (tx: TxEntities, patientId: string) =>
  tx.counter.update(openHoldsKey(patientId)).add({ value: -1 }).commit();

/**
 * Which limit refused a cancelled booking transaction, from the per-item reasons: `holds` and
 * `window` start at `offset` (where claimHoldOps' items were placed).
 */
export function limitRefused(
  reasons: string[],
  offset: number,
  { hold = true } = {},
): 'holds' | 'window' | null {
  if (hold && reasons[offset] === 'ConditionalCheckFailed') return 'holds';
  if (reasons[offset + (hold ? 1 : 0)] === 'ConditionalCheckFailed') return 'window';
  return null;
}

/**
 * What the patient is told when a limit refuses a booking. Built when needed: a module-level string
 * would stay in every bundle that merely imports the appointments context.
 */
export const limitMessage = (limit: 'holds' | 'window') =>
  limit === 'holds'
    ? `You already have ${MAX_OPEN_HOLDS} bookings waiting for payment. Pay for one or cancel it before booking another time.`
    : `You have made ${BOOKINGS_PER_WINDOW} bookings in the last few minutes. Please wait ${BOOKING_WINDOW_MINUTES} minutes before booking again.`;
