/**
 * Platform statistics for the admin dashboard, kept as counters that move in the SAME transaction as
 * the event they count (so they can never drift from the truth), read with GetItem/Query, never by
 * scanning. Names are listed here so the dashboard and the writers agree.
 */
import type { Db } from './db/index.ts';
import { localDate } from './time.ts';

export const COUNTERS = {
  /** Users by role ('patient' | 'doctor' | 'admin'), moved when a profile is created. */
  usersByRole: (role: string) => `users.role.${role}`,
  /** Doctors by verification status, moved when an admin decides. */
  doctorsByStatus: (status: string) => `doctors.status.${status}`,
  appointmentsByStatus: (status: string) => `appointments.status.${status}`,
  /** Bookings made, bucketed by the day they were made (India time). */
  appointmentsBooked: 'appointments.booked',
  /** Appointments scheduled to happen, bucketed by the day they start (India time); cancellations subtract. */
  appointmentsScheduled: 'appointments.scheduled',
  /** Net revenue in paise (payments minus refunds), by day and by month. */
  revenuePaise: 'revenue.paise',
  transcriptionsFailed: 'transcriptions.failed',
  /**
   * The last GST invoice serial issued, bucketed by financial year ('2627'): moved by exactly one, with
   * a condition on its value, in the transaction that issues the invoice (payments/checkout.ts).
   */
  invoiceSerial: 'invoice.serial',
} as const;

/** Counter buckets use the clinic network's home zone so "today" means the same to every admin. */
export const STATS_TIME_ZONE = 'Asia/Kolkata';
export const dayBucket = (instant: Date | string) => localDate(new Date(instant), STATS_TIME_ZONE);
export const monthBucket = (instant: Date | string) => dayBucket(instant).slice(0, 7);

export type CounterChange = [name: string, bucket: string, delta: number];

/** The entities as a transaction's builder hands them out. */
export type TxEntities = Parameters<Parameters<Db['transaction']['write']>[0]>[0];

/** Transaction items that apply counter changes (ADD creates a missing counter at zero). */
export function counterOps(entities: TxEntities, changes: CounterChange[]) {
  return changes.map(([name, bucket, delta]) =>
    entities.counter.update({ name, bucket }).add({ value: delta }).commit(),
  );
}

/** Status moved from → to: one down, one up (or only up for a new appointment). */
export function statusChange(from: string | null, to: string): CounterChange[] {
  const changes: CounterChange[] = [[COUNTERS.appointmentsByStatus(to), 'total', 1]];
  if (from) changes.push([COUNTERS.appointmentsByStatus(from), 'total', -1]);
  return changes;
}
