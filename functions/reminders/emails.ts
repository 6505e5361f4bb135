/**
 * The reminder as each party reads it: in their language and time zone, with the link to the
 * appointment page, where the room is joined. Composing is pure (tests render it).
 */
import { formatDateTime } from '../contract/format.ts';
import { type AppointmentItem, treatedOf, type UserItem } from '../core/db/index.ts';
import { appUrl, greetingFor, type Outgoing } from '../core/email.ts';
import { localeOf } from '../core/i18n.ts';
import * as m from '../core/paraglide/messages.js';
import type { ReminderOffset } from './schedules.ts';

export const joinLink = (a: AppointmentItem) => appUrl('/appointments/view/', { id: a.appointmentId });

const whenFor = (a: AppointmentItem, person: UserItem) =>
  formatDateTime(a.startAt, person.timeZone ?? a.timeZone, localeOf(person));

export function reminderEmail(a: AppointmentItem, person: UserItem, offset: ReminderOffset): Outgoing {
  const l = { locale: localeOf(person) };
  const when = whenFor(a, person);
  const patient = treatedOf(a).name;
  const isDoctor = person.userId === a.doctorId;
  const body = isDoctor
    ? offset === '24h'
      ? m.email_reminder_doctor_body_24h({ patient }, l)
      : m.email_reminder_doctor_body_15m({ patient }, l)
    : offset === '24h'
      ? m.email_reminder_patient_body_24h({ doctor: a.doctorName }, l)
      : m.email_reminder_patient_body_15m({ doctor: a.doctorName }, l);
  return {
    to: person.email,
    locale: l.locale,
    content: {
      subject:
        offset === '24h'
          ? m.email_reminder_subject_24h({ when }, l)
          : m.email_reminder_subject_15m({ when }, l),
      greeting: greetingFor(person, l.locale),
      paragraphs: [body],
      details: [
        [m.email_label_doctor({}, l), m.doctor_title({ name: a.doctorName }, l)],
        [m.email_label_patient({}, l), patient],
        [m.email_label_when({}, l), when],
      ],
      action: { label: m.email_action_open_appointment({}, l), url: joinLink(a) },
    },
  };
}

/** The SMS text: must match the DLT template registered for the language word for word. */
export function reminderSms(a: AppointmentItem, person: UserItem): string {
  const l = { locale: localeOf(person) };
  const isDoctor = person.userId === a.doctorId;
  const name = isDoctor ? treatedOf(a).name : m.doctor_title({ name: a.doctorName }, l);
  return m.sms_reminder({ name, when: whenFor(a, person), link: joinLink(a) }, l);
}
