/**
 * Emails about appointments, to both parties (HTML + text, through SES), each in the recipient's own
 * language and time zone. Composing is pure (the pseudo-locale test renders every email); sending
 * failures are logged, never fatal.
 */
import { formatDateTime, formatMoney } from '../contract/format.ts';
import { calendarAttachment } from '../core/calendar.ts';
import { type AppointmentItem, treatedOf, type UserItem } from '../core/db/index.ts';
import { appUrl, type EmailAttachment, greetingFor, type Outgoing, sendEmail } from '../core/email.ts';
import { localeOf } from '../core/i18n.ts';
import { logger } from '../core/logger.ts';
import * as m from '../core/paraglide/messages.js';
import { priceOfAppointment } from '../core/price.ts';
import { specialtyLabel } from '../discovery/index.ts';
import { type RefundPlan, refundRuleText } from '../payments/index.ts';

const when = (instant: string, a: AppointmentItem, person: UserItem) =>
  formatDateTime(instant, person.timeZone ?? a.timeZone, localeOf(person));

const details = (a: AppointmentItem, person: UserItem): [string, string][] => {
  const l = { locale: localeOf(person) };
  return [
    [
      m.email_label_doctor({}, l),
      m.doctor_with_specialty({ name: a.doctorName, specialty: specialtyLabel(a.specialty, l.locale) }, l),
    ],
    [m.email_label_patient({}, l), treatedOf(a).name],
    [m.email_label_when({}, l), when(a.startAt, a, person)],
    [m.email_label_reason({}, l), a.reason.length > 140 ? `${a.reason.slice(0, 140)}…` : a.reason],
  ];
};

async function deliver(label: string, email: Outgoing, attachments: EmailAttachment[] = []) {
  try {
    await sendEmail(email.to, email.locale, email.content, attachments);
  } catch (error) {
    logger.error('email failed', { email: label, error: error as Error });
  }
}

export function bookingReceivedEmails(a: AppointmentItem, patient: UserItem, doctor: UserItem) {
  const link = appUrl('/appointments/view/', { id: a.appointmentId });
  const p = { locale: localeOf(patient) };
  const d = { locale: localeOf(doctor) };
  const toPatient: Outgoing = {
    to: patient.email,
    locale: p.locale,
    content: {
      subject: m.email_booking_patient_subject(
        { doctor: a.doctorName, when: when(a.startAt, a, patient) },
        p,
      ),
      greeting: greetingFor(patient, p.locale),
      paragraphs: [
        m.email_booking_patient_body(
          {
            holdUntil: when(a.holdExpiresAt, a, patient),
            total: formatMoney(priceOfAppointment(a).totalPaise, p.locale),
          },
          p,
        ),
      ],
      details: details(a, patient),
      action: { label: m.email_action_view_and_pay({}, p), url: link },
    },
  };
  const toDoctor: Outgoing = {
    to: doctor.email,
    locale: d.locale,
    content: {
      subject: m.email_booking_doctor_subject(
        { patient: treatedOf(a).name, when: when(a.startAt, a, doctor) },
        d,
      ),
      greeting: greetingFor(doctor, d.locale),
      paragraphs: [m.email_booking_doctor_body({}, d)],
      details: details(a, doctor),
      action: { label: m.email_action_view_appointment({}, d), url: link },
    },
  };
  return { toPatient, toDoctor };
}

export async function sendBookingReceived(a: AppointmentItem, patient: UserItem, doctor: UserItem) {
  const { toPatient, toDoctor } = bookingReceivedEmails(a, patient, doctor);
  await Promise.all([
    deliver('booking-received-patient', toPatient),
    deliver('booking-received-doctor', toDoctor),
  ]);
}

/** Who cancelled, as the sentence each party reads. */
const cancelledBy = (a: AppointmentItem) =>
  a.cancelledBy === 'system'
    ? m.email_cancel_by_system
    : a.cancelledBy === a.doctorId
      ? m.email_cancel_by_doctor
      : a.cancelledBy === a.patientId
        ? m.email_cancel_by_patient
        : m.email_cancel_by_admin;

/** The cancellation as one party reads it; the patient also hears the refund rule that applied. */
export function cancellationEmail(a: AppointmentItem, person: UserItem, refund?: RefundPlan): Outgoing {
  const l = { locale: localeOf(person) };
  // An admin's reason is what both parties need to know (e.g. the doctor's account was closed).
  const reason =
    a.cancelReason && a.cancelledBy !== 'system'
      ? [m.email_cancel_reason({ reason: a.cancelReason }, l)]
      : [];
  return {
    to: person.email,
    locale: l.locale,
    content: {
      subject: m.email_cancel_subject({ when: when(a.startAt, a, person) }, l),
      greeting: greetingFor(person, l.locale),
      paragraphs: [
        cancelledBy(a)({}, l),
        ...reason,
        ...(refund && person.userId === a.patientId ? [refundRuleText(refund, l.locale)] : []),
      ],
      details: details(a, person),
      action: {
        label: m.email_action_view_appointment({}, l),
        url: appUrl('/appointments/view/', { id: a.appointmentId }),
      },
    },
  };
}

export async function sendCancellation(
  a: AppointmentItem,
  patient: UserItem,
  doctor: UserItem,
  /** The refund rule that applied to a paid appointment, told to the patient. */
  refund?: RefundPlan,
  /** The appointment was confirmed, so both calendars got its event: the mail removes it (METHOD:CANCEL). */
  wasConfirmed = false,
) {
  const ics = (person: UserItem) =>
    wasConfirmed ? [calendarAttachment(a, person, localeOf(person), 'CANCEL')] : [];
  await deliver('cancellation-patient', cancellationEmail(a, patient, refund), ics(patient));
  await deliver('cancellation-doctor', cancellationEmail(a, doctor, refund), ics(doctor));
}

/**
 * The move as one party reads it (issue 19): who moved it, the new time in the details, the old one
 * in a sentence, and for the patient of a paid appointment, that the payment stands.
 */
export function rescheduleEmail(
  a: AppointmentItem,
  previousStartAt: string,
  movedBy: string,
  person: UserItem,
): Outgoing {
  const l = { locale: localeOf(person) };
  const patient = person.userId === a.patientId;
  return {
    to: person.email,
    locale: l.locale,
    content: {
      subject: m.email_reschedule_subject({ when: when(a.startAt, a, person) }, l),
      greeting: greetingFor(person, l.locale),
      paragraphs: [
        (movedBy === a.doctorId ? m.email_reschedule_by_doctor : m.email_reschedule_by_patient)({}, l),
        m.email_reschedule_was({ when: when(previousStartAt, a, person) }, l),
        ...(patient && a.status === 'CONFIRMED' ? [m.email_reschedule_payment({}, l)] : []),
        ...(a.status === 'CONFIRMED' ? [m.email_calendar_attached({}, l)] : []),
      ],
      details: details(a, person),
      action: {
        label: m.email_action_view_appointment({}, l),
        url: appUrl('/appointments/view/', { id: a.appointmentId }),
      },
    },
  };
}

/**
 * Both parties hear of the move, each in their own language. A confirmed appointment's mail carries
 * the updated event (same UID, higher SEQUENCE); an unpaid hold was never put in a calendar.
 */
export async function sendReschedule(
  a: AppointmentItem,
  previousStartAt: string,
  movedBy: string,
  patient: UserItem,
  doctor: UserItem,
) {
  const ics = (person: UserItem) =>
    a.status === 'CONFIRMED' ? [calendarAttachment(a, person, localeOf(person), 'REQUEST')] : [];
  await Promise.all([
    deliver('reschedule-patient', rescheduleEmail(a, previousStartAt, movedBy, patient), ics(patient)),
    deliver('reschedule-doctor', rescheduleEmail(a, previousStartAt, movedBy, doctor), ics(doctor)),
  ]);
}
