/**
 * An appointment as a calendar event (issue 19): the `.ics` attached to the confirmation, reschedule
 * and cancellation emails, and the file the appointment page downloads. One UID per appointment and
 * the appointment's `calendarSequence`, so each change replaces the event a calendar already holds.
 * Summary and description are in the reader's language; times are UTC (DTSTART:…Z), which every
 * calendar shows in its own zone.
 */
import { config } from './config.ts';
import { type AppointmentItem, treatedOf } from './db/index.ts';
import type { EmailAttachment } from './email.ts';
import { appUrl } from './email.ts';
import type { Locale } from './i18n.ts';
import { calendarUid, type IcsMethod, icsFile } from './ics.ts';
import * as m from './paraglide/messages.js';

/** Minutes before the start that the room opens (lifecycle.ts JOIN_OPENS_MINUTES_BEFORE; not imported: payments bundles this). */
const ROOM_OPENS_MINUTES = 15;

/** The sender address of EMAIL_FROM ("Chikitsa360 <care@…>" → care@…). */
const addressOf = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from.trim();

export interface CalendarReader {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
}

/** The event text as one party reads it: the patient sees the doctor, the doctor the person treated. */
export function appointmentEventText(a: AppointmentItem, readerId: string, locale: Locale) {
  const l = { locale };
  const summary =
    readerId === a.doctorId
      ? m.calendar_summary_doctor({ patient: treatedOf(a).name }, l)
      : m.calendar_summary_patient({ doctor: m.doctor_title({ name: a.doctorName }, l) }, l);
  const url = appUrl('/appointments/view/', { id: a.appointmentId });
  const description = [
    m.calendar_description({ minutes: ROOM_OPENS_MINUTES }, l),
    `${m.email_label_reason({}, l)}: ${a.reason}`,
    url,
  ].join('\n\n');
  return { summary, description, url };
}

export function appointmentIcs(
  a: AppointmentItem,
  reader: CalendarReader,
  locale: Locale,
  method: IcsMethod,
  options: { now?: Date; from?: string } = {},
): string {
  const { summary, description, url } = appointmentEventText(a, reader.userId, locale);
  const from = options.from;
  return icsFile({
    method,
    uid: calendarUid(a.appointmentId),
    sequence: a.calendarSequence ?? 0,
    start: a.startAt,
    end: a.endAt,
    stamp: (options.now ?? new Date()).toISOString(),
    summary: method === 'CANCEL' ? m.calendar_summary_cancelled({ summary }, { locale }) : summary,
    description,
    url,
    ...(from && method !== 'PUBLISH'
      ? {
          organizer: { name: m.brand({}, { locale }), email: addressOf(from) },
          attendee: { name: `${reader.firstName} ${reader.lastName}`, email: reader.email },
        }
      : {}),
  });
}

/**
 * The event as an email attachment, `invite.ics`. SES v2's Attachment.ContentType is documented as an
 * IANA media type, so it is the bare `text/calendar` (RFC 6047's `method=` parameter is left out: mail
 * clients read the METHOD line inside the file).
 */
export function calendarAttachment(
  a: AppointmentItem,
  reader: CalendarReader,
  locale: Locale,
  method: 'REQUEST' | 'CANCEL',
  now = new Date(),
): EmailAttachment {
  const from = config().EMAIL_FROM;
  return {
    fileName: 'invite.ics',
    contentType: 'text/calendar',
    content: new TextEncoder().encode(appointmentIcs(a, reader, locale, method, { now, from })),
  };
}
