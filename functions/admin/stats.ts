/** The dashboard, read from counters (one BatchGet and one Query), never by scanning. */
import type { AdminStats, AppointmentStatus } from '../contract/api.ts';
import { COUNTERS, dayBucket, monthBucket } from '../core/counters.ts';
import { appointmentStatuses, entities } from '../core/db/index.ts';
import { addDays } from '../core/time.ts';

const CHART_DAYS = 30;

export async function dashboard(now = new Date()): Promise<AdminStats> {
  const today = dayBucket(now);
  const keys = [
    ...(['patient', 'doctor', 'admin'] as const).map((r) => ({
      name: COUNTERS.usersByRole(r),
      bucket: 'total',
    })),
    ...(['pending', 'verified', 'rejected'] as const).map((s) => ({
      name: COUNTERS.doctorsByStatus(s),
      bucket: 'total',
    })),
    ...appointmentStatuses.map((s) => ({ name: COUNTERS.appointmentsByStatus(s), bucket: 'total' })),
    { name: COUNTERS.appointmentsScheduled, bucket: today },
    { name: COUNTERS.revenuePaise, bucket: today },
    { name: COUNTERS.revenuePaise, bucket: monthBucket(now) },
    { name: COUNTERS.transcriptionsFailed, bucket: 'total' },
  ];
  const from = addDays(today, -(CHART_DAYS - 1));
  const [{ data: counters }, { data: booked }] = await Promise.all([
    entities().counter.get(keys).go(),
    entities()
      .counter.query.byName({ name: COUNTERS.appointmentsBooked })
      .between({ bucket: from }, { bucket: today })
      .go({ pages: 'all' }),
  ]);
  const value = (name: string, bucket = 'total') =>
    counters.find((c) => c.name === name && c.bucket === bucket)?.value ?? 0;
  const perDay = new Map(booked.map((c) => [c.bucket, c.value]));
  const users = {
    patients: value(COUNTERS.usersByRole('patient')),
    doctors: value(COUNTERS.usersByRole('doctor')),
    admins: value(COUNTERS.usersByRole('admin')),
  };
  return {
    users: { ...users, total: users.patients + users.doctors + users.admins },
    doctors: {
      verified: value(COUNTERS.doctorsByStatus('verified')),
      pending: value(COUNTERS.doctorsByStatus('pending')),
      rejected: value(COUNTERS.doctorsByStatus('rejected')),
    },
    appointments: {
      today: value(COUNTERS.appointmentsScheduled, today),
      // Built from the full list of statuses, so every status is a key.
      byStatus: Object.fromEntries(
        appointmentStatuses.map((s) => [s, value(COUNTERS.appointmentsByStatus(s))]),
      ) as Record<AppointmentStatus, number>,
    },
    revenue: {
      todayPaise: value(COUNTERS.revenuePaise, today),
      monthPaise: value(COUNTERS.revenuePaise, monthBucket(now)),
    },
    transcriptions: { failed: value(COUNTERS.transcriptionsFailed) },
    bookingsPerDay: Array.from({ length: CHART_DAYS }, (_, i) => {
      const date = addDays(from, i);
      return { date, count: perDay.get(date) ?? 0 };
    }),
    asOf: now.toISOString(),
  };
}
