/** A user's own appointments: one Query on the patient or doctor index, cursor-paged. */
import type { AppointmentsPage } from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import { entities } from '../core/db/index.ts';
import { badRequest, isInvalidCursor } from '../core/errors.ts';
import { addDays, localDate, zonedTimeToUtc } from '../core/time.ts';
import { JOIN_CLOSES_MINUTES_AFTER } from './lifecycle.ts';
import { toAppointmentView } from './views.ts';

export type Scope = 'upcoming' | 'past' | 'today';

/**
 * upcoming: starts from an hour ago on (a consultation in progress is still "upcoming"), soonest first;
 * past: started more than an hour ago, latest first; today: the viewer's calendar day, in order.
 */
export async function listAppointments(
  auth: AuthContext,
  query: { scope: Scope; cursor?: string; limit: number; tz: string },
  now = new Date(),
): Promise<AppointmentsPage> {
  if (auth.role === 'admin') throw badRequest('Admins see appointments in the admin console.');
  const entity = entities().appointment;
  const index =
    auth.role === 'doctor'
      ? entity.query.byDoctor({ doctorId: auth.userId })
      : entity.query.byPatient({ patientId: auth.userId });
  const boundary = new Date(now.getTime() - JOIN_CLOSES_MINUTES_AFTER * 60_000).toISOString();
  const today = localDate(now, query.tz);
  const range =
    query.scope === 'upcoming'
      ? index.gte({ startAt: boundary })
      : query.scope === 'past'
        ? index.lt({ startAt: boundary })
        : index.between(
            { startAt: zonedTimeToUtc(today, '00:00', query.tz).toISOString() },
            { startAt: zonedTimeToUtc(addDays(today, 1), '00:00', query.tz).toISOString() },
          );
  let page: Awaited<ReturnType<typeof range.go>>;
  try {
    page = await range.go({
      cursor: query.cursor ?? null,
      limit: query.limit,
      order: query.scope === 'past' ? 'desc' : 'asc',
    });
  } catch (error) {
    if (isInvalidCursor(error)) {
      throw badRequest('That page link is no longer valid. Start from the first page.', {
        cursor: ['Invalid cursor.'],
      });
    }
    throw error;
  }
  return {
    appointments: page.data.map((a) => toAppointmentView(a, auth, now)),
    nextCursor: page.cursor ?? null,
  };
}

/**
 * A patient's or doctor's appointments that still hold a slot (REQUESTED or CONFIRMED) and start in
 * [from, to), soonest first; at most `limit`. Admins and other roles have none.
 */
export async function activeAppointmentsOf(
  user: { userId: string; role: string },
  from: Date,
  to?: Date,
  limit = 100,
) {
  if (user.role !== 'doctor' && user.role !== 'patient') return [];
  const entity = entities().appointment;
  const index =
    user.role === 'doctor'
      ? entity.query.byDoctor({ doctorId: user.userId })
      : entity.query.byPatient({ patientId: user.userId });
  const range = to
    ? index.between({ startAt: from.toISOString() }, { startAt: to.toISOString() })
    : index.gte({ startAt: from.toISOString() });
  const { data } = await range
    .where(({ status }, { eq }) => `${eq(status, 'REQUESTED')} OR ${eq(status, 'CONFIRMED')}`)
    .go({ pages: 'all' });
  return data.slice(0, limit);
}
