/**
 * Booking contention: 500 booking attempts fired at once at 50 free slots. Exactly one booking per
 * slot may succeed; everyone else must get a 409, never a 5xx; no slot may end up double-booked.
 *
 * 250 patients make two attempts each, on two different slots: within the open-holds limit
 * (functions/core/booking-limits.ts), so every refusal is the slot's, and each slot is wanted by ten.
 */
import { MAX_OPEN_HOLDS } from '../../functions/core/booking-limits.ts';
import { entities } from '../../functions/core/db/index.ts';
import { addDays, localDate } from '../../functions/core/time.ts';
import type { Twin } from '../../lib/local/twin.ts';
import { person, verifiedDoctor } from './fixtures.ts';
import { against, ms, percentile, table } from './stats.ts';

export const SLOTS = 50;
export const ATTEMPTS = 500;
const PATIENTS = ATTEMPTS / MAX_OPEN_HOLDS;

export async function benchBooking(twin: Twin) {
  const doctor = await verifiedDoctor(twin);
  const created = await doctor.call('POST', '/api/doctor/slots', {
    dates: [
      addDays(localDate(new Date(), 'Asia/Kolkata'), 2),
      addDays(localDate(new Date(), 'Asia/Kolkata'), 3),
    ],
    startTime: '08:00',
    endTime: '14:15',
    durationMinutes: 15,
  });
  const slotIds = (created.body.slots as { id: string }[]).slice(0, SLOTS).map((s) => s.id);
  const patients = await Promise.all(Array.from({ length: PATIENTS }, () => person(twin, 'patient')));

  const latencies: number[] = [];
  const statuses: number[] = [];
  /** What each refusal that is not a 201 or a 409 said, so an "error" in the report names its cause. */
  const otherCodes = new Map<string, number>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: ATTEMPTS }, async (_, i) => {
      const t0 = performance.now();
      // Attempts 2k and 2k+1 are one patient's, on slots 2k and 2k+1 (mod 50): two different slots.
      const res = await patients[Math.floor(i / MAX_OPEN_HOLDS)]!.call('POST', '/api/appointments', {
        slotId: slotIds[i % SLOTS],
        reason: 'Contention benchmark',
      });
      latencies.push(performance.now() - t0);
      statuses.push(res.status);
      if (res.status !== 201 && res.status !== 409) {
        const key = `${res.status} ${res.body?.error?.code ?? ''}`.trim();
        otherCodes.set(key, (otherCodes.get(key) ?? 0) + 1);
      }
    }),
  );
  const wallMs = performance.now() - started;

  const { data: appointments } = await entities()
    .appointment.query.byDoctor({ doctorId: doctor.userId })
    .go({ pages: 'all' });
  const perSlot = new Map<string, number>();
  for (const a of appointments.filter((x) => x.status !== 'CANCELLED'))
    perSlot.set(a.startAt, (perSlot.get(a.startAt) ?? 0) + 1);
  const doubleBookings = [...perSlot.values()].filter((n) => n > 1).length;
  const successes = statuses.filter((s) => s === 201).length;
  const conflicts = statuses.filter((s) => s === 409).length;
  const errors = statuses.length - successes - conflicts;

  const figures = {
    successes,
    conflicts,
    errors,
    doubleBookings,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    wallMs,
  };
  const markdown = [
    `${ATTEMPTS} booking attempts fired at once at ${SLOTS} free slots (${PATIENTS} patients, ${MAX_OPEN_HOLDS} attempts each). Latency here is mostly queueing behind 499 other requests, so it has no target (see HTTP latency for booking under a steady load).`,
    '',
    table(
      ['figure', 'value', 'target', ''],
      [
        ['successes (201)', successes, SLOTS, against(successes === SLOTS)],
        ['conflicts (409)', conflicts, ATTEMPTS - SLOTS, against(conflicts === ATTEMPTS - SLOTS)],
        [
          `errors (other${otherCodes.size ? `: ${[...otherCodes].map(([k, n]) => `${k} ×${n}`).join(', ')}` : ''})`,
          errors,
          0,
          against(errors === 0),
        ],
        ['double bookings', doubleBookings, 0, against(doubleBookings === 0)],
        ['latency p50', ms(figures.p50), '—', ''],
        ['latency p95', ms(figures.p95), '—', ''],
        ['latency p99', ms(figures.p99), '—', ''],
        ['wall time', ms(wallMs), '—', ''],
      ],
    ),
  ].join('\n');
  return {
    title: 'Booking contention',
    markdown,
    figures,
    ok: successes === SLOTS && errors === 0 && doubleBookings === 0,
  };
}
