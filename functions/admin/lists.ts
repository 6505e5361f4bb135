/** The admin's lists: every one is a Query on an index, cursor-paged. */
import { toMe } from '../accounts/index.ts';
import { toAppointmentView } from '../appointments/index.ts';
import type {
  AdminContactMessage,
  AdminUser,
  ContactTopic,
  Directory,
  Locale,
  PaymentStatus,
  TranscriptionStatus,
} from '../contract/api.ts';
import type { AuthContext } from '../core/auth.ts';
import { type AppointmentStatus, entities, type UserItem } from '../core/db/index.ts';
import { badRequest, isInvalidCursor } from '../core/errors.ts';
import { toAdminPayment } from '../payments/index.ts';

/** An account as the console shows it. */
export const toAdminUser = (u: UserItem): AdminUser => ({
  ...toMe(u),
  disabled: u.disabled ?? false,
  featured: u.featured ?? false,
});

interface Page {
  cursor?: string;
  limit: number;
}

/** ElectroDB cursors are opaque; a tampered one is a 400, not a 500. */
export async function paged<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isInvalidCursor(error))
      throw badRequest('That page link is no longer valid. Start from the first page.', {
        cursor: ['Invalid cursor.'],
      });
    throw error;
  }
}

export async function listUsers(q: Page & { directory: Directory }) {
  const page = await paged(() =>
    entities()
      .user.query.byDirectory({ directory: q.directory })
      .go({ cursor: q.cursor ?? null, limit: q.limit, order: 'desc' }),
  );
  return {
    users: page.data.map(toAdminUser),
    nextCursor: page.cursor ?? null,
  };
}

export async function listAppointments(
  auth: AuthContext,
  q: Page & { status: AppointmentStatus; from?: string; to?: string },
) {
  const page = await paged(() =>
    entities()
      .appointment.query.byStatus({ status: q.status })
      .where(({ startAt }, { gte, lt }) =>
        [q.from && gte(startAt, q.from), q.to && lt(startAt, q.to)].filter(Boolean).join(' AND '),
      )
      .go({ cursor: q.cursor ?? null, limit: q.limit, order: 'desc' }),
  );
  return { appointments: page.data.map((a) => toAppointmentView(a, auth)), nextCursor: page.cursor ?? null };
}

export async function listPayments(q: Page & { status: PaymentStatus }) {
  const page = await paged(() =>
    entities()
      .payment.query.byStatus({ status: q.status })
      .go({ cursor: q.cursor ?? null, limit: q.limit, order: 'desc' }),
  );
  return {
    payments: page.data.map(toAdminPayment),
    nextCursor: page.cursor ?? null,
  };
}

export async function listTranscriptions(q: Page & { status: TranscriptionStatus }) {
  const page = await paged(() =>
    entities()
      .transcription.query.byStatus({ status: q.status })
      .go({ cursor: q.cursor ?? null, limit: q.limit, order: 'desc' }),
  );
  return {
    transcriptions: page.data.map((t) => ({
      appointmentId: t.appointmentId,
      recordingId: t.recordingId,
      status: t.status,
      error: t.error ?? null,
      attempts: t.attempts ?? 0,
      updatedAt: t.updatedAt,
    })),
    nextCursor: page.cursor ?? null,
  };
}

/** The contact form's messages, newest first (their ULIDs sort by time). */
export async function listContactMessages(q: Page) {
  const page = await paged(() =>
    entities()
      .contactMessage.query.byTime({})
      .go({ cursor: q.cursor ?? null, limit: q.limit, order: 'desc' }),
  );
  return {
    messages: page.data.map(
      (c): AdminContactMessage => ({
        id: c.messageId,
        name: c.name,
        email: c.email,
        topic: c.topic as ContactTopic,
        message: c.message,
        locale: c.locale as Locale,
        createdAt: c.createdAt,
      }),
    ),
    nextCursor: page.cursor ?? null,
  };
}
